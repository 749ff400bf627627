import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useClient } from 'urql';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { Tabs } from '../../components/Tabs';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { MeQuery } from '../auth/useMe';
import { useViewer } from '../auth/useViewer';
import { AccessRequestForm } from './AccessRequestForm';
import { AccessRequestList, type MyRequest } from './AccessRequestList';
import { AggregationRequestForm } from './AggregationRequestForm';
import { AccessQueue, type QueuedRequest } from './AccessQueue';
import { useAccessRequestQueue, useDecideAccessRequest, useMyAccessRequests, useWithdrawAccessRequest } from './useAccess';

/** The value of ?richiesta= that opens the form to form a new aggregation. */
export const aggregationTab = 'aggregazione';

/**
 * The requester's side: the forms (a role, or a new aggregation: tab kept
 * in ?richiesta=) and their own requests with their status. With noRole, it
 * first says the user has no role yet (the home page of a person who just
 * signed in with SPID or CIE). A request approved since the signed-in
 * user's roles were read makes them read again, so that the new role (and
 * a new aggregation) shows in the header, the navigation and the home.
 */
export function MyAccessSection({ noRole = false }: { noRole?: boolean }) {
  const { t } = useTranslation();
  const { me } = useViewer();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const tab = params.get('richiesta') === aggregationTab ? aggregationTab : 'ruolo';
  const [{ data, error, fetching }, reexecute] = useMyAccessRequests();
  const [, withdraw] = useWithdrawAccessRequest();
  const rows: MyRequest[] = (data?.myAccessRequests.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const held = new Set((me.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node.id] : [])));
  const granted = rows.filter((r) => r.status === 'APPROVED' && r.roleAssignment && !held.has(r.roleAssignment.id)).map((r) => r.id).join(',');
  useEffect(() => {
    // The layout's Me query shares this operation: its subscribers get the answer.
    if (granted) void client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }, [client, granted]);
  return (
    <div className="row" data-testid="no-role">
      <div className="col-12 col-lg-7">
        {noRole && (
          <div className="callout note mb-4">
            <div className="callout-title">{t('access.noRole.title')}</div>
            <p className="mb-0">{t('access.noRole.text')}</p>
          </div>
        )}
        <Tabs label={t('access.tabs.label')} active={tab} onChange={(k) => setParams((p) => {
          const next = new URLSearchParams(p);
          if (k === aggregationTab) next.set('richiesta', aggregationTab);
          else next.delete('richiesta');
          return next;
        }, { replace: true })}
        tabs={[{ key: 'ruolo', label: t('access.tabs.role') }, { key: aggregationTab, label: t('access.tabs.aggregation') }]}>
          {tab === aggregationTab ? <AggregationRequestForm onDone={refresh} /> : <AccessRequestForm onDone={refresh} />}
        </Tabs>
      </div>
      <div className="col-12 col-lg-5">
        <h2 className="h4">{t('access.mine.title')}</h2>
        {fetching && !data && <Loading />}
        <QueryError error={error} onRetry={refresh} />
        {data && <AccessRequestList rows={rows} onWithdraw={(r) => void withdraw({ id: r.id, version: r.version }).then(refresh)} />}
      </div>
    </div>
  );
}

/** /accesso: ask for a (further) role. */
export function AccessRequestPage() {
  const { t } = useTranslation();
  useDocumentTitle([t('access.page.title')]);
  return (
    <>
      <h1 className="h2 mb-3">{t('access.page.title')}</h1>
      <MyAccessSection />
    </>
  );
}

/** /richieste-accesso: the approvers' queue. */
export function AccessQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle([t('access.queue.title')]);
  const [{ data, error, fetching }, reexecute] = useAccessRequestQueue();
  const [, decide] = useDecideAccessRequest();
  const rows = (data?.accessRequestQueue.edges ?? []).flatMap((e) => (e?.node ? [e.node as QueuedRequest] : []));
  return (
    <>
      <h1 className="h2 mb-3">{t('access.queue.title')}</h1>
      <p>{t('access.queue.intro')}</p>
      {fetching && !data && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data && (
        <AccessQueue rows={rows} decide={async (r, approve, reason) => {
          const res = await decide({ id: r.id, version: r.version, input: { approve, reason: reason || null } });
          if (!res.error) reexecute({ requestPolicy: 'network-only' });
          return res;
        }} />
      )}
    </>
  );
}
