import { Suspense, lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MeCard } from './MeCard';
import { ApplicationsTable } from './ApplicationsTable';
import { LeadAttention } from './LeadAttention';
import { ReviewQueue } from './ReviewQueue';
import { OfficerAttention } from './OfficerAttention';
import { useAttentionApplications } from './useAttentionApplications';
import { isRegionOnly, workingAggregations } from './roles';
import { useViewer } from '../auth/useViewer';
import { ProjectsList } from '../projects/ProjectsList';
import { MyDeadlines } from '../deadlines/DeadlineList';
import { QueryError } from '../../components/QueryError';
import { Loading } from '../../components/Loading';
import type { ApplicationWhereInput } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

// Only member referents see their dashboard: its code loads for them alone.
const MemberLate = lazy(() => import('../member/MemberDashboard').then((m) => ({ default: m.MemberLate })));
// A person without roles (just signed in with SPID or CIE) asks for one.
const MyAccessSection = lazy(() => import('../access/AccessPages').then((m) => ({ default: m.MyAccessSection })));
const MemberDashboard = lazy(() => import('../member/MemberDashboard').then((m) => ({ default: m.MemberDashboard })));

/**
 * Home: who I am, my projects, and what needs my attention, by role —
 * lead: late items, flagged invoices, claims to finish; member referent:
 * its late deliverables, then its allocation and deliverables; auditor: the
 * review queue; officer: the applications received.
 */
/** The first name of a display name ("Laura Neroni" → "Laura"), for the greeting. */
function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] || displayName;
}

export function HomePage() {
  const { t } = useTranslation();
  const { me, viewer } = useViewer();
  useDocumentTitle([t('shell.nav.home')]);
  const assignments = useMemo(
    () => (me.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])),
    [me],
  );
  const aggregations = workingAggregations(assignments);
  const regionOnly = isRegionOnly(assignments);
  const auditorOnly = regionOnly && viewer.isAuditor && !viewer.isOfficer;
  // The server already limits what each role reaches; the filter says what
  // is worth attention: a Region sees applications once they are submitted.
  const where = useMemo<ApplicationWhereInput>(() => {
    if (regionOnly) return { statusNEQ: 'DRAFT' };
    if (aggregations.length > 0) return { aggregationIDIn: aggregations.map((a) => a.id) };
    return {};
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [regionOnly, aggregations.map((a) => a.id).join(',')]);
  const [{ data, error, fetching }, reexecute] = useAttentionApplications(where, auditorOnly);
  const rows = (data?.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const leadIDs = useMemo(() => viewer.leadOf.map((a) => a.id), [viewer]);

  if (assignments.length === 0) {
    return (
      <>
        <h1 className="h2 mb-3">{t('home.title', { name: firstName(me.displayName) })}</h1>
        <Suspense fallback={<Loading />}>
          <MyAccessSection noRole />
        </Suspense>
      </>
    );
  }
  return (
    <>
      <h1 className="h2 mb-3">{t('home.title', { name: firstName(me.displayName) })}</h1>
      {/* A member referent's own figures come first, above the fold; the aggregation's after. */}
      {viewer.memberOf.length > 0 && (
        <Suspense fallback={<Loading />}>
          {viewer.memberOf.map((m) => (
            <MemberDashboard key={m.body.id} aggregation={m.aggregation} body={m.body} />
          ))}
        </Suspense>
      )}
      <div className="row">
        <div className="col-12 col-lg-4">
          <MeCard me={me} />
          <ProjectsList />
        </div>
        <div className="col-12 col-lg-8">
          <section aria-labelledby="attention-title">
            <h2 id="attention-title" className="h4">{t('home.attention')}</h2>
            {!viewer.isAdmin && <MyDeadlines />}
            {(viewer.isOfficer || viewer.isAdmin) && <OfficerAttention />}
            {viewer.isAdmin && (
              <div className="callout note mb-4" data-testid="admin-attention">
                <p className="mb-0">
                  {t('home.adminIntro')} <Link to="/amministrazione">{t('home.adminLink')}</Link>
                </p>
              </div>
            )}
            {leadIDs.length > 0 && <LeadAttention aggregationIDs={leadIDs} />}
            {viewer.memberOf.length > 0 && (
              <Suspense fallback={<Loading />}>
                {viewer.memberOf.map((m) => (
                  <MemberLate key={m.body.id} aggregation={m.aggregation} body={m.body} />
                ))}
              </Suspense>
            )}
            {(viewer.isAuditor || viewer.isAdmin) && <ReviewQueue />}
            {!auditorOnly && (
              <section aria-labelledby="applications-title">
                <h3 id="applications-title" className="h5">{t('home.applications')}</h3>
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
                {rows.length > 0 && <ApplicationsTable rows={rows} caption={t('home.applications')} />}
              </section>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
