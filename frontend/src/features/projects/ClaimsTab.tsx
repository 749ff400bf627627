import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCreateExpenseClaim, useProjectClaims } from './useProjectClaims';
import { focusFirst } from './PaymentForm';
import { Badge } from '../../components/Badge';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

/** The project's expense claims with status and outcome; the lead opens a new one here. */
export function ClaimsTab({ projectID, canManage }: { projectID: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useProjectClaims(projectID);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const claims = nodesOf(node?.expenseClaims);

  return (
    <div data-testid="claims">
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && claims.length === 0 && <div className="alert alert-info" role="status">{t('claim.none')}</div>}
      {claims.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm align-middle" data-testid="claim-list">
            <caption className="visually-hidden">{t('claim.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claim.number')}</th>
                <th scope="col">{t('claim.period')}</th>
                <th scope="col">{t('claim.status')}</th>
                <th scope="col" className="text-end">{t('claim.items')}</th>
                <th scope="col">{t('claim.submittedAt')}</th>
                <th scope="col" className="text-end">{t('claim.admitted')}</th>
                <th scope="col" className="text-end">{t('claim.cut')}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => {
                const review = nodesOf(c.reviews)[0];
                const closed = review?.completedAt;
                return (
                  <tr key={c.id} data-testid="claim-row" data-number={c.number}>
                    <th scope="row" className="fw-normal">
                      <Link to={`/rendiconti/${c.id}`}>{t('claim.title', { number: c.number })}</Link>
                    </th>
                    <td>{t('claim.periodRange', { from: formatDate(c.periodStart), to: formatDate(c.periodEnd) })}</td>
                    <td><Badge group="claimStatus" value={c.status} /></td>
                    <td className="text-end">{c.items.totalCount}</td>
                    <td>{formatDate(c.submittedAt) || '—'}</td>
                    <td className="text-end text-nowrap">{closed ? formatCents(review.admittedCents) : '—'}</td>
                    <td className="text-end text-nowrap">{closed ? formatCents(review.cutCents) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canManage && <NewClaimForm projectID={projectID} />}
    </div>
  );
}

/** Opens a draft claim for a period, then goes to it to pick the expenses. */
function NewClaimForm({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const errorsRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [narrative, setNarrative] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, create] = useCreateExpenseClaim();
  const fields = ['periodStart', 'periodEnd', 'narrative'];
  useEffect(() => {
    if (open) document.getElementById(`${id}-periodStart`)?.focus();
  }, [open, id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (!periodStart) local.push({ kind: 'INVALID', field: 'periodStart', rule: null, message: t('claim.errors.periodStart') });
    if (!periodEnd) local.push({ kind: 'INVALID', field: 'periodEnd', rule: null, message: t('claim.errors.periodEnd') });
    if (periodStart && periodEnd && periodEnd < periodStart)
      local.push({ kind: 'INVALID', field: 'periodEnd', rule: null, message: t('claim.errors.periodOrder') });
    setErrors(local);
    if (local.length) {
      focusFirst(id, local);
      return;
    }
    const res = await create({ projectID, input: { periodStart, periodEnd, narrative: narrative.trim() || null } });
    if (res.error || !res.data) {
      const list = serverErrors(res.error);
      setErrors(list);
      if (list.some((x) => x.field && fields.includes(x.field))) focusFirst(id, list);
      else errorsRef.current?.focus();
      return;
    }
    navigate(`/rendiconti/${res.data.createExpenseClaim.id}`);
  }

  if (!open) {
    return (
      <button type="button" className="btn btn-primary" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('claim.new')}
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mt-3" aria-labelledby={`${id}-title`} data-testid="new-claim">
      <h3 id={`${id}-title`} className="h5">{t('claim.new')}</h3>
      <p className="small">{t('claim.newIntro')}</p>
      <FormErrors ref={errorsRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-periodStart`} label={t('claim.periodStart')} error={fieldError(errors, 'periodStart')} required>
            {(p) => <input {...p} type="date" value={periodStart} onChange={(e) => setPeriodStart(e.target.value)} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-periodEnd`} label={t('claim.periodEnd')} error={fieldError(errors, 'periodEnd')} required>
            {(p) => <input {...p} type="date" value={periodEnd} onChange={(e) => setPeriodEnd(e.target.value)} />}
          </Field>
        </div>
      </div>
      <Field id={`${id}-narrative`} label={t('claim.narrative')} hint={t('claim.narrativeHint')} error={fieldError(errors, 'narrative')}>
        {(p) => <textarea {...p} rows={4} value={narrative} onChange={(e) => setNarrative(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary me-2" disabled={fetching} aria-busy={fetching}>{t('claim.create')}</button>
      <button type="button" className="btn btn-outline-secondary" onClick={() => setOpen(false)}>{t('app.cancel')}</button>
    </form>
  );
}
