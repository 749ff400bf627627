import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { MembersTable } from './MembersTable';
import { MEMBERS_PAGE, useAggregationMembers } from './useAggregationMembers';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Loading } from '../../components/Loading';
import { ProjectsList } from '../projects/ProjectsList';
import { AddMemberForm } from './AddMemberForm';
import { MemberActions } from './MemberActions';
import { useViewer } from '../auth/useViewer';
import { leadsAggregation } from '../home/roles';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** An aggregation: its lead and its members, searchable by name, in pages of 50. */
export function AggregationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const m = useAggregationMembers(id, search);
  useDocumentTitle([m.aggregation?.name, t('home.columns.aggregation')]);
  const inputId = useId();
  const { viewer } = useViewer();
  const [notice, setNotice] = useState<string | null>(null);

  if (m.fetching && !m.aggregation && m.rows.length === 0 && !m.error) return <Loading />;
  if (m.notFound) {
    return (
      <>
        <h1 className="h2">{t('errors.title')}</h1>
        <div className="alert alert-warning" role="alert" data-error-kind="NOT_FOUND">
          <p>{t('errors.NOT_FOUND')}</p>
          <Link to="/">{t('app.back')}</Link>
        </div>
      </>
    );
  }
  if (!m.aggregation) {
    return (
      <>
        <h1 className="h2">{t('errors.title')}</h1>
        <QueryError error={m.error} onRetry={m.retry} />
      </>
    );
  }

  const a = m.aggregation;
  const lead = leadsAggregation(viewer, a.id);
  const changed = (text: string) => {
    setNotice(text);
    m.retry();
  };
  return (
    <>
      <Breadcrumb current={a.name} />
      <h1 className="h2">{t('aggregation.title', { name: a.name })}</h1>
      {a.description && <p className="lead">{a.description}</p>}
      <p>
        <strong>{t('aggregation.lead')}:</strong> {a.lead.name}
      </p>
      <ProjectsList aggregationID={a.id} />
      <section aria-labelledby="members-title">
        <h2 id="members-title" className="h4 mt-4">{t('aggregation.members')}</h2>
        {notice && <div className="alert alert-success" role="status" data-testid="members-notice">{notice}</div>}
        {lead && !a.membersEditable && (
          <div className="callout note mb-3" data-testid="members-frozen">
            <p className="mb-0">{t('acts.membersFrozen')}</p>
          </div>
        )}
        {lead && a.membersEditable && (
          <AddMemberForm
            aggregationID={a.id}
            memberIDs={new Set(m.rows.map((r) => r.body.id))}
            onAdded={(name) => changed(t('aggregation.added', { name }))}
          />
        )}
        <div className="form-group mt-5 mb-3" role="search">
          <label htmlFor={inputId} className="active">{t('aggregation.search')}</label>
          <input
            id={inputId}
            type="search"
            className="form-control"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${inputId}-hint`}
            autoComplete="off"
          />
          <small id={`${inputId}-hint`} className="form-text">{t('aggregation.searchHint')}</small>
        </div>
        <p aria-live="polite" data-testid="members-count">
          {m.rows.length >= m.totalCount
            ? t('aggregation.membersAll', { count: m.totalCount })
            : t('aggregation.membersRange', { from: m.from, to: m.from + m.rows.length - 1, count: m.totalCount })}
        </p>
        <QueryError error={m.error} onRetry={m.retry} />
        {m.rows.length === 0 && !m.fetching ? (
          <div className="alert alert-info" role="status" data-testid="no-members">
            {search ? t('aggregation.noMatch', { q: search }) : t('aggregation.noMembers')}
          </div>
        ) : (
          <MembersTable
            rows={m.rows}
            caption={t('aggregation.members')}
            actions={lead ? (row) => (
              <MemberActions
                m={row}
                removable={a.membersEditable}
                onChanged={(what) => changed(t(
                  what === 'removed' ? 'aggregation.removed' : what === 'codes' ? 'bodyCodes.saved' : 'aggregation.resolutionSaved',
                  { name: row.body.name },
                ))}
              />
            ) : undefined}
          />
        )}
        {m.connection && (
          <ConnectionPager label={t('aggregation.membersPages')} pager={m.pager} connection={m.connection}
            pageSize={MEMBERS_PAGE} disabled={m.fetching} />
        )}
      </section>
    </>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}
