import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaimableInvoices } from './useClaimableInvoices';
import { useAddExpenseItems } from './useClaim';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import type { ClaimableInvoicesQuery } from '../../gql/graphql';

type ProjectNode = Extract<NonNullable<ClaimableInvoicesQuery['node']>, { __typename: 'Project' }>;
type Invoice = NonNullable<NonNullable<NonNullable<ProjectNode['invoices']['edges']>[number]>['node']>;
type Share = NonNullable<NonNullable<NonNullable<Invoice['shares']['edges']>[number]>['node']>;

const PAGE = 20;

/** A member's share of an invoice as offered to a claim: what the server says it may claim now. */
export type Offer = Share & { claimCents: number; vatEligible: boolean };

/** A part of an invoice not yet paid and receipted in full, that stops it from being claimed in full. */
export type Missing = { kind: Invoice['parts'][number]['kind']; cents: number };

/**
 * Why an invoice cannot be claimed now (null when it can), and the member
 * shares it offers, each at the amount the server computed for it
 * (claimableShares: the rule addExpenseItems applies, so what is offered is
 * what is accepted). An invoice is offered only when every member's share
 * is claimable in full: a share claimed in part could not be claimed again
 * for the rest. missing lists the parts still to pay or receipt, VAT by F24
 * only where VAT is eligible; vatExcluded is true when VAT is left out
 * because the category does not admit it.
 */
export function claimable(
  inv: Invoice,
  claimed: Set<string>,
  periodEnd: string,
): { reason: string | null; shares: Offer[]; receipted: number; missing: Missing[]; vatExcluded: boolean } {
  const receipted = inv.parts.reduce((s, p) => s + p.receiptedCents, 0);
  const byBody = new Map(inv.claimableShares.map((c) => [c.bodyID, c]));
  const offers: Offer[] = [];
  for (const s of nodesOf(inv.shares)) {
    const c = byBody.get(s.bodyID);
    if (!s.expenseCategoryID || !c || claimed.has(`${inv.id}|${s.bodyID}`)) continue;
    offers.push({ ...s, claimCents: c.claimableCents, vatEligible: c.vatEligible });
  }
  const vatCounts = inv.claimableShares.some((c) => c.vatEligible);
  const missing = inv.parts
    .filter((p) => p.receiptedCents < p.dueCents && (p.kind !== 'VAT_F24' || vatCounts))
    .map((p) => ({ kind: p.kind, cents: p.dueCents - p.receiptedCents }));
  const partly = inv.claimableShares.some((c) => c.claimableCents < c.claimableWhenPaidCents);
  let reason: string | null = null;
  if (inv.documentType === 'TD04') reason = 'creditNote';
  else if (inv.currency !== 'EUR' && !inv.conversionAct) reason = 'currency';
  else if (inv.problems && inv.problems.length > 0) reason = 'flagged';
  else if (inv.issuedOn > periodEnd) reason = 'afterPeriod';
  else if (receipted === 0) reason = 'notPaid';
  else if (partly) reason = 'partlyPaid';
  else if (offers.length === 0) reason = 'claimed';
  else if (offers.every((o) => o.claimCents === 0)) reason = 'nothing';
  const vatExcluded = !reason && offers.some((o) => !o.vatEligible && o.claimCents < o.amountCents);
  return { reason, shares: reason ? [] : offers.filter((o) => o.claimCents > 0), receipted, missing, vatExcluded };
}

/**
 * The lead picks the expenses of a claim: each paid invoice of the project
 * offers the share of every member not claimed yet; the whole invoice or
 * single members can be chosen. Sent all together (the server checks
 * every rule and refuses all if one expense is not eligible).
 */
export function AddItemsForm({ claimID, projectID, periodEnd, onAdded }: { claimID: string; projectID: string; periodEnd: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorsRef = useRef<HTMLDivElement>(null);
  const pager = useCursorPages(projectID);
  const [{ data, error, fetching }, reexecute] = useClaimableInvoices(projectID, PAGE, pager.after);
  const [selected, setSelected] = useState<Record<string, Set<string>>>({});
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [done, setDone] = useState('');
  const [{ fetching: sending }, add] = useAddExpenseItems();
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const invoices = nodesOf(node?.invoices);

  const claimed = useMemo(() => {
    const s = new Set<string>();
    for (const c of nodesOf(node?.expenseClaims)) {
      if (c.status === 'REJECTED') continue;
      for (const it of nodesOf(c.items)) s.add(`${it.invoiceID}|${it.bodyID}`);
    }
    return s;
  }, [node]);

  const rows = invoices.map((inv) => ({ inv, ...claimable(inv, claimed, periodEnd) }));
  const chosen = rows.flatMap((r) => r.shares.filter((s) => selected[r.inv.id]?.has(s.bodyID)).map((s) => ({ inv: r.inv, share: s })));
  const chosenTotal = chosen.reduce((sum, c) => sum + c.share.claimCents, 0);

  function toggleInvoice(inv: Invoice, shares: Offer[], on: boolean) {
    setSelected((prev) => ({ ...prev, [inv.id]: on ? new Set(shares.map((s) => s.bodyID)) : new Set() }));
    setDone('');
  }
  function toggleShare(inv: Invoice, bodyID: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev[inv.id] ?? []);
      if (on) next.add(bodyID);
      else next.delete(bodyID);
      return { ...prev, [inv.id]: next };
    });
    setDone('');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen.length === 0) {
      setErrors([{ kind: 'INVALID', field: null, rule: null, message: t('claim.add.noneChosen') }]);
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    const res = await add({
      claimID,
      items: chosen.map((c) => ({
        invoiceID: c.inv.id,
        bodyID: c.share.bodyID,
        expenseCategoryID: c.share.expenseCategoryID!,
        // The line the contract serves, so that the claim reports per line.
        interventionLineID: c.inv.contract?.interventionLineID ?? null,
        claimedCents: c.share.claimCents,
      })),
    });
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    setErrors([]);
    setSelected({});
    setDone(t('claim.add.done', { count: res.data?.addExpenseItems.length ?? chosen.length }));
    reexecute({ requestPolicy: 'network-only' });
    onAdded();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="add-items">
      <h3 id={`${id}-title`} className="h5">{t('claim.add.title')}</h3>
      <p className="small">{t('claim.add.intro')}</p>
      <FormErrors ref={errorsRef} errors={errors} />
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && invoices.length === 0 && <div className="alert alert-info" role="status">{t('invoices.none')}</div>}
      {rows.length > 0 && (
        <ul className="list-group mb-3">
          {rows.map(({ inv, reason, shares, receipted, missing, vatExcluded }) => {
            const sel = selected[inv.id] ?? new Set<string>();
            const all = shares.length > 0 && sel.size === shares.length;
            const label = t('invoices.numberDate', { number: inv.number, date: formatDate(inv.issuedOn) });
            return (
              <li key={inv.id} className="list-group-item" data-testid="claimable-invoice" data-number={inv.number}>
                {reason ? (
                  <>
                    <span className="fw-semibold">{label}</span> · {inv.supplierName} · {formatCents(inv.totalCents)}
                    <div className="small text-secondary" data-testid="not-claimable" data-reason={reason}>
                      {t(`claim.add.reason.${reason}`, { paid: formatCents(receipted) })}
                      {reason === 'partlyPaid' && missing.length > 0 && (
                        <> {t('claimableShares.missing', { parts: missing.map((m) => t('claimableShares.missingPart', { kind: t(`paymentKind.${m.kind}`), amount: formatCents(m.cents) })).join('; ') })}</>
                      )}
                    </div>
                  </>
                ) : (
                  <>
                    <div className="form-check mb-1">
                      <input
                        className="form-check-input"
                        type="checkbox"
                        id={`${id}-${inv.id}`}
                        checked={all}
                        ref={(el) => {
                          if (el) el.indeterminate = sel.size > 0 && !all;
                        }}
                        onChange={(e) => toggleInvoice(inv, shares, e.target.checked)}
                      />
                      <label className="form-check-label fw-semibold" htmlFor={`${id}-${inv.id}`}>
                        {t('claim.add.invoiceLabel', { label, supplier: inv.supplierName ?? '', count: shares.length, total: formatCents(shares.reduce((s, x) => s + x.claimCents, 0)) })}
                      </label>
                    </div>
                    {vatExcluded && <div className="small text-secondary" data-testid="vat-excluded">{t('claimableShares.vatExcluded')}</div>}
                    <details>
                      <summary className="small">{t('claim.add.pickMembers')}</summary>
                      <fieldset className="mt-2">
                        <legend className="visually-hidden">{t('claim.add.membersOf', { label })}</legend>
                        <div className="row">
                          {shares.map((s) => (
                            <div key={s.id} className="col-md-6 col-xl-4">
                              <div className="form-check mb-1">
                                <input
                                  className="form-check-input"
                                  type="checkbox"
                                  id={`${id}-${s.id}`}
                                  checked={sel.has(s.bodyID)}
                                  onChange={(e) => toggleShare(inv, s.bodyID, e.target.checked)}
                                />
                                <label className="form-check-label small" htmlFor={`${id}-${s.id}`}>
                                  {s.body.name}: {formatCents(s.claimCents)}
                                </label>
                              </div>
                            </div>
                          ))}
                        </div>
                        {inv.shares.totalCount > 100 && (
                          <p className="small">{t('claim.add.sharesLimited', { count: inv.shares.totalCount })}</p>
                        )}
                      </fieldset>
                    </details>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {node && (
        <ConnectionPager label={t('invoices.pages')} pager={pager} connection={node.invoices} pageSize={PAGE} disabled={fetching} />
      )}
      <p aria-live="polite" data-testid="chosen">{t('claim.add.chosen', { count: chosen.length, total: formatCents(chosenTotal) })}</p>
      <button type="submit" className="btn btn-primary" disabled={sending} aria-busy={sending}>
        {t('claim.add.submit', { count: chosen.length })}
      </button>
      <p role="status" className="text-success mt-2 mb-0">{done}</p>
    </form>
  );
}
