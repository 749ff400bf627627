import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectInvoices } from './useProjectInvoices';
import { InvoiceImportForm, ProblemList } from './InvoiceImportForm';
import { PaymentForm } from './PaymentForm';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { formatCents, formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';

const PAGE = 20;

/**
 * The project's invoices (newest first) with their matching problems and
 * payments; the lead imports FatturaPA files and records payments here.
 */
export function InvoicesTab({ projectID, canManage }: { projectID: string; canManage: boolean }) {
  const { t } = useTranslation();
  const pager = useCursorPages(projectID);
  const [{ data, error, fetching }, reexecute] = useProjectInvoices(projectID, PAGE, pager.after);
  const [paying, setPaying] = useState<string | null>(null);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const invoices = nodesOf(node?.invoices);

  return (
    <div data-testid="invoices">
      {canManage && <InvoiceImportForm projectID={projectID} />}
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && (
        <>
          <p className="small text-secondary">{t('invoices.count', { count: node.invoices.totalCount })}</p>
          {invoices.length === 0 ? (
            <div className="alert alert-info" role="status">{t('invoices.none')}</div>
          ) : (
            <div className="table-responsive">
              <table className="table table-sm align-middle small" data-testid="invoice-list">
                <caption className="visually-hidden">{t('invoices.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('invoices.number')}</th>
                    <th scope="col">CIG / CUP</th>
                    <th scope="col" className="text-end">{t('invoices.total')}</th>
                    <th scope="col">{t('invoices.payments')}</th>
                    <th scope="col">{t('invoices.match')}</th>
                    {canManage && <th scope="col"><span className="visually-hidden">{t('invoices.actions')}</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {invoices.map((inv) => {
                    const payments = nodesOf(inv.payments);
                    const paid = payments.reduce((s, p) => s + p.amountCents, 0);
                    return (
                      <Fragment key={inv.id}>
                        <tr data-testid="invoice" data-number={inv.number}>
                          <th scope="row" className="fw-normal">
                            <span className="fw-semibold">{t('invoices.numberDate', { number: inv.number, date: formatDate(inv.issuedOn) })}</span>
                            <div>{inv.supplierName ?? '—'}</div>
                            <div className="text-secondary">{t('procurement.vat', { vat: inv.supplierVatID })}</div>
                          </th>
                          <td>
                            <code>{inv.cig || '—'}</code>
                            <br />
                            <code>{inv.cup || '—'}</code>
                          </td>
                          <td className="text-end">
                            <span className="fw-semibold text-nowrap">{formatCents(inv.totalCents)}</span>
                            <div className="text-secondary text-nowrap">{t('invoices.taxableVat', { taxable: formatCents(inv.taxableCents), vat: formatCents(inv.vatCents) })}</div>
                            {inv.splitPayment && <div className="text-secondary">{t('invoices.splitPayment')}</div>}
                          </td>
                          <td>
                            {payments.length === 0 ? (
                              <span className="text-secondary">{t('invoices.unpaid')}</span>
                            ) : (
                              <ul className="list-unstyled mb-0">
                                {payments.map((p) => (
                                  <li key={p.id} data-testid="payment">
                                    {t('invoices.mandate', { number: p.mandateNumber, date: formatDate(p.mandateDate) })}:{' '}
                                    <span className="text-nowrap">{formatCents(p.amountCents)}</span>
                                    <div className="text-secondary">
                                      {p.receiptDate ? t('invoices.receipt', { date: formatDate(p.receiptDate) }) : t('invoices.noReceipt')}
                                    </div>
                                  </li>
                                ))}
                              </ul>
                            )}
                          </td>
                          <td><ProblemList problems={inv.problems} contract={inv.contract?.reference ?? null} /></td>
                          {canManage && (
                            <td>
                              {paid < inv.totalCents && (
                                <button
                                  type="button"
                                  className="btn btn-outline-primary btn-xs text-nowrap"
                                  aria-expanded={paying === inv.id}
                                  onClick={() => setPaying(paying === inv.id ? null : inv.id)}
                                >
                                  {t('payment.open')}
                                  <span className="visually-hidden"> {t('invoices.numberDate', { number: inv.number, date: formatDate(inv.issuedOn) })}</span>
                                </button>
                              )}
                            </td>
                          )}
                        </tr>
                        {paying === inv.id && (
                          <tr>
                            <td colSpan={6}>
                              <PaymentForm
                                invoice={inv}
                                paidCents={paid}
                                onCancel={() => setPaying(null)}
                                onDone={() => {
                                  setPaying(null);
                                  reexecute({ requestPolicy: 'network-only' });
                                }}
                              />
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
