import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectDeliverables } from './useDeliverables';
import { DeliverableCard } from './DeliverableCard';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { nodesOf, useCursorPages } from '../../lib/paging';
import type { DeliverableStatus } from '../../gql/graphql';

const PAGE = 20;
const DefineDeliverableForm = lazy(() => import('./DefineDeliverableForm').then((m) => ({ default: m.DefineDeliverableForm })));
const statuses: DeliverableStatus[] = ['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'REJECTED'];

type Props = {
  projectID: string;
  /** The lead: works on and reviews every member's deliverables. */
  isLead: boolean;
  /** The member body the viewer refers for, if any. */
  memberBodyID: string | null;
  /** The project's members, for the filter by member. */
  members?: { id: string; name: string }[];
};

/** The project's deliverables, filtered by status, a page at a time, with the actions the viewer may take. */
export function DeliverablesTab({ projectID, isLead, memberBodyID, members = [] }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const memberId = useId();
  const [status, setStatus] = useState<DeliverableStatus | ''>('');
  const [body, setBody] = useState('');
  const pager = useCursorPages(`${projectID}|${status}|${body}`);
  const where = status || body ? { ...(status ? { status } : {}), ...(body ? { bodyID: body } : {}) } : null;
  const sortedMembers = [...members].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const [{ data, error, fetching }, reexecute] = useProjectDeliverables(projectID, PAGE, pager.after, where);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const list = nodesOf(node?.deliverables);
  const [defining, setDefining] = useState(false);
  const [defined, setDefined] = useState<number | null>(null);

  return (
    <div data-testid="deliverables">
      {isLead && (defining ? (
        <Suspense fallback={<Loading />}>
          <DefineDeliverableForm projectID={projectID} onCancel={() => setDefining(false)}
            onDone={(n) => { setDefining(false); setDefined(n); reexecute({ requestPolicy: 'network-only' }); }} />
        </Suspense>
      ) : (
        <button type="button" className="btn btn-outline-primary btn-sm mb-2" onClick={() => { setDefining(true); setDefined(null); }}>{t('deliverableForm.open')}</button>
      ))}
      {defined != null && <div className="alert alert-success" role="status" data-testid="deliverable-defined">{t('deliverableForm.done', { count: defined })}</div>}
      <div className="row mt-5">
        <div className="col-md-6 select-wrapper mb-4">
          <label htmlFor={selectId}>{t('deliverable.filter')}</label>
          <select id={selectId} value={status} onChange={(e) => setStatus(e.target.value as DeliverableStatus | '')}>
            <option value="">{t('deliverable.allStatuses')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>{t(`deliverableStatus.${s}`)}</option>
            ))}
          </select>
        </div>
        {sortedMembers.length > 1 && (
          <div className="col-md-6 select-wrapper mb-4">
            <label htmlFor={memberId}>{t('deliverable.memberFilter')}</label>
            <select id={memberId} value={body} onChange={(e) => setBody(e.target.value)} data-testid="deliverables-member">
              <option value="">{t('deliverable.allMembers')}</option>
              {sortedMembers.map((m) => (
                <option key={m.id} value={m.id}>{m.name}</option>
              ))}
            </select>
          </div>
        )}
      </div>
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && (
        <>
          <p className="small text-secondary" aria-live="polite">{t('deliverable.count', { count: node.deliverables.totalCount })}</p>
          {list.length === 0 && <div className="alert alert-info" role="status">{t('deliverable.none')}</div>}
          {list.map((d) => (
            <DeliverableCard
              key={d.id}
              deliverable={d}
              canWork={isLead || d.body.id === memberBodyID}
              canReview={isLead}
              showBody
            />
          ))}
          <ConnectionPager label={t('deliverable.pages')} pager={pager} connection={node.deliverables} pageSize={PAGE} disabled={fetching} />
        </>
      )}
    </div>
  );
}
