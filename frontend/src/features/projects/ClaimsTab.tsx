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
import { DataTable } from '../../components/DataTable';
import { textLimits } from '../../lib/textLimits';

/** The project's expense claims with status and outcome; the lead opens a new one here. */
export function ClaimsTab({ projectID, canManage }: { projectID: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useProjectClaims(projectID);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const claims = nodesOf(node?.expenseClaims);
  /** An amount of the claim's review once it is completed, else a dash. */
  const reviewed = (c: (typeof claims)[number], amount: (r: { admittedCents: number; cutCents: number }) => number) => {
    const review = nodesOf(c.reviews)[0];
    return review?.completedAt ? formatCents(amount(review)) : '—';
  };

  return (
    <div data-testid="claims">
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && claims.length === 0 && <div className="alert alert-info" role="status">{t('claim.none')}</div>}
      {claims.length > 0 && (
        <DataTable
          caption={t('claim.caption')}
          className="table table-sm align-middle"
          testid="claim-list"
          rows={claims}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ 'data-testid': 'claim-row', 'data-number': c.number })}
          columns={[
            { key: 'number', header: t('claim.number'), rowHeader: true, className: 'fw-normal', cell: (c) => <Link to={`/rendiconti/${c.id}`}>{t('claim.title', { number: c.number })}</Link> },
            { key: 'period', header: t('claim.period'), cell: (c) => t('claim.periodRange', { from: formatDate(c.periodStart), to: formatDate(c.periodEnd) }) },
            { key: 'status', header: t('claim.status'), cell: (c) => <Badge group="claimStatus" value={c.status} /> },
            { key: 'items', header: t('claim.items'), numeric: true, cell: (c) => c.items.totalCount },
            { key: 'submittedAt', header: t('claim.submittedAt'), cell: (c) => formatDate(c.submittedAt) || '—' },
            { key: 'admitted', header: t('claim.admitted'), numeric: true, className: 'text-nowrap', cell: (c) => reviewed(c, (r) => r.admittedCents) },
            { key: 'cut', header: t('claim.cut'), numeric: true, className: 'text-nowrap', cell: (c) => reviewed(c, (r) => r.cutCents) },
          ]}
        />
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
        {(p) => <textarea {...p} rows={4} maxLength={textLimits.claimNarrative} value={narrative} onChange={(e) => setNarrative(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary me-2" disabled={fetching} aria-busy={fetching}>{t('claim.create')}</button>
      <button type="button" className="btn btn-outline-secondary" onClick={() => setOpen(false)}>{t('app.cancel')}</button>
    </form>
  );
}
