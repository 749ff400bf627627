import { Fragment, Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceOrderField, InvoiceWhereInput } from '../../gql/graphql';
import { useProjectInvoices } from './useProjectInvoices';
import { InvoiceImportForm, ProblemList } from './InvoiceImportForm';
import { PaymentForm, stillDue, type InvoicePart } from './PaymentForm';
import { amountNotes, awaitsEuroValue, canPay, capitalize, isCreditNote } from './invoiceDisplay';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { formatCents, formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { ariaSort, sortKey, useSort } from '../../lib/sorting';

const PAGE = 20;

const InvoiceForm = lazy(() => import('./InvoiceForm').then((m) => ({ default: m.InvoiceForm })));
const ReceiptForm = lazy(() => import('./ReceiptForm').then((m) => ({ default: m.ReceiptForm })));
const DiscardInvoice = lazy(() => import('./DiscardInvoice').then((m) => ({ default: m.DiscardInvoice })));
const EuroValueForm = lazy(() => import('./EuroValueForm').then((m) => ({ default: m.EuroValueForm })));

// Dates and amounts: the newest and largest first.
const invoiceFirstDirection = (f: InvoiceOrderField) => (f === 'ISSUED_ON' || f === 'TOTAL' ? 'DESC' : 'ASC');

/** The form open under an invoice's row. */
type RowAction = { id: string; kind: 'pay' | 'euro' | 'discard' | 'credit' };

/**
 * The server filter for invoices whose CIG or CUP do not match: no contract
 * found for the CIG, or the CUP missing or of another project. (Problems of
 * other kinds — buyer, totals — are shown on every invoice but cannot be
 * filtered on the server.)
 */
export function unmatchedInvoicesWhere(cup: string): InvoiceWhereInput {
  return { or: [{ contractIDIsNil: true }, { cupIsNil: true }, { cupNEQ: cup }] };
}

/**
 * The project's invoices (newest first) with their matching problems and
 * payments; the lead imports FatturaPA files and records payments here.
 */
export function InvoicesTab({ projectID, projectCUP, canManage }: { projectID: string; projectCUP: string; canManage: boolean }) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState<'all' | 'unmatched'>('all');
  const { sort, toggle: sortBy } = useSort<InvoiceOrderField>({ field: 'ISSUED_ON', direction: 'DESC' }, invoiceFirstDirection);
  const pager = useCursorPages(`${projectID}|${filter}|${sortKey(sort)}`);
  const where = filter === 'unmatched' ? unmatchedInvoicesWhere(projectCUP) : null;
  const [{ data, error, fetching }, reexecute] = useProjectInvoices(projectID, PAGE, pager.after, where, sort);
  const sortHeader = (field: InvoiceOrderField, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={ariaSort(sort, field)}>
      <button type="button" className="btn btn-link p-0 fw-semibold text-decoration-none sort-button" data-sort={field} onClick={() => sortBy(field)}>
        {label}<span aria-hidden="true" className="ms-1">{ariaSort(sort, field) === 'ascending' ? '▲' : ariaSort(sort, field) === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
  const [action, setAction] = useState<RowAction | null>(null);
  const toggle = (id: string, kind: RowAction['kind']) => setAction((a) => (a?.id === id && a.kind === kind ? null : { id, kind }));
  const done = () => {
    setAction(null);
    reexecute({ requestPolicy: 'network-only' });
  };
  const [receipting, setReceipting] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const invoices = nodesOf(node?.invoices);

  return (
    <div data-testid="invoices">
      {canManage && <InvoiceImportForm projectID={projectID} />}
      {canManage && (
        manual ? (
          <Suspense fallback={<Loading />}>
            <InvoiceForm projectID={projectID} projectCUP={projectCUP} onCancel={() => setManual(false)}
              onDone={() => reexecute({ requestPolicy: 'network-only' })} />
          </Suspense>
        ) : (
          <button type="button" className="btn btn-outline-primary btn-sm mb-4" onClick={() => setManual(true)}>{t('invoiceForm.open')}</button>
        )
      )}
      <div className="select-wrapper mt-4 mb-3">
        <label htmlFor={filterId}>{t('invoices.filter')}</label>
        <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as 'all' | 'unmatched')} data-testid="invoice-filter">
          <option value="all">{t('invoices.filterAll')}</option>
          <option value="unmatched">{t('invoices.filterUnmatched')}</option>
        </select>
      </div>
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && (
        <>
          <p className="small text-secondary" aria-live="polite">{t('invoices.count', { count: node.invoices.totalCount })}</p>
          {invoices.length === 0 ? (
            <div className="alert alert-info" role="status">{filter === 'unmatched' ? t('invoices.noneUnmatched') : t('invoices.none')}</div>
          ) : (
            <div className="table-responsive" tabIndex={0} role="region" aria-label={t('invoices.caption')}>
              <table className="table table-sm align-middle small" data-testid="invoice-list">
                <caption className="visually-hidden">{t('invoices.caption')}</caption>
                <thead>
                  <tr>
                    {sortHeader('ISSUED_ON', t('invoices.number'))}
                    {sortHeader('SUPPLIER_NAME', t('invoices.supplier'))}
                    <th scope="col">CIG / CUP</th>
                    {sortHeader('TOTAL', t('invoices.total'), 'text-end')}
                    <th scope="col">{t('invoices.payments')}</th>
                    <th scope="col">{t('invoices.match')}</th>
                    {canManage && <th scope="col"><span className="visually-hidden">{t('invoices.actions')}</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {invoices.map((inv) => {
                    const payments = nodesOf(inv.payments);
                    const credit = isCreditNote(inv);
                    const label = t('invoices.numberDate', { number: inv.number, date: formatDate(inv.issuedOn) });
                    const open = action?.id === inv.id ? action.kind : null;
                    return (
                      <Fragment key={inv.id}>
                        <tr data-testid="invoice" data-number={inv.number} data-document-type={inv.documentType}>
                          <th scope="row" className="fw-normal">
                            {inv.documentType !== 'TD01' && (
                              <span className={`badge ${credit ? 'bg-info text-dark' : 'bg-light text-dark border'} me-1`} data-testid="invoice-type">
                                {capitalize(inv.documentTypeName || inv.documentType)}
                              </span>
                            )}
                            <span className="fw-semibold">{label}</span>
                            {nodesOf(inv.documents).map((doc) => (
                              <div key={doc.id}>
                                <a href={`/documents/${doc.id}`} download data-testid="invoice-file">{t('invoices.file')}<span className="visually-hidden"> {label}</span></a>
                              </div>
                            ))}
                          </th>
                          <td>
                            <div>{inv.supplierName ?? '—'}</div>
                            <div className="text-secondary">{t('procurement.vat', { vat: inv.supplierVatID })}</div>
                            {inv.buyerBody && <div className="text-secondary">{t('invoicing.buyerMember', { name: inv.buyerBody.name })}</div>}
                          </td>
                          <td>
                            <code>{inv.cig || '—'}</code>
                            <br />
                            <code>{inv.cup || '—'}</code>
                          </td>
                          <td className="text-end">
                            <span className="fw-semibold text-nowrap">{credit ? `−${formatCents(inv.totalCents)}` : formatCents(inv.totalCents)}</span>
                            <div className="text-secondary text-nowrap">{t('invoices.taxableVat', { taxable: formatCents(inv.taxableCents), vat: formatCents(inv.vatCents) })}</div>
                            {inv.splitPayment && <div className="text-secondary">{t('invoices.splitPayment')}</div>}
                            <ul className="list-unstyled mb-0 text-secondary" data-testid="invoice-amount-notes">
                              {amountNotes(inv).map((n) => <li key={n.key}>{t(n.key, n.values)}</li>)}
                            </ul>
                          </td>
                          <td>
                            {credit ? (
                              <div className="text-secondary mb-1">{t('paymentParts.creditNote')}</div>
                            ) : (
                              <InvoiceParts parts={inv.parts} fullyPaid={inv.fullyPaid} spendingCents={inv.spendingCents} totalCents={inv.totalCents} />
                            )}
                            {payments.length === 0 ? (
                              <span className="text-secondary">{t('invoices.unpaid')}</span>
                            ) : (
                              <ul className="list-unstyled mb-0">
                                {payments.map((p) => (
                                  <li key={p.id} data-testid="payment" data-kind={p.kind}>
                                    {t('invoices.mandate', { number: p.mandateNumber, date: formatDate(p.mandateDate) })}
                                    {p.kind !== 'SUPPLIER' && <> ({t(`paymentKind.${p.kind}`)})</>}:{' '}
                                    <span className="text-nowrap">{formatCents(p.amountCents)}</span>
                                    <div className="text-secondary">
                                      {p.receiptDate ? t('invoices.receipt', { date: formatDate(p.receiptDate) }) : t('invoices.noReceipt')}
                                    </div>
                                    {canManage && !p.receiptDate && receipting !== p.id && (
                                      <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setReceipting(p.id)}>
                                        {t('receipt.open')}<span className="visually-hidden"> – {t('invoices.mandate', { number: p.mandateNumber, date: formatDate(p.mandateDate) })}</span>
                                      </button>
                                    )}
                                    {receipting === p.id && (
                                      <Suspense fallback={<Loading />}>
                                        <ReceiptForm payment={p} onCancel={() => setReceipting(null)}
                                          onDone={() => { setReceipting(null); reexecute({ requestPolicy: 'network-only' }); }} />
                                      </Suspense>
                                    )}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </td>
                          <td><ProblemList problems={inv.problems} contract={inv.contract?.reference ?? null} /></td>
                          {canManage && (
                            <td>
                              <div className="d-flex flex-column gap-1 align-items-start">
                                {canPay(inv) && (
                                  <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" aria-expanded={open === 'pay'}
                                    onClick={() => toggle(inv.id, 'pay')}>
                                    {t('payment.open')}
                                    <span className="visually-hidden"> {label}</span>
                                  </button>
                                )}
                                {awaitsEuroValue(inv) && (
                                  <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" aria-expanded={open === 'euro'}
                                    onClick={() => toggle(inv.id, 'euro')} data-testid="euro-value-open">
                                    {t('invoicing.euro.open')}
                                    <span className="visually-hidden"> {label}</span>
                                  </button>
                                )}
                                {!credit && !awaitsEuroValue(inv) && (
                                  <button type="button" className="btn btn-outline-secondary btn-xs text-nowrap" aria-expanded={open === 'credit'}
                                    onClick={() => toggle(inv.id, 'credit')} data-testid="credit-note-open">
                                    {t('invoicing.creditNote.open')}
                                    <span className="visually-hidden"> {t('invoicing.creditNote.openLabel', { number: inv.number, date: formatDate(inv.issuedOn) })}</span>
                                  </button>
                                )}
                                {payments.length === 0 && (
                                  <button type="button" className="btn btn-outline-danger btn-xs text-nowrap" aria-expanded={open === 'discard'}
                                    onClick={() => toggle(inv.id, 'discard')} data-testid="discard-open">
                                    {t('invoicing.discard.open')}
                                    <span className="visually-hidden"> {label}</span>
                                  </button>
                                )}
                              </div>
                            </td>
                          )}
                        </tr>
                        {open && (
                          <tr>
                            <td colSpan={7}>
                              {open === 'pay' && <PaymentForm invoice={inv} onCancel={() => setAction(null)} onDone={done} />}
                              <Suspense fallback={<Loading />}>
                                {open === 'euro' && <EuroValueForm invoice={inv} onCancel={() => setAction(null)} onDone={done} />}
                                {open === 'discard' && <DiscardInvoice invoice={inv} onCancel={() => setAction(null)} onDone={done} />}
                                {open === 'credit' && (
                                  <InvoiceForm projectID={projectID} creditedInvoice={inv} onCancel={() => setAction(null)} onDone={done} />
                                )}
                              </Suspense>
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <ConnectionPager label={t('invoices.pages')} pager={pager} connection={node.invoices} pageSize={PAGE} disabled={fetching} />
        </>
      )}
    </div>
  );
}

/**
 * Where an invoice stands, part by part: the supplier, and the Treasury by
 * F24 for split-payment VAT and withholding (paid of due, receipted), and
 * "paid in full" only when every part is.
 */
export function InvoiceParts({ parts, fullyPaid, spendingCents, totalCents }: { parts: InvoicePart[]; fullyPaid: boolean; spendingCents: number; totalCents: number }) {
  const { t } = useTranslation();
  return (
    <div className="mb-1" data-testid="invoice-parts">
      {fullyPaid ? (
        <span className="badge bg-success" data-testid="fully-paid">{t('paymentParts.fullyPaid')}</span>
      ) : (
        <span className="badge bg-warning text-dark">{t('paymentParts.notFullyPaid', { amount: formatCents(parts.reduce((s, p) => s + stillDue(p), 0)) })}</span>
      )}
      <ul className="list-unstyled mb-0 mt-1">
        {parts.map((p) => (
          <li key={p.kind} data-testid="invoice-part" data-kind={p.kind}>
            {t('paymentParts.part', { kind: t(`paymentKind.${p.kind}`), paid: formatCents(p.paidCents), due: formatCents(p.dueCents) })}
            {p.paidCents > 0 && <span className="text-secondary"> · {t('paymentParts.receipted', { amount: formatCents(p.receiptedCents) })}</span>}
          </li>
        ))}
      </ul>
      {spendingCents !== totalCents && (
        <div className="text-secondary">{t('paymentParts.spending', { amount: formatCents(spendingCents) })}</div>
      )}
    </div>
  );
}
