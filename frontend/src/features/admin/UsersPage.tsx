import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { USERS_PAGE, useCreateUser, useUsersList } from './useAdmin';
import { useViewer } from '../auth/useViewer';
import { FailedJobs } from './FailedJobs';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { ConnectionPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { Breadcrumb } from '../../components/Breadcrumb';
import { QueryError } from '../../components/QueryError';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { DataTable } from '../../components/DataTable';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** Administration: the users (20 per page, searchable) and a form to create one. */
export function UsersPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  useDocumentTitle([t('admin.title')]);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setSearch(text.trim()), 300);
    return () => clearTimeout(h);
  }, [text]);
  const pager = useCursorPages(search);
  const [{ data, error, fetching }, reexecute] = useUsersList(pager.after, search);
  const rows = nodesOf(data?.users);

  if (!viewer.isAdmin) {
    return (
      <>
        <h1 className="h2">{t('admin.title')}</h1>
        <div className="alert alert-warning" role="alert" data-error-kind="FORBIDDEN">{t('errors.FORBIDDEN')}</div>
      </>
    );
  }
  return (
    <>
      <Breadcrumb current={t('admin.title')} />
      <h1 className="h2">{t('admin.title')}</h1>
      <div className="row">
        <section className="col-lg-8" aria-labelledby="users-title">
          <h2 id="users-title" className="h4">{t('admin.users', { count: data?.users.totalCount ?? 0 })}</h2>
          <div className="form-group mt-4 mb-3" role="search">
            <label htmlFor="users-search" className="active">{t('admin.search')}</label>
            <input id="users-search" type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
          </div>
          {fetching && !data && <Loading />}
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          {data && rows.length === 0 && <div className="alert alert-info" role="status">{t('admin.noUsers')}</div>}
          {rows.length > 0 && (
            <DataTable
              caption={t('admin.usersCaption')}
              className="table table-striped align-middle"
              testid="users"
              rows={rows}
              rowKey={(u) => u.id}
              rowProps={() => ({ 'data-testid': 'user-row' })}
              columns={[
                {
                  key: 'name',
                  header: t('admin.columns.name'),
                  rowHeader: true,
                  className: 'fw-normal',
                  cell: (u) => (
                    <>
                      <Link to={`/amministrazione/utenti/${u.id}`}>{u.displayName}</Link>
                      {!u.active && <span className="badge bg-secondary ms-2">{t('admin.inactive')}</span>}
                    </>
                  ),
                },
                { key: 'email', header: t('admin.columns.email'), cell: (u) => u.email },
                { key: 'roles', header: t('admin.columns.roles'), cell: (u) => nodesOf(u.roleAssignments).map((r) => t(`roles.${r.role}`)).join(', ') || '—' },
                { key: 'lastSignIn', header: t('admin.columns.lastSignIn'), cell: (u) => formatDate(u.lastSignInAt) || '—' },
              ]}
            />
          )}
          {data && <ConnectionPager label={t('admin.pages')} pager={pager} connection={data.users} pageSize={USERS_PAGE} disabled={fetching} />}
        </section>
        <div className="col-lg-4">
          <CreateUserForm />
        </div>
      </div>
      <FailedJobs />
    </>
  );
}

function CreateUserForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [v, setV] = useState({ email: '', displayName: '', jobTitle: '', password: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, createUser] = useCreateUser();
  const errorsRef = useRef<HTMLDivElement>(null);
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const bad: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) bad.email = t('admin.form.badEmail');
    if (!v.displayName.trim()) bad.displayName = t('calls.form.required');
    if (v.password.length < 10) bad.password = t('admin.form.shortPassword');
    setLocal(bad);
    if (Object.keys(bad).length) return;
    const r = await createUser({
      input: { email: v.email.trim().toLowerCase(), displayName: v.displayName.trim(), jobTitle: v.jobTitle.trim() || null, password: v.password },
    });
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length || !r.data) {
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    navigate(`/amministrazione/utenti/${r.data.createUser.id}?creato`);
  }

  const err = (k: string) => local[k] ?? fieldError(errors, k);
  return (
    <section aria-labelledby="new-user-title" className="border rounded p-3">
      <h2 id="new-user-title" className="h4">{t('admin.form.title')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="new-user">
        <FormErrors ref={errorsRef} errors={errors} shownFields={['email', 'displayName', 'jobTitle', 'password']} />
        <Field id="user-email" label={t('auth.email')} required error={err('email')}>
          {(p) => <input {...p} type="email" autoComplete="off" value={v.email} onChange={set('email')} />}
        </Field>
        <Field id="user-name" label={t('admin.form.displayName')} required error={err('displayName')}>
          {(p) => <input {...p} value={v.displayName} onChange={set('displayName')} />}
        </Field>
        <Field id="user-jobTitle" label={t('profile.jobTitle')} error={err('jobTitle')} hint={t('profile.jobTitleHint')}>
          {(p) => <input {...p} value={v.jobTitle} onChange={set('jobTitle')} maxLength={200} />}
        </Field>
        <Field id="user-password" label={t('admin.form.password')} required error={err('password')} hint={t('admin.form.passwordHint')}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={v.password} onChange={set('password')} />}
        </Field>
        <button type="submit" className="btn btn-primary" disabled={fetching}>{t('admin.form.submit')}</button>
      </form>
    </section>
  );
}
