import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpenseItem } from './useClaim';
import { ItemDecisionForm } from './ItemDecisionForm';
import { Badge } from '../../components/Badge';
import { ClientPager } from '../../components/Pager';
import type { ServerError } from '../../lib/errors';
import { formatCents, formatDate } from '../../lib/format';
import { useClientPages } from '../../lib/paging';
import type { ExpenseItemDecision } from '../../gql/graphql';

type Props = {
  items: ExpenseItem[];
  /** review: the auditor decides; edit: the lead removes; view: read only. */
  mode: 'review' | 'edit' | 'view';
  onAdmit?: (item: ExpenseItem) => Promise<ServerError[]>;
  onDecide?: (item: ExpenseItem, admittedCents: number, reason: string) => Promise<ServerError[]>;
  onRemove?: (item: ExpenseItem) => Promise<ServerError[]>;
};

const PAGE = 20;
const decisions: ExpenseItemDecision[] = ['PENDING', 'ADMITTED', 'PARTIALLY_ADMITTED', 'CUT'];

/** The expenses of a claim, searchable by member and filtered by decision, with per-expense actions. */
export function ClaimItemsTable({ items, mode, onAdmit, onDecide, onRemove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [decision, setDecision] = useState<ExpenseItemDecision | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const needle = q.trim().toLocaleLowerCase('it');
  const filtered = useMemo(
    () => items.filter((it) => (!decision || it.decision === decision) && (!needle || it.body.name.toLocaleLowerCase('it').includes(needle))),
    [items, decision, needle],
  );
  const pages = useClientPages(filtered, PAGE, `${needle}|${decision}`);

  // Closing the decision form gives focus back to the row's "Taglia" button.
  function close(itemID: string) {
    setOpen(null);
    setTimeout(() => document.querySelector<HTMLButtonElement>(`[data-item="${itemID}"] [data-action="cut"]`)?.focus(), 0);
  }

  async function act(it: ExpenseItem, fn: () => Promise<ServerError[]>) {
    setBusy(it.id);
    const errs = await fn();
    setBusy(null);
    setRowErrors((r) => ({ ...r, [it.id]: errs.map((e) => e.message ?? t(`errors.${e.kind}`)).join(' ') }));
  }

  const actions = mode !== 'view';
  return (
    <>
      <div className="row g-3 align-items-end mt-4 mb-2">
        <div className="col-md-6">
          <div className="form-group mt-4 mb-0" role="search">
            <label htmlFor={`${id}-q`} className="active">{t('claim.itemsSearch')}</label>
            <input id={`${id}-q`} type="search" className="form-control" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          </div>
        </div>
        <div className="col-md-6">
          <div className="select-wrapper mt-4">
            <label htmlFor={`${id}-d`}>{t('claim.itemsFilter')}</label>
            <select id={`${id}-d`} value={decision} onChange={(e) => setDecision(e.target.value as ExpenseItemDecision | '')}>
              <option value="">{t('claim.allDecisions')}</option>
              {decisions.map((d) => (
                <option key={d} value={d}>{t(`itemDecision.${d}`)}</option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <p className="small text-secondary" aria-live="polite" data-testid="items-count">
        {t('claim.itemsCount', { shown: filtered.length, count: items.length })}
      </p>
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('claim.itemsCaption')}>
        <table className="table table-sm align-middle small" data-testid="claim-items">
          <caption className="visually-hidden">{t('claim.itemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claim.body')}</th>
              <th scope="col">{t('claim.invoice')}</th>
              <th scope="col">{t('claim.category')}</th>
              <th scope="col" className="text-end">{t('claim.claimed')}</th>
              <th scope="col">{t('claim.decision')}</th>
              <th scope="col" className="text-end">{t('claim.admitted')}</th>
              {actions && <th scope="col">{t('claim.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {pages.rows.map((it) => (
              <Fragment key={it.id}>
                <tr data-testid="claim-item" data-item={it.id} data-body={it.body.name}>
                  <th scope="row" className="fw-normal">{it.body.name}</th>
                  <td>
                    {t('invoices.numberDate', { number: it.invoice.number, date: formatDate(it.invoice.issuedOn) })}
                    {it.payment && (
                      <div className="text-secondary">
                        {t('invoices.mandateNo', { number: it.payment.mandateNumber })}
                        {it.payment.receiptDate ? ` · ${t('invoices.receipt', { date: formatDate(it.payment.receiptDate) })}` : ''}
                      </div>
                    )}
                  </td>
                  <td>{it.expenseCategory.name}</td>
                  <td className="text-end text-nowrap">{formatCents(it.claimedCents)}</td>
                  <td>
                    <Badge group="itemDecision" value={it.decision} />
                    {it.cutReason && <div className="text-secondary" data-testid="cut-reason">{it.cutReason}</div>}
                  </td>
                  <td className="text-end text-nowrap">{it.admittedCents == null ? '—' : formatCents(it.admittedCents)}</td>
                  {actions && (
                    <td>
                      <div className="d-flex flex-wrap gap-1">
                        {mode === 'review' && (
                          <>
                            {it.decision !== 'ADMITTED' && (
                              <button
                                type="button"
                                className="btn btn-outline-success btn-xs"
                                disabled={busy === it.id}
                                onClick={() => void act(it, () => onAdmit!(it))}
                                data-action="admit"
                              >
                                {t('review.admit')}<span className="visually-hidden">: {it.body.name}</span>
                              </button>
                            )}
                            <button
                              type="button"
                              className="btn btn-outline-danger btn-xs"
                              aria-expanded={open === it.id}
                              onClick={() => setOpen(open === it.id ? null : it.id)}
                              data-action="cut"
                            >
                              {t('review.cut')}<span className="visually-hidden">: {it.body.name}</span>
                            </button>
                          </>
                        )}
                        {mode === 'edit' && (
                          <button
                            type="button"
                            className="btn btn-outline-danger btn-xs"
                            disabled={busy === it.id}
                            onClick={() => void act(it, () => onRemove!(it))}
                          >
                            {t('claim.remove')}<span className="visually-hidden">: {it.body.name}</span>
                          </button>
                        )}
                      </div>
                      {rowErrors[it.id] && (
                        <div className="text-danger small" role="alert">{rowErrors[it.id]}</div>
                      )}
                    </td>
                  )}
                </tr>
                {open === it.id && mode === 'review' && (
                  <tr>
                    <td colSpan={7}>
                      <ItemDecisionForm
                        item={it}
                        onCancel={() => close(it.id)}
                        onDecide={async (admitted, reason) => {
                          const errs = await onDecide!(it, admitted, reason);
                          if (errs.length === 0) close(it.id);
                          return errs;
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
            {filtered.length === 0 && (
              <tr>
                <td colSpan={7}>{t('claim.noItems')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <ClientPager label={t('claim.itemsPages')} pages={pages} />
    </>
  );
}
