import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AccessRequestForm } from './AccessRequestForm';
import { AccessRequestList } from './AccessRequestList';
import { AccessQueue, type QueuedRequest } from './AccessQueue';
import { useAccessRequestQueue, useDecideAccessRequest, useMyAccessRequests, useWithdrawAccessRequest } from './useAccess';

/**
 * The requester's side: the form and their own requests with their status.
 * With noRole, it first says the user has no role yet (the home page of a
 * person who just signed in with SPID or CIE).
 */
export function MyAccessSection({ noRole = false }: { noRole?: boolean }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useMyAccessRequests();
  const [, withdraw] = useWithdrawAccessRequest();
  const rows = (data?.myAccessRequests.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div className="row" data-testid="no-role">
      <div className="col-12 col-lg-7">
        {noRole && (
          <div className="callout note mb-4">
            <div className="callout-title">{t('access.noRole.title')}</div>
            <p className="mb-0">{t('access.noRole.text')}</p>
          </div>
        )}
        <AccessRequestForm onDone={refresh} />
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
