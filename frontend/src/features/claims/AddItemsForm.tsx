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

/** Why an invoice cannot be claimed now, or null with the member shares it still offers. */
export function claimable(
  inv: Invoice,
  claimed: Set<string>,
  periodEnd: string,
): { reason: string | null; shares: Share[]; receipted: number } {
  const receipted = nodesOf(inv.payments).reduce((s, p) => s + (p.receiptDate ? p.amountCents : 0), 0);
  const shares = nodesOf(inv.shares).filter((s) => !claimed.has(`${inv.id}|${s.bodyID}`) && s.expenseCategoryID);
  let reason: string | null = null;
  if (inv.problems && inv.problems.length > 0) reason = 'flagged';
  else if (inv.issuedOn > periodEnd) reason = 'afterPeriod';
  else if (receipted === 0) reason = 'notPaid';
  else if (receipted < inv.totalCents) reason = 'partlyPaid';
  else if (shares.length === 0) reason = 'claimed';
  return { reason, shares: reason ? [] : shares, receipted };
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
  const chosenTotal = chosen.reduce((sum, c) => sum + c.share.amountCents, 0);

  function toggleInvoice(inv: Invoice, shares: Share[], on: boolean) {
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
        claimedCents: c.share.amountCents,
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
          {rows.map(({ inv, reason, shares, receipted }) => {
            const sel = selected[inv.id] ?? new Set<string>();
            const all = shares.length > 0 && sel.size === shares.length;
            const label = t('invoices.numberDate', { number: inv.number, date: formatDate(inv.issuedOn) });
            return (
              <li key={inv.id} className="list-group-item" data-testid="claimable-invoice" data-number={inv.number}>
                {reason ? (
                  <>
                    <span className="fw-semibold">{label}</span> · {inv.supplierName} · {formatCents(inv.totalCents)}
                    <div className="small text-secondary">{t(`claim.add.reason.${reason}`, { paid: formatCents(receipted) })}</div>
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
                        {t('claim.add.invoiceLabel', { label, supplier: inv.supplierName ?? '', count: shares.length, total: formatCents(shares.reduce((s, x) => s + x.amountCents, 0)) })}
                      </label>
                    </div>
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
                                  {s.body.name}: {formatCents(s.amountCents)}
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
