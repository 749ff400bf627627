import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import { useProjectContext } from '../projects/ProjectPage';
import { VariationBadge } from './VariationBadge';
import { useProjectVariations } from './useVariations';

/** The project's variations and plan versions (/progetti/:id/variazioni); the lead starts a new one here. */
export function VariationsTab() {
  const { t } = useTranslation();
  const { project: p, isLead } = useProjectContext();
  const [{ data, error, fetching }, reexecute] = useProjectVariations(p.id);
  if (fetching && !data) return <Loading />;
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  if (!node) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const variations = nodesOf(node.variations);
  const open = p.status === 'ACTIVE' || p.status === 'SUSPENDED';
  return (
    <div data-testid="variations">
      <p className="small">{t('variation.intro')}</p>
      {isLead && open && (
        <p><Link to={`/progetti/${p.id}/variazioni/nuova`} className="btn btn-primary" data-testid="variation-new">{t('variation.new')}</Link></p>
      )}
      {variations.length === 0 ? (
        <div className="alert alert-info" role="status">{t('variation.none')}</div>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('variation.listCaption')}>
          <table className="table" data-testid="variations-table">
            <caption className="visually-hidden">{t('variation.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('variation.number')}</th>
                <th scope="col">{t('variation.kinds')}</th>
                <th scope="col">{t('variation.status')}</th>
                <th scope="col">{t('variation.submittedAt')}</th>
                <th scope="col">{t('variation.decidedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {variations.map((v) => (
                <tr key={v.id} data-testid="variation-row" data-variation={v.id}>
                  <th scope="row"><Link to={`/progetti/${p.id}/variazioni/${v.id}`}>{t('variation.numbered', { number: v.number })}</Link></th>
                  <td>
                    {v.kinds.map((k) => t(`variationKind.${k}`)).join(', ')}
                    <span className="d-block small text-truncate" style={{ maxWidth: '28rem' }}>{v.reason}</span>
                  </td>
                  <td><VariationBadge status={v.status} /></td>
                  <td>{formatDate(v.submittedAt)}</td>
                  <td>{formatDate(v.decidedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="h4 mt-4">{t('variation.versions')}</h3>
      {node.planVersions.length === 0 ? (
        <p className="small" data-testid="plan-versions-none">{t('variation.noVersions')}</p>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('variation.versions')}>
          <table className="table table-sm" data-testid="plan-versions">
            <caption className="visually-hidden">{t('variation.versions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('variation.version')}</th>
                <th scope="col">{t('variation.effectiveFrom')}</th>
                <th scope="col">{t('variation.endsOn')}</th>
                <th scope="col">{t('variation.madeBy')}</th>
              </tr>
            </thead>
            <tbody>
              {node.planVersions.map((pv) => (
                <tr key={pv.id} data-testid="plan-version" data-number={pv.number}>
                  <th scope="row">{pv.number}</th>
                  <td>{formatDate(pv.effectiveFrom)}</td>
                  <td>{formatDate(pv.endsOn)}</td>
                  <td>
                    {pv.variation ? (
                      <Link to={`/progetti/${p.id}/variazioni/${pv.variation.id}`}>{t('variation.numbered', { number: pv.variation.number })}</Link>
                    ) : t('variation.atFunding')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
