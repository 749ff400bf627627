import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCallDetail, useCreateCall, useCreateExpenseCategory, useCreateInterventionLine, useUpdateCall } from './useCalls';
import { isoToRomeLocal, romeLocalToISO } from './romeTime';
import { useViewer } from '../auth/useViewer';
import { pucLines } from '../monitoring/pucSettings';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { PageError } from '../../components/PageError';
import { Breadcrumb } from '../../components/Breadcrumb';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatEuroInput, parseEuroToCents } from '../../lib/format';
import type { CallFund } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { textLimits } from '../../lib/textLimits';

const FUNDS: CallFund[] = ['FESR', 'FSE_PLUS', 'PNRR', 'FSC', 'REGIONAL', 'OTHER'];

/** The call's terms (days or months), with the largest value the server accepts. */
const TERMS = [
  ['cupDeadlineDays', 3650], ['contractDeadlineMonths', 120], ['reportingEveryMonths', 60],
  ['integrationDays', 365], ['decisionDays', 730], ['reviewDays', 365],
] as const;
type Term = (typeof TERMS)[number][0];
const NO_TERMS = Object.fromEntries(TERMS.map(([k]) => [k, ''])) as Record<Term, string>;
const clearKey = (k: Term) => `clear${k[0].toUpperCase()}${k.slice(1)}`;

type Values = {
  title: string; reference: string; description: string; fund: CallFund;
  totalBudget: string; capPerMember: string; capPerProject: string; minProject: string;
  cofinancingPct: string; minMembers: string; maxMembers: string; opensAt: string; closesAt: string; durationMonths: string;
  populationYear: string;
  /** The national monitoring codes (PUC), KEY=VALUE lines. */
  pucSettings: string;
} & Record<Term, string>;
type Row = { code: string; name: string; capPct: string };

const EMPTY: Values = {
  title: '', reference: '', description: '', fund: 'FESR', totalBudget: '', capPerMember: '', capPerProject: '', minProject: '',
  cofinancingPct: '100', minMembers: '', maxMembers: '', opensAt: '', closesAt: '', durationMonths: '', populationYear: '',
  pucSettings: '', ...NO_TERMS,
};

/** Creates a call (/bandi/nuovo) with its lines and categories, or edits a draft (/bandi/:id/modifica). */
export function CallFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useCallDetail(id ?? '', null, undefined);
  useDocumentTitle([id ? t('calls.form.editTitle') : t('calls.form.newTitle'), data?.node?.__typename === 'Call' ? data.node.title : undefined, t('calls.title')]);
  if (!id) return <CallForm />;
  if (fetching && !data) return <Loading />;
  const c = data?.node;
  if (!c || c.__typename !== 'Call') return <PageError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (c.status !== 'DRAFT') {
    return (
      <>
        <h1 className="h2">{c.title}</h1>
        <div className="alert alert-warning" role="alert">{t('calls.form.notDraft')}</div>
        <Link to={`/bandi/${c.id}`}>{t('calls.backToCall')}</Link>
      </>
    );
  }
  const cents = (x: number | null | undefined) => (x == null ? '' : formatEuroInput(x));
  return (
    <CallForm
      id={c.id}
      rowVersion={c.rowVersion}
      initial={{
        title: c.title, reference: c.reference ?? '', description: c.description ?? '', fund: c.fund,
        totalBudget: cents(c.totalBudgetCents), capPerMember: cents(c.capPerMemberCents), capPerProject: cents(c.capPerProjectCents),
        minProject: cents(c.minProjectCents), cofinancingPct: String(c.cofinancingRateBp / 100).replace('.', ','),
        minMembers: c.minMembers?.toString() ?? '', maxMembers: c.maxMembers?.toString() ?? '',
        opensAt: isoToRomeLocal(c.opensAt), closesAt: isoToRomeLocal(c.closesAt), durationMonths: c.durationMonths?.toString() ?? '',
        populationYear: c.populationYear?.toString() ?? '',
        pucSettings: c.pucSettings ?? '',
        ...(Object.fromEntries(TERMS.map(([k]) => [k, c[k]?.toString() ?? ''])) as Record<Term, string>),
      }}
    />
  );
}

function CallForm({ id, rowVersion, initial = EMPTY }: { id?: string; rowVersion?: number; initial?: Values }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useViewer();
  const regions = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of me.roleAssignments.edges ?? []) {
      const n = e?.node;
      if (n?.role === 'REGION_OFFICER' && n.regionBody) m.set(n.regionBody.id, n.regionBody.name);
    }
    return [...m];
  }, [me]);
  const [v, setV] = useState<Values>(initial);
  const [issuer, setIssuer] = useState(regions[0]?.[0] ?? '');
  const [lines, setLines] = useState<Row[]>(id ? [] : [{ code: 'A', name: '', capPct: '' }]);
  const [cats, setCats] = useState<Row[]>(id ? [] : [{ code: 'SERV', name: '', capPct: '' }]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [, createCall] = useCreateCall();
  const [, updateCall] = useUpdateCall();
  const [, createLine] = useCreateInterventionLine();
  const [, createCategory] = useCreateExpenseCategory();
  const dirty = !done && (JSON.stringify(v) !== JSON.stringify(initial) || lines.some((l) => l.name) || cats.some((c) => c.name));
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setV((x) => ({ ...x, [k]: e.target.value }));

  function read() {
    const bad: Record<string, string> = {};
    const money = (k: keyof Values, required = false) => {
      const s = v[k].trim();
      if (!s) {
        if (required) bad[k] = t('calls.form.required');
        return null;
      }
      const c = parseEuroToCents(s);
      if (c == null || c < 0) bad[k] = t('budget.notAnAmount');
      return c;
    };
    const int = (k: keyof Values) => {
      const s = v[k].trim();
      if (!s) return null;
      if (!/^\d+$/.test(s)) {
        bad[k] = t('calls.form.notANumber');
        return null;
      }
      return Number(s);
    };
    const pct = (s: string, key: string) => {
      if (!s.trim()) return null;
      const c = parseEuroToCents(s); // a percentage with two decimals reads like an amount: 12,5 → 1250 bp
      if (c == null || c < 0 || c > 10000) {
        bad[key] = t('calls.form.notAPercentage');
        return null;
      }
      return c;
    };
    if (!v.title.trim()) bad.title = t('calls.form.required');
    if (!id && !issuer) bad.issuer = t('calls.form.noRegion');
    const opensAt = v.opensAt ? romeLocalToISO(v.opensAt) : null;
    const closesAt = v.closesAt ? romeLocalToISO(v.closesAt) : null;
    if (opensAt && closesAt && closesAt <= opensAt) bad.closesAt = t('calls.form.windowOrder');
    const populationYear = int('populationYear');
    if (populationYear != null && (populationYear < 1861 || populationYear > 2100)) bad.populationYear = t('population.notAYear');
    const terms = Object.fromEntries(TERMS.map(([k, most]) => {
      const n = int(k);
      if (n != null && (n < 1 || n > most)) bad[k] = t('calls.form.termRange', { most });
      return [k, n];
    })) as Record<Term, number | null>;
    // One code a line, blank lines dropped: the server's line numbers are those shown.
    const pucSettings = pucLines(v.pucSettings);
    const input = {
      ...terms,
      title: v.title.trim(),
      reference: v.reference.trim() || null,
      description: v.description.trim() || null,
      fund: v.fund,
      totalBudgetCents: money('totalBudget', true) ?? 0,
      capPerMemberCents: money('capPerMember'),
      capPerProjectCents: money('capPerProject'),
      minProjectCents: money('minProject'),
      cofinancingRateBp: pct(v.cofinancingPct, 'cofinancingPct') ?? 10000,
      minMembers: int('minMembers'),
      maxMembers: int('maxMembers'),
      opensAt,
      closesAt,
      durationMonths: int('durationMonths'),
      populationYear,
      pucSettings: pucSettings || null,
    };
    const rows = (list: Row[], prefix: string) =>
      list.filter((r) => r.code.trim() || r.name.trim()).map((r, i) => {
        if (!r.code.trim() || !r.name.trim()) bad[`${prefix}-${i}`] = t('calls.form.codeAndName');
        return { code: r.code.trim(), name: r.name.trim(), capBp: pct(r.capPct, `${prefix}-${i}`), position: i };
      });
    return { bad, input, lines: rows(lines, 'line'), cats: rows(cats, 'cat') };
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const { bad, input, lines: ls, cats: cs } = read();
    setLocal(bad);
    // The line numbers of a refusal are those of the codes sent: show them so.
    if ((input.pucSettings ?? '') !== v.pucSettings) setV((x) => ({ ...x, pucSettings: input.pucSettings ?? '' }));
    if (Object.keys(bad).length) {
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      let callID = id;
      if (id) {
        // A year removed from a draft is cleared, not left as it was.
        const clear: Record<string, boolean> = !input.populationYear && initial.populationYear ? { clearPopulationYear: true } : {};
        if (!input.pucSettings && initial.pucSettings) clear.clearPucSettings = true;
        for (const [k] of TERMS) if (input[k] == null && initial[k]) clear[clearKey(k)] = true;
        // The row version read: a change by someone else meanwhile is a
        // CONFLICT, whose message says to reload, and nothing is saved.
        const r = await updateCall({ id, input: { ...input, ...clear, rowVersion } });
        if (r.error) return fail(r.error);
      } else {
        const r = await createCall({ input: { ...input, issuerID: issuer } });
        if (r.error || !r.data) return fail(r.error);
        callID = r.data.createCall.id;
        for (const l of ls) {
          const x = await createLine({ input: { callID, code: l.code, name: l.name, position: l.position } });
          if (x.error) return fail(x.error, callID);
        }
        for (const c of cs) {
          const x = await createCategory({ input: { callID, code: c.code, name: c.name, position: c.position, capBp: c.capBp } });
          if (x.error) return fail(x.error, callID);
        }
      }
      setDone(true);
      navigate(`/bandi/${callID}`, { state: { saved: true } });
    } finally {
      setBusy(false);
    }
  }

  function fail(error: import('@urql/core').CombinedError | undefined, createdID?: string) {
    const errs = serverErrors(error);
    if (createdID) errs.push({ kind: 'INVALID', message: t('calls.form.partlySaved'), field: null, rule: null });
    setErrors(errs);
    // No summary when every refusal is shown on its field: focus the first.
    setTimeout(() => (errorsRef.current ?? document.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus(), 0);
  }

  const err = (k: string, ...server: string[]) => local[k] ?? fieldError(errors, k, ...server);
  const moneyField = (k: keyof Values, server: string, required = false) => (
    <Field id={`call-${k}`} label={t(`calls.form.${k}`)} required={required} error={err(k, server)} hint={t('examination.fund.euroHint')}>
      {(p) => <input {...p} inputMode="decimal" value={v[k]} onChange={set(k)} />}
    </Field>
  );
  const rowsEditor = (list: Row[], setList: (f: (r: Row[]) => Row[]) => void, prefix: 'line' | 'cat') => (
    <fieldset className="mb-4" data-testid={`${prefix}-rows`}>
      <legend className="h5">{t(`calls.form.${prefix}s`)}</legend>
      {list.map((r, i) => (
        <div className="row g-2 align-items-end" key={i}>
          <div className="col-3 col-md-2">
            <Field id={`${prefix}-${i}-code`} label={t('calls.form.code')} className="form-group mt-4 mb-1" error={local[`${prefix}-${i}`]}>
              {(p) => <input {...p} value={r.code} maxLength={10} onChange={(e) => setList((xs) => xs.map((x, j) => (j === i ? { ...x, code: e.target.value } : x)))} />}
            </Field>
          </div>
          <div className={prefix === 'cat' ? 'col-9 col-md-6' : 'col-9 col-md-8'}>
            <Field id={`${prefix}-${i}-name`} label={t('calls.form.name')} className="form-group mt-4 mb-1">
              {(p) => <input {...p} value={r.name} onChange={(e) => setList((xs) => xs.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />}
            </Field>
          </div>
          {prefix === 'cat' && (
            <div className="col-6 col-md-2">
              <Field id={`${prefix}-${i}-cap`} label={t('calls.form.capPct')} className="form-group mt-4 mb-1">
                {(p) => <input {...p} inputMode="decimal" value={r.capPct} onChange={(e) => setList((xs) => xs.map((x, j) => (j === i ? { ...x, capPct: e.target.value } : x)))} />}
              </Field>
            </div>
          )}
          <div className="col-6 col-md-2 mb-2">
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setList((xs) => xs.filter((_, j) => j !== i))}>
              {t('calls.form.removeRow')}<span className="visually-hidden"> {r.code}</span>
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="btn btn-outline-primary btn-sm mt-2" onClick={() => setList((xs) => [...xs, { code: '', name: '', capPct: '' }])}>
        {t(`calls.form.add_${prefix}`)}
      </button>
    </fieldset>
  );

  return (
    <>
      <UnsavedChangesGuard when={dirty} />
      <Breadcrumb trail={[{ to: '/bandi', label: t('calls.title') }]} current={id ? t('calls.form.editTitle') : t('calls.form.newTitle')} />
      <h1 className="h2">{id ? t('calls.form.editTitle') : t('calls.form.newTitle')}</h1>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="call-form">
        <FormErrors ref={errorsRef} errors={errors} shownFields={['title', 'closesAt', 'opensAt', 'pucSettings']} />
        {!id && (
          <div className="select-wrapper mt-4">
            <label htmlFor="call-issuer">{t('calls.form.issuer')}</label>
            <select id="call-issuer" value={issuer} onChange={(e) => setIssuer(e.target.value)} aria-invalid={local.issuer ? true : undefined}>
              {regions.map(([rid, name]) => <option key={rid} value={rid}>{name}</option>)}
            </select>
            {local.issuer && <div className="invalid-feedback d-block">{local.issuer}</div>}
          </div>
        )}
        <Field id="call-title" label={t('calls.form.title')} required error={err('title')}>
          {(p) => <input {...p} value={v.title} onChange={set('title')} />}
        </Field>
        <div className="row">
          <div className="col-md-8">
            <Field id="call-reference" label={t('calls.form.reference')} hint={t('calls.form.referenceHint')}>
              {(p) => <input {...p} value={v.reference} onChange={set('reference')} />}
            </Field>
          </div>
          <div className="col-md-4">
            <div className="select-wrapper mt-5">
              <label htmlFor="call-fund">{t('calls.form.fund')}</label>
              <select id="call-fund" value={v.fund} onChange={set('fund')}>
                {FUNDS.map((f) => <option key={f} value={f}>{t(`calls.fund.${f}`)}</option>)}
              </select>
            </div>
          </div>
        </div>
        <Field id="call-description" label={t('calls.form.description')}>
          {(p) => <textarea {...p} rows={3} maxLength={textLimits.callDescription} value={v.description} onChange={set('description')} />}
        </Field>
        <fieldset>
          <legend className="h5 mt-4">{t('calls.form.money')}</legend>
          <div className="row">
            <div className="col-md-3">{moneyField('totalBudget', 'totalBudgetCents', true)}</div>
            <div className="col-md-3">{moneyField('capPerMember', 'capPerMemberCents')}</div>
            <div className="col-md-3">{moneyField('capPerProject', 'capPerProjectCents')}</div>
            <div className="col-md-3">{moneyField('minProject', 'minProjectCents')}</div>
            <div className="col-md-3">
              <Field id="call-cofinancingPct" label={t('calls.form.cofinancingPct')} error={err('cofinancingPct', 'cofinancingRateBp')}>
                {(p) => <input {...p} inputMode="decimal" value={v.cofinancingPct} onChange={set('cofinancingPct')} />}
              </Field>
            </div>
            <div className="col-md-3">
              <Field id="call-minMembers" label={t('calls.form.minMembers')} error={err('minMembers')}>
                {(p) => <input {...p} inputMode="numeric" value={v.minMembers} onChange={set('minMembers')} />}
              </Field>
            </div>
            <div className="col-md-3">
              <Field id="call-maxMembers" label={t('calls.form.maxMembers')} error={err('maxMembers')}>
                {(p) => <input {...p} inputMode="numeric" value={v.maxMembers} onChange={set('maxMembers')} />}
              </Field>
            </div>
            <div className="col-md-3">
              <Field id="call-durationMonths" label={t('calls.form.durationMonths')} error={err('durationMonths')}>
                {(p) => <input {...p} inputMode="numeric" value={v.durationMonths} onChange={set('durationMonths')} />}
              </Field>
            </div>
            <div className="col-md-6">
              <Field id="call-populationYear" label={t('population.callYear')} error={err('populationYear')} hint={t('population.callYearHint')}>
                {(p) => <input {...p} inputMode="numeric" maxLength={4} value={v.populationYear} onChange={set('populationYear')} />}
              </Field>
            </div>
          </div>
        </fieldset>
        <fieldset data-testid="call-terms">
          <legend className="h5 mt-4">{t('calls.form.terms')}</legend>
          <p className="text-muted small">{t('calls.form.termsHint')}</p>
          <div className="row">
            {TERMS.map(([k]) => (
              <div className="col-md-4" key={k}>
                <Field id={`call-${k}`} label={t(`calls.form.${k}`)} error={err(k)} hint={t(`calls.form.${k}Hint`)}>
                  {(p) => <input {...p} inputMode="numeric" value={v[k]} onChange={set(k)} />}
                </Field>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="h5 mt-4">{t('calls.form.window')}</legend>
          <div className="row">
            <div className="col-md-6">
              <Field id="call-opensAt" label={t('calls.form.opensAt')} error={err('opensAt')} hint={t('calls.form.romeTime')}>
                {(p) => <input {...p} type="datetime-local" value={v.opensAt} onChange={set('opensAt')} />}
              </Field>
            </div>
            <div className="col-md-6">
              <Field id="call-closesAt" label={t('calls.form.closesAt')} error={err('closesAt')} hint={t('calls.form.romeTime')}>
                {(p) => <input {...p} type="datetime-local" value={v.closesAt} onChange={set('closesAt')} />}
              </Field>
            </div>
          </div>
        </fieldset>
        <Field id="call-pucSettings" label={t('puc.settings')} error={err('pucSettings')} hint={t('puc.settingsHint')}>
          {(p) => <textarea {...p} rows={6} spellCheck={false} className={`${p.className} font-monospace`} value={v.pucSettings} onChange={set('pucSettings')} data-testid="call-puc-settings" />}
        </Field>
        {!id && rowsEditor(lines, setLines, 'line')}
        {!id && rowsEditor(cats, setCats, 'cat')}
        <div className="d-flex gap-2 my-4">
          <button type="submit" className="btn btn-primary" disabled={busy}>{id ? t('calls.form.save') : t('calls.form.create')}</button>
          <Link className="btn btn-outline-secondary" to={id ? `/bandi/${id}` : '/bandi'}>{t('app.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
