import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Me } from '../layout/AppLayout';
import { Loading } from '../../components/Loading';
import { isRegionOnly } from './roles';

const ProfileForm = lazy(() => import('../profile/ProfileForm').then((m) => ({ default: m.ProfileForm })));

/** Who the user is (name, position, e-mail; the first two editable) and what it may act on: each role with the names of its scope. */
export function MeCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const assignments = (me.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section className="card-wrapper h-auto mb-4" aria-labelledby="me-title">
      <div className="card card-bg">
        <div className="card-body">
          <h2 id="me-title" className="h4 card-title">{t('home.me')}</h2>
          <p className="mb-1"><strong data-testid="me-name">{me.displayName}</strong></p>
          {me.jobTitle && <p className="mb-1" data-testid="me-job-title">{me.jobTitle}</p>}
          <p className="text-secondary">{me.email}</p>
          {editing ? (
            <Suspense fallback={<Loading />}>
              <ProfileForm userID={me.id} displayName={me.displayName} jobTitle={me.jobTitle} version={me.version} own onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
            </Suspense>
          ) : (
            <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={() => setEditing(true)}>{t('profile.edit')}</button>
          )}
          <h3 className="h6">{t('home.roles')}</h3>
          {assignments.length === 0 ? (
            <p>{t('home.noRoles')}</p>
          ) : (
            <ul className="list-unstyled mb-0" data-testid="roles">
              {assignments.map((a) => {
                const scopes: React.ReactNode[] = [];
                if (a.regionBody) scopes.push(a.regionBody.name);
                if (a.aggregation)
                  scopes.push(
                    <Link key="agg" to={`/aggregazioni/${a.aggregation.id}`}>
                      {t('home.aggregationScope', { name: a.aggregation.name })}
                    </Link>,
                  );
                if (a.body) scopes.push(a.body.name);
                if (a.role === 'ADMIN') scopes.push(t('home.allScopes'));
                return (
                  <li key={a.id} className="mb-1">
                    <span className="badge bg-primary me-2">{t(`roles.${a.role}`)}</span>
                    {scopes.map((s, i) => (
                      <span key={i}>
                        {i > 0 && ' · '}
                        {s}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          )}
          <p className="mt-3 mb-0 small" data-testid="me-access-links">
            <Link to="/accesso">{t('home.askRole')}</Link>
            {!isRegionOnly(assignments) && (
              <>
                {' · '}
                <Link to="/accesso?richiesta=aggregazione">{t('home.formAggregation')}</Link>
              </>
            )}
          </p>
        </div>
      </div>
    </section>
  );
}
