import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router-dom';
import type { Me } from '../layout/AppLayout';
import { MeCard } from './MeCard';
import { ApplicationsTable } from './ApplicationsTable';
import { useAttentionApplications } from './useAttentionApplications';
import { isRegionOnly, workingAggregations } from './roles';
import { QueryError } from '../../components/QueryError';
import { Loading } from '../../components/Loading';
import type { ApplicationWhereInput } from '../../gql/graphql';

/** Home: who I am, and the applications that need my attention. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useOutletContext<Me>();
  const assignments = useMemo(
    () => (me.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])),
    [me],
  );
  const aggregations = workingAggregations(assignments);
  const regionOnly = isRegionOnly(assignments);
  // The server already limits what each role reaches; the filter says what
  // is worth attention: a Region sees applications once they are submitted.
  const where = useMemo<ApplicationWhereInput>(() => {
    if (regionOnly) return { statusNEQ: 'DRAFT' };
    if (aggregations.length > 0) return { aggregationIDIn: aggregations.map((a) => a.id) };
    return {};
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [regionOnly, aggregations.map((a) => a.id).join(',')]);
  const [{ data, error, fetching }, reexecute] = useAttentionApplications(where);
  const rows = (data?.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  return (
    <>
      <h1 className="h2 mb-4">{t('home.title', { name: me.displayName })}</h1>
      <div className="row">
        <div className="col-12 col-lg-4">
          <MeCard me={me} />
        </div>
        <div className="col-12 col-lg-8">
          <section aria-labelledby="attention-title">
            <h2 id="attention-title" className="h4">{t('home.attention')}</h2>
            <p>{regionOnly ? t('home.officerIntro') : t('home.leadIntro')}</p>
            {aggregations.length > 0 && (
              <ul className="list-inline">
                {aggregations.map((a) => (
                  <li key={a.id} className="list-inline-item">
                    <Link className="btn btn-outline-primary btn-sm" to={`/aggregazioni/${a.id}`}>
                      {t('home.openAggregation', { name: a.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {fetching && !data && <Loading />}
            <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
            {data && rows.length === 0 && (
              <div className="alert alert-info" role="status" data-testid="no-applications">
                {t('home.noApplications')}
              </div>
            )}
            {rows.length > 0 && <ApplicationsTable rows={rows} caption={t('home.attention')} />}
          </section>
        </div>
      </div>
    </>
  );
}
