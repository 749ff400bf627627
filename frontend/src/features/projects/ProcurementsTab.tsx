import { useTranslation } from 'react-i18next';
import { useProjectProcurements } from './useProjectProcurements';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { formatBp, formatCents, formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';

const PAGE = 10;

/** The project's procedures: type (ANAC code), amounts, savings, lots with CIG, awards and contracts. */
export function ProcurementsTab({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const pager = useCursorPages(projectID);
  const [{ data, error, fetching }, reexecute] = useProjectProcurements(projectID, PAGE, pager.after);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  if (fetching && !node) return <Loading />;
  if (!node) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const list = nodesOf(node.procurements);

  return (
    <div data-testid="procurements">
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {list.length === 0 && <div className="alert alert-info" role="status">{t('procurement.none')}</div>}
      {list.map((p) => {
        const lots = nodesOf(p.lots);
        return (
          <article key={p.id} className="border rounded p-3 mb-4" aria-labelledby={`pc-${p.id}`} data-testid="procurement">
            <div>
              <div className="d-flex flex-wrap justify-content-between gap-2">
                <h3 id={`pc-${p.id}`} className="h5 mb-1">{p.title}</h3>
                <Badge group="procurementStatus" value={p.status} />
              </div>
              <p className="mb-2">
                {t('procurement.procedure', { code: p.anacCode, label: p.procedureLabel })} · {t(`objectType.${p.objectType}`)}
                {p.frameworkReference ? ` · ${p.frameworkReference}` : ''}
              </p>
              <dl className="row small mb-2">
                <dt className="col-sm-4 col-lg-3">{t('procurement.runningBody')}</dt>
                <dd className="col-sm-8 col-lg-9">{p.runningBody.name}</dd>
                {p.legalBasis && (
                  <>
                    <dt className="col-sm-4 col-lg-3">{t('procurement.legalBasis')}</dt>
                    <dd className="col-sm-8 col-lg-9">{p.legalBasis}</dd>
                  </>
                )}
                {p.rupName && (
                  <>
                    <dt className="col-sm-4 col-lg-3">{t('procurement.rup')}</dt>
                    <dd className="col-sm-8 col-lg-9">{p.rupName}</dd>
                  </>
                )}
              </dl>
              <div className="row g-3 mb-3" data-testid="savings">
                <Amount label={t('procurement.base')} value={formatCents(p.baseCents)} />
                <Amount label={t('procurement.award')} value={p.savings.awardCents == null ? '—' : formatCents(p.savings.awardCents)} />
                <Amount
                  label={t('procurement.savings')}
                  value={p.savings.savingsCents == null ? '—' : `${formatCents(p.savings.savingsCents)} (${formatBp(p.savings.savingsBp)})`}
                  testid="savings-amount"
                />
                {p.savings.jointSavingsCents != null && (
                  <Amount
                    label={t('procurement.jointSavings')}
                    value={`${formatCents(p.savings.jointSavingsCents)} (${formatBp(p.savings.jointSavingsBp)})`}
                    hint={t('procurement.jointSavingsHint', { amount: formatCents(p.separateEstimateCents) })}
                  />
                )}
              </div>
              {lots.length > 0 && (
                <div className="table-responsive">
                  <table className="table table-sm align-middle small mb-0">
                    <caption className="visually-hidden">{t('procurement.lotsCaption', { title: p.title })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('procurement.lot')}</th>
                        <th scope="col">CIG</th>
                        <th scope="col" className="text-end">{t('procurement.base')}</th>
                        <th scope="col" className="text-end">{t('procurement.award')}</th>
                        <th scope="col">{t('procurement.vendor')}</th>
                        <th scope="col">{t('procurement.contract')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {lots.map((l) => {
                        const contracts = nodesOf(l.contracts);
                        return (
                          <tr key={l.id}>
                            <th scope="row" className="fw-normal">{l.number}. {l.title}</th>
                            <td><code>{l.cig}</code></td>
                            <td className="text-end text-nowrap">{formatCents(l.baseCents)}</td>
                            <td className="text-end text-nowrap">
                              {l.awardCents == null ? '—' : formatCents(l.awardCents)}
                              {l.awardedOn && <div className="text-secondary">{formatDate(l.awardedOn)}</div>}
                            </td>
                            <td>
                              {l.awardedVendor ? (
                                <>
                                  {l.awardedVendor.name}
                                  {l.awardedVendor.vatID && <div className="text-secondary">{t('procurement.vat', { vat: l.awardedVendor.vatID })}</div>}
                                </>
                              ) : (
                                '—'
                              )}
                            </td>
                            <td>
                              {contracts.length === 0
                                ? t('procurement.noContract')
                                : contracts.map((c) => (
                                    <div key={c.id}>
                                      {c.reference ?? t('procurement.contract')}
                                      {c.signedOn ? ` · ${formatDate(c.signedOn)}` : ''}
                                      <div className="text-secondary">
                                        {t('procurement.contractAmounts', { net: formatCents(c.netCents), vat: formatCents(c.vatCents) })} ·{' '}
                                        {t(`splitMethod.${c.splitMethod}`)}
                                      </div>
                                    </div>
                                  ))}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          </article>
        );
      })}
      <ConnectionPager label={t('procurement.pages')} pager={pager} connection={node.procurements} pageSize={PAGE} disabled={fetching} />
    </div>
  );
}

function Amount({ label, value, hint, testid }: { label: string; value: string; hint?: string; testid?: string }) {
  return (
    <div className="col-6 col-lg-3">
      <div className="border rounded p-2 h-100">
        <div className="small text-secondary">{label}</div>
        <div className="fw-semibold text-nowrap" data-testid={testid}>{value}</div>
        {hint && <div className="small text-secondary">{hint}</div>}
      </div>
    </div>
  );
}
