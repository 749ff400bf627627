import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectDisbursements, useRequestDisbursement, useTransitionDisbursement } from './useDisbursements';
import { Field } from '../../components/Field';
import { MarkPaidDialog } from './MarkPaidDialog';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatBp, formatCents, formatDate, todayISO } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { DataTable } from '../../components/DataTable';
import type { DisbursementKind, DisbursementStatus, ProjectDisbursementsQuery } from '../../gql/graphql';

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
  const [paying, setPaying] = useState<DisbursementRow | null>(null);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (fetching && !node) return <Loading />;
  if (!node) return <QueryError error={error} onRetry={reload} />;
  const list = nodesOf(node.disbursements);
  const plan = node.disbursementPlan;

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
      <PlanBasis plan={plan} />
      <FormErrors errors={moveErrors} />
      {list.length === 0 ? (
        <div className="alert alert-info" role="status">{t('disbursement.none')}</div>
      ) : (
        <DataTable
          caption={t('disbursement.caption')}
          className="table table-sm align-middle"
          testid="disbursement-list"
          rows={list}
          rowKey={(d) => d.id}
          rowProps={(d) => ({ 'data-testid': 'disbursement', 'data-status': d.status, 'data-kind': d.kind })}
          columns={[
            {
              key: 'kind',
              header: t('disbursement.kind'),
              rowHeader: true,
              className: 'fw-normal',
              cell: (d) => (
                <>
                  {t(`disbursementKind.${d.kind}`)}
                  {d.claim && <div className="small text-secondary">{t('disbursement.afterClaim', { number: d.claim.number })}</div>}
                  {d.kind === 'RECOVERY' && <div className="small text-secondary">{t('disbursementPlan.recoveryNote')}</div>}
                </>
              ),
            },
            {
              key: 'amount',
              header: t('disbursement.amount'),
              numeric: true,
              className: 'text-nowrap',
              cell: (d) => (d.kind === 'RECOVERY' ? `− ${formatCents(d.amountCents)}` : formatCents(d.amountCents)),
            },
            {
              key: 'sources',
              header: t('disbursementPlan.sources'),
              className: 'small text-nowrap',
              cellProps: () => ({ 'data-testid': 'disbursement-sources' }),
              cell: (d) => (
                <>
                  <div>{t('disbursementPlan.eu', { amount: formatCents(d.euCents) })}</div>
                  <div>{t('disbursementPlan.state', { amount: formatCents(d.stateCents) })}</div>
                  <div>{t('disbursementPlan.region', { amount: formatCents(d.regionCents) })}</div>
                </>
              ),
            },
            {
              key: 'basis',
              header: t('disbursementPlan.basis'),
              numeric: true,
              className: 'small text-nowrap',
              cell: (d) => t('disbursementPlan.admittedToDate', { amount: formatCents(d.admittedToDateCents) }),
            },
            {
              key: 'state',
              header: t('disbursement.state'),
              cell: (d) => (
                <span className={`badge ${d.status === 'PAID' ? 'bg-success' : d.status === 'APPROVED' ? 'bg-primary' : 'bg-warning text-dark'}`}>
                  {t(`disbursementStatus.${d.status}`)}
                </span>
              ),
            },
            {
              key: 'dates',
              header: t('disbursement.dates'),
              className: 'small',
              cell: (d) => (
                <>
                  {d.requestedOn && <div>{t('disbursement.requestedOn', { date: formatDate(d.requestedOn) })}</div>}
                  {d.approvedOn && <div>{t('disbursement.approvedOn', { date: formatDate(d.approvedOn) })}</div>}
                  {d.paidOn && <div>{t('disbursement.paidOn', { date: formatDate(d.paidOn) })}</div>}
                  {d.paymentReference && <div data-testid="payment-reference">{d.paymentReference}</div>}
                </>
              ),
            },
            canDecide && {
              key: 'actions',
              header: <span className="visually-hidden">{t('disbursement.actions')}</span>,
              cell: (d) => {
                const next = nextDisbursementStatus(d.status);
                return (
                  next && (
                    <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" disabled={busy === d.id} aria-busy={busy === d.id}
                      onClick={() => (next === 'PAID' ? setPaying(d) : void advance(d.id, next))}>
                      {t(`disbursement.to.${next}`)}
                      <span className="visually-hidden"> – {t(`disbursementKind.${d.kind}`)} {formatCents(d.amountCents)}</span>
                    </button>
                  )
                );
              },
            },
          ]}
        />
      )}
      {paying && (
        <MarkPaidDialog
          disbursement={paying}
          onCancel={() => setPaying(null)}
          onDone={() => {
            setPaying(null);
            setMoveErrors([]);
            reload();
          }}
        />
      )}
      <p className="small" data-testid="disbursed-total">{t('disbursement.paidTotal', { amount: formatCents(plan.paidCents), granted: formatCents(node.grantedCents) })}</p>
      <ConnectionPager label={t('disbursement.pages')} pager={pager} connection={node.disbursements} pageSize={PAGE} disabled={fetching} />
    </div>
  );
}

type DisbursementRow = NonNullable<NonNullable<NonNullable<Extract<NonNullable<ProjectDisbursementsQuery['node']>, { __typename: 'Project' }>['disbursements']['edges']>[number]>['node']>;

type Plan = NonNullable<Extract<NonNullable<ProjectDisbursementsQuery['node']>, { __typename: 'Project' }>['disbursementPlan']>;

/**
 * The basis of the Region's disbursements: the call's plan applied to the
 * grant (rate r, advance a·G, cap c·G before the balance), the cost admitted
 * so far with the contribution on it, what counts as disbursed, and what an
 * interim payment or the balance would be now (a negative balance is
 * recovered from the lead).
 */
export function PlanBasis({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('disbursementPlan.rate'), formatBp(plan.contributionRateBp)],
    [t('disbursementPlan.advance', { bp: formatBp(plan.advanceBp) }), formatCents(plan.advanceCents)],
    [t('disbursementPlan.cap', { bp: formatBp(plan.interimMaxBp) }), formatCents(plan.interimCapCents)],
    [t('disbursementPlan.admitted'), formatCents(plan.admittedToDateCents)],
    [t('disbursementPlan.contribution', { bp: formatBp(plan.contributionRateBp) }), formatCents(plan.contributionCents)],
    [t('disbursementPlan.disbursed'), formatCents(plan.disbursedCents)],
    [t('disbursementPlan.interimDue'), plan.interimDueCents > 0 ? formatCents(plan.interimDueCents) : t('disbursementPlan.nothingDue')],
    [t('disbursementPlan.balanceDue'), plan.balanceDueCents >= 0 ? formatCents(plan.balanceDueCents) : t('disbursementPlan.toRecover', { amount: formatCents(-plan.balanceDueCents) })],
  ];
  return (
    <section className="mb-4" aria-labelledby="disbursement-plan-title" data-testid="disbursement-plan">
      <h3 id="disbursement-plan-title" className="h6">{t('disbursementPlan.title')}</h3>
      <p className="small">{t('disbursementPlan.intro')}</p>
      <dl className="row small mb-0">
        {rows.map(([k, v]) => (
          <div key={k} className="col-md-6 col-lg-3 mb-2">
            <dt className="fw-normal text-secondary">{k}</dt>
            <dd className="mb-0 fw-semibold text-nowrap">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
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
                {(['ADVANCE', 'INTERIM', 'BALANCE', 'RECOVERY'] as const).map((k) => <option key={k} value={k}>{t(`disbursementKind.${k}`)}</option>)}
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
