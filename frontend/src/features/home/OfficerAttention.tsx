import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOfficerAttention } from './useOfficerAttention';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

/** The officer's queue: applications to examine and to fund, with a link to the calls. */
export function OfficerAttention() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useOfficerAttention();
  if (fetching && !data) return <Loading />;
  const groups = data
    ? ([
        ['toExamine', data.toExamine],
        ['toFund', data.toFund],
      ] as const)
    : [];
  return (
    <section aria-labelledby="officer-attention-title" className="mb-4" data-testid="officer-attention">
      <h3 id="officer-attention-title" className="h5">{t('home.officerQueue')}</h3>
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {groups.map(([key, conn]) => (
        <div key={key} className="mb-3" data-testid={`officer-${key}`}>
          <p className="mb-1"><strong>{t(`home.${key}`, { count: conn.totalCount })}</strong></p>
          {conn.totalCount > 0 && (
            <ul className="mb-1">
              {nodesOf(conn).map((a) => (
                <li key={a.id}>
                  <Link to={`/domande/${a.id}`}>{a.title}</Link> — {a.aggregation.name}
                  {a.submittedAt && <span className="small"> · {t('home.submittedOn', { date: formatDate(a.submittedAt) })}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <Link className="btn btn-outline-primary btn-sm" to="/bandi">{t('home.openCalls')}</Link>
    </section>
  );
}
