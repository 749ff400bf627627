import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useAggregationBodies, useGrantRole, useRevokeRole, useRoleScopes, useUserDetail } from './useAdmin';
import { roleScope, type Role } from './roleScope';
import { useViewer } from '../auth/useViewer';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageError } from '../../components/PageError';
import { serverErrors, type ServerError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import { ProfileForm } from '../profile/ProfileForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

const ROLES: Role[] = ['ADMIN', 'REGION_OFFICER', 'AUDITOR', 'LEAD_MANAGER', 'MEMBER_REFERENT'];

/** A user: its roles with their scopes, revoke and grant. Admins only. */
export function UserPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [{ data, error, fetching }, reexecute] = useUserDetail(id);
  useDocumentTitle([data?.node?.__typename === 'User' ? data.node.displayName : undefined, t('admin.title')]);
  const [{ fetching: revoking }, revokeRole] = useRevokeRole();
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [editing, setEditing] = useState(false);
  const errorsRef = useRef<HTMLDivElement>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (!viewer.isAdmin) {
    return <div className="alert alert-warning" role="alert" data-error-kind="FORBIDDEN">{t('errors.FORBIDDEN')}</div>;
  }
  if (fetching && !data) return <Loading />;
  const u = data?.node;
  if (!u || u.__typename !== 'User') return <PageError error={error} onRetry={refresh} />;
  const roles = nodesOf(u.roleAssignments);

  async function revoke(rid: string) {
    const r = await revokeRole({ id: rid });
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length) setTimeout(() => errorsRef.current?.focus(), 0);
    else refresh();
  }

  return (
    <>
      <Breadcrumb trail={[{ to: '/amministrazione', label: t('admin.title') }]} current={u.displayName} />
      <h1 className="h2">{u.displayName}</h1>
      {params.has('creato') && <div className="alert alert-success" role="status" data-testid="user-created">{t('admin.created')}</div>}
      {u.jobTitle && <p className="mb-1" data-testid="user-job-title">{u.jobTitle}</p>}
      <p>{u.email} · {u.active ? t('admin.active') : t('admin.inactive')} · {t('admin.lastSignIn', { date: formatDate(u.lastSignInAt) || '—' })}</p>
      {editing ? (
        <ProfileForm userID={u.id} displayName={u.displayName} jobTitle={u.jobTitle} version={u.version} onDone={() => { setEditing(false); refresh(); }} onCancel={() => setEditing(false)} />
      ) : (
        <button type="button" className="btn btn-outline-primary btn-sm mb-4" onClick={() => setEditing(true)}>{t('profile.edit')}</button>
      )}
      <section aria-labelledby="roles-title" className="mb-4">
        <h2 id="roles-title" className="h4">{t('admin.roles')}</h2>
        <FormErrors ref={errorsRef} errors={errors} />
        {roles.length === 0 ? (
          <p data-testid="no-roles">{t('home.noRoles')}</p>
        ) : (
          <ul className="list-group" data-testid="user-roles">
            {roles.map((r) => (
              <li key={r.id} className="list-group-item d-flex justify-content-between align-items-center" data-testid="user-role" data-role={r.role}>
                <span>
                  <strong>{t(`roles.${r.role}`)}</strong>
                  {' · '}
                  {r.regionBody?.name ?? r.aggregation?.name ?? t('home.allScopes')}
                  {r.body && <> · {r.body.name}</>}
                  <span className="small ms-2">{t('admin.grantedOn', { date: formatDate(r.createdAt) })}</span>
                </span>
                <button type="button" className="btn btn-outline-danger btn-sm" disabled={revoking} onClick={() => void revoke(r.id)}>
                  {t('admin.revoke')}<span className="visually-hidden"> {t(`roles.${r.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <GrantRoleForm userID={u.id} onDone={refresh} />
    </>
  );
}

function GrantRoleForm({ userID, onDone }: { userID: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('REGION_OFFICER');
  const [region, setRegion] = useState('');
  const [aggregation, setAggregation] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [missing, setMissing] = useState<string | null>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [{ data: scopes }] = useRoleScopes();
  const [{ data: bodies }] = useAggregationBodies(role === 'MEMBER_REFERENT' ? aggregation : '');
  const [{ fetching }, grantRole] = useGrantRole();
  const need = roleScope(role);
  const regions = nodesOf(scopes?.publicBodies);
  const aggregations = nodesOf(scopes?.aggregations);
  const members = bodies?.node?.__typename === 'Aggregation' ? nodesOf(bodies.node.memberships).map((m) => m.body) : [];

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const input = {
      userID,
      role,
      regionBodyID: need.region ? region : null,
      aggregationID: need.aggregation ? aggregation : null,
      bodyID: need.body ? body : null,
    };
    const gap = (need.region && !region) || (need.aggregation && !aggregation) || (need.body && !body);
    setMissing(gap ? t('admin.grant.missingScope') : null);
    if (gap) return;
    const r = await grantRole({ input });
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length) setTimeout(() => errorsRef.current?.focus(), 0);
    else onDone();
  }

  return (
    <section aria-labelledby="grant-title" className="border rounded p-3">
      <h2 id="grant-title" className="h4">{t('admin.grant.title')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="grant-role">
        <FormErrors ref={errorsRef} errors={errors} />
        <div className="row">
          <div className="col-md-6 select-wrapper mt-3">
            <label htmlFor="grant-role">{t('admin.grant.role')}</label>
            <select id="grant-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
            </select>
          </div>
          {need.region && (
            <div className="col-md-6 select-wrapper mt-3">
              <label htmlFor="grant-region">{t('admin.grant.region')}</label>
              <select id="grant-region" value={region} onChange={(e) => setRegion(e.target.value)} aria-invalid={missing && !region ? true : undefined}>
                <option value="">{t('admin.grant.choose')}</option>
                {regions.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
            </div>
          )}
          {need.aggregation && (
            <div className="col-md-6 select-wrapper mt-3">
              <label htmlFor="grant-aggregation">{t('admin.grant.aggregation')}</label>
              <select id="grant-aggregation" value={aggregation} onChange={(e) => { setAggregation(e.target.value); setBody(''); }} aria-invalid={missing && !aggregation ? true : undefined}>
                <option value="">{t('admin.grant.choose')}</option>
                {aggregations.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </div>
          )}
          {need.body && (
            <div className="col-md-6 select-wrapper mt-3">
              <label htmlFor="grant-body">{t('admin.grant.body')}</label>
              <select id="grant-body" value={body} onChange={(e) => setBody(e.target.value)} disabled={!aggregation} aria-invalid={missing && !body ? true : undefined}>
                <option value="">{t('admin.grant.choose')}</option>
                {members.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
            </div>
          )}
        </div>
        {missing && <div className="invalid-feedback d-block" role="alert">{missing}</div>}
        <p className="small mt-3">{t(`admin.grant.scopeHint.${role}`)}</p>
        <button type="submit" className="btn btn-primary" disabled={fetching}>{t('admin.grant.submit')}</button>
      </form>
    </section>
  );
}
