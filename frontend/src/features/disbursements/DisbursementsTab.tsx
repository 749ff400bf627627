import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectDisbursements, useRequestDisbursement, useTransitionDisbursement } from './useDisbursements';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatCents, formatDate, todayISO } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import type { DisbursementKind, DisbursementStatus } from '../../gql/graphql';

const PAGE = 20;

/** The next step of a disbursement, if any. */
export function nextDisbursementStatus(s: DisbursementStatus): DisbursementStatus | null {
  return s === 'REQUESTED' ? 'APPROVED' : s === 'APPROVED' ? 'PAID' : null;
}

/**
 * The project's disbursements (advance, interim, balance) with their state.
 * Who may record one (canRequest) gets the request form; region officers
 * (canDecide) approve them and record the payment.
 */
export function DisbursementsTab({ projectID, canRequest, canDecide }: { projectID: string; canRequest: boolean; canDecide: boolean }) {
  const { t } = useTranslation();
  const pager = useCursorPages(projectID);
  const [{ data, error, fetching }, reexecute] = useProjectDisbursements(projectID, PAGE, pager.after);
  const [, move] = useTransitionDisbursement();
  const [moveErrors, setMoveErrors] = useState<ServerError[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (fetching && !node) return <Loading />;
  if (!node) return <QueryError error={error} onRetry={reload} />;
  const list = nodesOf(node.disbursements);
  const total = list.filter((d) => d.status === 'PAID').reduce((s, d) => s + d.amountCents, 0);

  async function advance(id: string, to: DisbursementStatus) {
    setBusy(id);
    const res = await move({ id, to, on: null });
    setBusy(null);
    if (res.error) setMoveErrors(serverErrors(res.error));
    else {
      setMoveErrors([]);
      reload();
    }
  }

  return (
    <div data-testid="disbursements">
      <QueryError error={error} onRetry={reload} />
      {canRequest && node.status === 'ACTIVE' && <RequestForm projectID={projectID} claims={nodesOf(node.acceptedClaims)} onDone={reload} />}
      {canRequest && node.status === 'COMPLETED' && <RequestForm projectID={projectID} claims={nodesOf(node.acceptedClaims)} onDone={reload} />}
      {!canRequest && <p className="small">{t('disbursement.byRegion')}</p>}
      <FormErrors errors={moveErrors} />
      {list.length === 0 ? (
        <div className="alert alert-info" role="status">{t('disbursement.none')}</div>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm align-middle" data-testid="disbursement-list">
            <caption className="visually-hidden">{t('disbursement.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('disbursement.kind')}</th>
                <th scope="col" className="text-end">{t('disbursement.amount')}</th>
                <th scope="col">{t('disbursement.state')}</th>
                <th scope="col">{t('disbursement.dates')}</th>
                {canDecide && <th scope="col"><span className="visually-hidden">{t('disbursement.actions')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {list.map((d) => {
                const next = nextDisbursementStatus(d.status);
                return (
                  <tr key={d.id} data-testid="disbursement" data-status={d.status}>
                    <th scope="row" className="fw-normal">
                      {t(`disbursementKind.${d.kind}`)}
                      {d.claim && <div className="small text-secondary">{t('disbursement.afterClaim', { number: d.claim.number })}</div>}
                    </th>
                    <td className="text-end text-nowrap">{formatCents(d.amountCents)}</td>
                    <td><span className={`badge ${d.status === 'PAID' ? 'bg-success' : d.status === 'APPROVED' ? 'bg-primary' : 'bg-warning text-dark'}`}>{t(`disbursementStatus.${d.status}`)}</span></td>
                    <td className="small">
                      {d.requestedOn && <div>{t('disbursement.requestedOn', { date: formatDate(d.requestedOn) })}</div>}
                      {d.approvedOn && <div>{t('disbursement.approvedOn', { date: formatDate(d.approvedOn) })}</div>}
                      {d.paidOn && <div>{t('disbursement.paidOn', { date: formatDate(d.paidOn) })}</div>}
                    </td>
                    {canDecide && (
                      <td>
                        {next && (
                          <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" disabled={busy === d.id} aria-busy={busy === d.id}
                            onClick={() => void advance(d.id, next)}>
                            {t(`disbursement.to.${next}`)}
                            <span className="visually-hidden"> – {t(`disbursementKind.${d.kind}`)} {formatCents(d.amountCents)}</span>
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="small" data-testid="disbursed-total">{t('disbursement.paidTotal', { amount: formatCents(total), granted: formatCents(node.grantedCents) })}</p>
      <ConnectionPager label={t('disbursement.pages')} pager={pager} connection={node.disbursements} pageSize={PAGE} disabled={fetching} />
    </div>
  );
}

const fields = ['kind', 'claimID'];

function RequestForm({ projectID, claims, onDone }: { projectID: string; claims: { id: string; number: number; periodStart: string; periodEnd: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { id, alertRef, errors, setErrors, refuse, fail } = useFormErrors(fields);
  const [kind, setKind] = useState<DisbursementKind>('ADVANCE');
  const [claimID, setClaimID] = useState('');
  const [{ fetching }, request] = useRequestDisbursement();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (kind === 'INTERIM' && !claimID) {
      refuse([invalidField('claimID', t('disbursement.errors.claim'))]);
      return;
    }
    const res = await request({ projectID, kind, claimID: kind === 'INTERIM' ? claimID : null });
    if (res.error) return fail(serverErrors(res.error));
    setErrors([]);
    onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4" aria-labelledby={`${id}-h`} data-testid="disbursement-form">
      <h3 id={`${id}-h`} className="h6">{t('disbursement.requestTitle')}</h3>
      <p className="small">{t('disbursement.requestIntro', { today: formatDate(todayISO()) })}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-kind`} label={t('disbursement.kind')} error={fieldError(errors, 'kind')} control="form-select" required>
            {(p) => (
              <select {...p} value={kind} onChange={(e) => setKind(e.target.value as DisbursementKind)}>
                {(['ADVANCE', 'INTERIM', 'BALANCE'] as const).map((k) => <option key={k} value={k}>{t(`disbursementKind.${k}`)}</option>)}
              </select>
            )}
          </Field>
        </div>
        {kind === 'INTERIM' && (
          <div className="col-md-6">
            <Field id={`${id}-claimID`} label={t('disbursement.claim')} hint={t('disbursement.claimHint')} error={fieldError(errors, 'claimID')} control="form-select" required>
              {(p) => (
                <select {...p} value={claimID} onChange={(e) => setClaimID(e.target.value)}>
                  <option value="">{t('disbursement.chooseClaim')}</option>
                  {claims.map((c) => <option key={c.id} value={c.id}>{t('disbursement.claimOption', { number: c.number, from: formatDate(c.periodStart), to: formatDate(c.periodEnd) })}</option>)}
                </select>
              )}
            </Field>
          </div>
        )}
      </div>
      <button type="submit" className="btn btn-primary btn-sm" disabled={fetching} aria-busy={fetching}>{t('disbursement.submit')}</button>
    </form>
  );
}
