import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequestFieldsFragment } from '../../gql/graphql';
import { serverErrors, type ServerError } from '../../lib/errors';
import { FormErrors } from '../../components/FormErrors';
import { ProposalDetails, RequestSummary } from './AccessRequestList';
import { textLimits } from '../../lib/textLimits';

export type QueuedRequest = AccessRequestFieldsFragment & { user: { id: string; displayName: string; email: string } };

type Decide = (r: QueuedRequest, approve: boolean, reason: string) => Promise<{ error?: Parameters<typeof serverErrors>[0] }>;

/** One pending request with approve and refuse; refusing asks for the reason first. */
function QueueRow({ r, decide }: { r: QueuedRequest; decide: Decide }) {
  const { t } = useTranslation();
  const id = useId();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ServerError[]>([]);

  async function act(approve: boolean) {
    if (!approve && !reason.trim()) {
      setErrors([{ kind: 'INVALID', field: 'reason', rule: 'access_request.reason', message: t('access.queue.reasonRequired') }]);
      return;
    }
    setBusy(true);
    const res = await decide(r, approve, reason.trim());
    setBusy(false);
    setErrors(res.error ? serverErrors(res.error) : []);
  }

  return (
    <li className="border-bottom py-3" data-testid="access-queue-row" data-proposal={r.proposal ? r.proposal.name : undefined}>
      <p className="mb-1">
        {t('access.queue.who', { name: r.user.displayName, email: r.user.email })}
      </p>
      <RequestSummary r={r} />
      {r.proposal && <ProposalDetails p={r.proposal} open />}
      {r.note && <p className="small mb-1">{t('access.queue.note', { note: r.note })}</p>}
      <FormErrors errors={errors} />
      {refusing ? (
        <div className="mt-2">
          <label htmlFor={`${id}-reason`}>{t('access.queue.reason')}</label>
          <textarea id={`${id}-reason`} className="form-control" rows={2} maxLength={textLimits.decisionReason} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="btn btn-danger btn-sm mt-2" disabled={busy} onClick={() => void act(false)}>{t('access.queue.confirmRefuse')}</button>
          <button type="button" className="btn btn-link btn-sm mt-2" onClick={() => setRefusing(false)}>{t('access.queue.cancel')}</button>
        </div>
      ) : (
        <div className="mt-2">
          <button type="button" className="btn btn-success btn-sm me-2" disabled={busy} onClick={() => void act(true)}>{t('access.queue.approve')}</button>
          <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRefusing(true)}>{t('access.queue.refuse')}</button>
        </div>
      )}
    </li>
  );
}

/** The approver's queue: the pending requests the server lets the viewer decide. */
export function AccessQueue({ rows, decide }: { rows: QueuedRequest[]; decide: Decide }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p data-testid="access-queue-empty">{t('access.queue.empty')}</p>;
  return (
    <ul className="list-unstyled" data-testid="access-queue">
      {rows.map((r) => <QueueRow key={r.id} r={r} decide={decide} />)}
    </ul>
  );
}
