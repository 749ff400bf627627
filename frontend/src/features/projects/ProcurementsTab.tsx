import { Fragment, Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectProcurements } from './useProjectProcurements';
import { useProjectSetup } from '../procurements/useProcurementActions';
import { ProcurementActions } from '../procurements/ProcurementActions';
import { Badge } from '../../components/Badge';
import { Downloads } from '../../components/Downloads';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { formatBp, formatCents, formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';

const PAGE = 10;

// The lead's forms load on first use.
const NewProcurementForm = lazy(() => import('../procurements/NewProcurementForm').then((m) => ({ default: m.NewProcurementForm })));
const LotForm = lazy(() => import('../procurements/LotForm').then((m) => ({ default: m.LotForm })));
const AwardLotForm = lazy(() => import('../procurements/AwardLotForm').then((m) => ({ default: m.AwardLotForm })));
const SignContractForm = lazy(() => import('../contracts/SignContractForm').then((m) => ({ default: m.SignContractForm })));
const ContractPanel = lazy(() => import('../contracts/ContractPanel').then((m) => ({ default: m.ContractPanel })));

/** Which form is open: one at a time. */
type Open = { kind: 'new' } | { kind: 'lot'; id: string } | { kind: 'award'; id: string } | { kind: 'contract'; id: string } | { kind: 'shares'; id: string } | null;

/**
 * The project's procedures: type (ANAC code), amounts, savings, lots with
 * CIG, awards and contracts with their split across members. The lead
 * records procedures, lots, awards and contracts here.
 */
export function ProcurementsTab({ projectID, canManage = false }: { projectID: string; canManage?: boolean }) {
  const { t } = useTranslation();
  const pager = useCursorPages(projectID);
  const [{ data, error, fetching }, reexecute] = useProjectProcurements(projectID, PAGE, pager.after);
  const [{ data: setupData }] = useProjectSetup(projectID, !canManage);
  const [open, setOpen] = useState<Open>(null);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const setup = setupData?.node?.__typename === 'Project' ? setupData.node : null;
  if (fetching && !node) return <Loading />;
  if (!node) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const list = nodesOf(node.procurements);
  const manage = canManage && setup?.status === 'ACTIVE';
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const done = () => {
    setOpen(null);
    reload();
  };
  const is = (kind: NonNullable<Open>['kind'], id?: string) => open?.kind === kind && (id == null || ('id' in open && open.id === id));

  return (
    <div data-testid="procurements">
      <QueryError error={error} onRetry={reload} />
      {manage && setup && (
        <div className="mb-4">
          {is('new') ? (
            <Suspense fallback={<Loading />}>
              <NewProcurementForm projectID={projectID} setup={setup} onDone={done} onCancel={() => setOpen(null)} />
            </Suspense>
          ) : (
            <button type="button" className="btn btn-primary btn-sm" onClick={() => setOpen({ kind: 'new' })}>{t('procurementForm.open')}</button>
          )}
        </div>
      )}
      <Downloads
        title={t('transparency.title')}
        testid="transparency-downloads"
        items={[
          { href: `/exports/projects/${projectID}/trasparenza.xlsx`, label: t('transparency.table'), format: 'XLSX' },
          { href: `/exports/projects/${projectID}/trasparenza.csv`, label: t('transparency.table'), format: 'CSV' },
        ]}
      />
      <p className="small mb-4" data-testid="transparency-note">{t('transparency.note')}</p>
      {list.length === 0 && <div className="alert alert-info" role="status">{t('procurement.none')}</div>}
      {list.map((p) => {
        const lots = nodesOf(p.lots);
        const lotsBase = lots.reduce((s, l) => s + l.baseCents, 0);
        const canAddLot = manage && (p.status === 'PLANNED' || p.status === 'PUBLISHED') && lotsBase < p.baseCents;
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
                {(p.beneficiaries?.length ?? 0) > 0 && (
                  <>
                    <dt className="col-sm-4 col-lg-3">{t('procurement.beneficiaries')}</dt>
                    <dd className="col-sm-8 col-lg-9">{t('procurement.beneficiariesCount', { count: p.beneficiaries?.length ?? 0 })}</dd>
                  </>
                )}
              </dl>
              {(p.thresholdWarnings?.length ?? 0) > 0 && (
                <div className="alert alert-warning small py-2" data-testid="procurement-warnings">
                  <strong>{t('procurement.warnings')}</strong>
                  <ul className="mb-0">{p.thresholdWarnings?.map((w, i) => <li key={i}>{w}</li>)}</ul>
                </div>
              )}
              {manage && <ProcurementActions id={p.id} title={p.title} status={p.status} onDone={reload} />}
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
                <div className="table-responsive" tabIndex={0} role="region" aria-label={t('procurement.lotsCaption', { title: p.title })}>
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
                        {manage && <th scope="col"><span className="visually-hidden">{t('procurement.actions')}</span></th>}
                      </tr>
                    </thead>
                    <tbody>
                      {lots.map((l) => {
                        const contracts = nodesOf(l.contracts);
                        const cols = manage ? 7 : 6;
                        return (
                          <Fragment key={l.id}>
                          <tr data-testid="lot" data-cig={l.cig}>
                            <th scope="row" className="fw-normal">{l.number}. {l.title}</th>
                            <td>
                              <code>{l.cig}</code>
                              {l.legacyCigAcknowledged && <div className="text-secondary" data-testid="lot-legacy-cig">{t('procurement.legacyCig')}</div>}
                            </td>
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
                                    <div key={c.id} data-testid="contract">
                                      {c.reference ?? t('procurement.contract')}
                                      {c.signedOn ? ` · ${formatDate(c.signedOn)}` : ''}
                                      <div className="text-secondary">
                                        {t('procurement.contractAmounts', { net: formatCents(c.netCents), vat: formatCents(c.vatCents) })} ·{' '}
                                        {c.splitMethod === 'POPULATION' && c.populationYear
                                          ? t('population.split', { year: c.populationYear })
                                          : t(`splitMethod.${c.splitMethod}`)}
                                      </div>
                                      <button type="button" className="btn btn-link btn-sm p-0" aria-expanded={is('shares', c.id)}
                                        onClick={() => setOpen(is('shares', c.id) ? null : { kind: 'shares', id: c.id })}>
                                        {t('procurement.sharesAndDocuments')}
                                        <span className="visually-hidden"> – {c.reference ?? l.cig}</span>
                                      </button>
                                    </div>
                                  ))}
                            </td>
                            {manage && (
                              <td>
                                {l.awardCents == null && (
                                  <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" aria-expanded={is('award', l.id)}
                                    onClick={() => setOpen(is('award', l.id) ? null : { kind: 'award', id: l.id })}>
                                    {t('procurement.award_action')}<span className="visually-hidden"> – CIG {l.cig}</span>
                                  </button>
                                )}
                                {l.awardCents != null && contracts.length === 0 && (
                                  <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" aria-expanded={is('contract', l.id)}
                                    onClick={() => setOpen(is('contract', l.id) ? null : { kind: 'contract', id: l.id })}>
                                    {t('procurement.sign_action')}<span className="visually-hidden"> – CIG {l.cig}</span>
                                  </button>
                                )}
                              </td>
                            )}
                          </tr>
                          {(is('award', l.id) || is('contract', l.id) || contracts.some((c) => is('shares', c.id))) && (
                            <tr>
                              <td colSpan={cols}>
                                <Suspense fallback={<Loading />}>
                                  {is('award', l.id) && <AwardLotForm lot={l} onDone={done} onCancel={() => setOpen(null)} />}
                                  {is('contract', l.id) && setup && (
                                    <SignContractForm lot={l} beneficiaries={p.beneficiaries ?? []} setup={setup} onDone={done} onCancel={() => setOpen(null)} />
                                  )}
                                  {contracts.filter((c) => is('shares', c.id)).map((c) => <ContractPanel key={c.id} contractID={c.id} canManage={manage} />)}
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
              {canAddLot && (
                is('lot', p.id) ? (
                  <Suspense fallback={<Loading />}>
                    <LotForm procurementID={p.id} leftCents={p.baseCents - lotsBase} onDone={done} onCancel={() => setOpen(null)} />
                  </Suspense>
                ) : (
                  <button type="button" className="btn btn-outline-primary btn-sm mt-2" onClick={() => setOpen({ kind: 'lot', id: p.id })}>
                    {t('procurement.addLot')}<span className="visually-hidden"> – {p.title}</span>
                  </button>
                )
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
