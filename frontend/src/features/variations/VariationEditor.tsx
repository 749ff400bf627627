import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { nodesOf } from '../../lib/paging';
import type { VariationKind } from '../../gql/graphql';
import { useSearchBodies } from '../aggregations/useMembersEditing';
import { allocationsInput, afterCells, editedKeys, invalidKeys, needsPlan, planCells, type Edits } from './grid';
import { PlanGrid } from './PlanGrid';
import { useCreateVariation, usePlanData, useUpdateVariation, type PlanData, type Variation } from './useVariations';

/** The kinds of a variation, in the order the form offers them. */
export const variationKinds = ['REPLAN', 'END_DATE_EXTENSION', 'MEMBER_WITHDRAWAL', 'MEMBER_ACCESSION', 'LEAD_CHANGE'] as const;

type Form = {
  kinds: string[];
  reason: string;
  requestedEndsOn: string;
  leavingBodyID: string;
  joiningBodyID: string;
  newLeadBodyID: string;
  requestedEffectiveFrom: string;
};

function formOf(v: Variation | null): Form {
  return {
    kinds: v ? [...v.kinds] : ['REPLAN'],
    reason: v?.reason ?? '',
    requestedEndsOn: v?.requestedEndsOn ?? '',
    leavingBodyID: v?.leavingBody?.id ?? '',
    joiningBodyID: v?.joiningBody?.id ?? '',
    newLeadBodyID: v?.newLeadBody?.id ?? '',
    requestedEffectiveFrom: v?.requestedEffectiveFrom ?? '',
  };
}

type Props = {
  projectID: string;
  aggregationID: string;
  /** The draft to change; null for a new variation. */
  variation: Variation | null;
  /** After a save, with the variation as the server returned it. */
  onSaved: (v: Variation) => void;
  /** Tells the page whether there are unsaved changes (submitting waits for a save). */
  onDirtyChange?: (dirty: boolean) => void;
};

/**
 * The lead's form of a variation: its kinds, reason and dates, the members
 * the kinds need, and the complete plan after the change as a before/after
 * grid (before: the plan in force). Saving creates or updates the draft
 * (with its version: a stale one is a CONFLICT) and shows the server's
 * problems next to the members they name.
 */
export function VariationEditor(props: Props) {
  const { data, error, reload } = usePlanData(props.projectID, props.aggregationID);
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return <Editor {...props} data={data} reload={reload} key={`${data.loadedAt}|${props.variation?.id ?? ''}`} />;
}

function Editor({ projectID, variation, onSaved, onDirtyChange, data, reload }: Props & { data: PlanData; reload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [base, setBase] = useState<Form>(() => formOf(variation));
  const [form, setForm] = useState<Form>(base);
  const [edits, setEdits] = useState<Edits>({});
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [saved, setSaved] = useState(false);
  const [joinName, setJoinName] = useState(variation?.joiningBody?.name ?? '');
  const [goTo, setGoTo] = useState<string | null>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [{ fetching: creating }, create] = useCreateVariation();
  const [{ fetching: updating }, update] = useUpdateVariation();
  const busy = creating || updating;

  const before = useMemo(() => planCells(data.allocations), [data.allocations]);
  // Per line only when the plan in force is: a plan kept per category has no line column.
  const lines = useMemo(() => (data.allocations.some((a) => a.interventionLineID) ? data.lines : []), [data.allocations, data.lines]);
  const [start, setStart] = useState(() => (variation && (variation.allocations?.length ?? 0) > 0 ? planCells(variation.allocations ?? []) : before));
  const after = useMemo(() => afterCells(start, edits), [start, edits]);
  const invalid = useMemo(() => invalidKeys(edits), [edits]);
  const edited = useMemo(() => editedKeys(start, edits), [start, edits]);
  const formDirty = JSON.stringify(form) !== JSON.stringify(base);
  const dirty = formDirty || edited.length > 0 || !variation;
  const has = (k: string) => form.kinds.includes(k);
  const plan = needsPlan(form.kinds);

  useEffect(() => onDirtyChange?.(dirty && !!variation), [dirty, variation, onDirtyChange]);
  // After creating, the new draft's page: once the guard is off.
  useEffect(() => {
    if (goTo) navigate(goTo, { replace: true });
  }, [goTo, navigate]);

  const members = useMemo(() => {
    const ms = data.members.map((m) => ({ id: m.id, name: m.name, lead: m.lead }));
    if (has('MEMBER_ACCESSION') && form.joiningBodyID && !ms.some((m) => m.id === form.joiningBodyID)) {
      ms.push({ id: form.joiningBodyID, name: joinName || form.joiningBodyID, lead: false });
    }
    return ms;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.members, form.joiningBodyID, form.kinds, joinName]);

  function set<K extends keyof Form>(k: K, v: Form[K]) {
    setSaved(false);
    setForm((f) => ({ ...f, [k]: v }));
  }

  function toggleKind(k: string, on: boolean) {
    set('kinds', on ? variationKinds.filter((x) => x === k || form.kinds.includes(x)) : form.kinds.filter((x) => x !== k));
  }

  async function save() {
    setSaved(false);
    if (invalid.length > 0) {
      setErrors([{ kind: 'INVALID', message: t('budget.fixInvalid', { count: invalid.length }), field: null, rule: null }]);
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    const allocations = plan ? allocationsInput(after) : [];
    const pick = (k: string, v: string) => (has(k) && v ? v : null);
    const fields = {
      kinds: form.kinds as VariationKind[],
      reason: form.reason,
      requestedEndsOn: pick('END_DATE_EXTENSION', form.requestedEndsOn),
      leavingBodyID: pick('MEMBER_WITHDRAWAL', form.leavingBodyID),
      joiningBodyID: pick('MEMBER_ACCESSION', form.joiningBodyID),
      newLeadBodyID: pick('LEAD_CHANGE', form.newLeadBodyID),
      requestedEffectiveFrom: form.requestedEffectiveFrom || null,
      allocations,
    };
    const r = variation
      ? await update({
        id: variation.id,
        version: variation.version,
        input: {
          ...fields,
          clearRequestedEndsOn: !fields.requestedEndsOn,
          clearLeavingBody: !fields.leavingBodyID,
          clearJoiningBody: !fields.joiningBodyID,
          clearNewLeadBody: !fields.newLeadBodyID,
          clearRequestedEffectiveFrom: !fields.requestedEffectiveFrom,
        },
      })
      : await create({ input: { projectID, ...fields } });
    const errs = serverErrors(r.error);
    setErrors(errs);
    const v = r.data ? ('createVariation' in r.data ? r.data.createVariation : r.data.updateVariation) : null;
    if (!v) {
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    const next = formOf(v);
    setBase(next);
    setForm(next);
    setStart(plan ? afterCells(start, edits) : before);
    setEdits({});
    setSaved(true);
    onSaved(v);
    if (!variation) setGoTo(`/progetti/${projectID}/variazioni/${v.id}`);
  }

  const conflict = errors.some((e) => e.kind === 'CONFLICT');
  const problems = variation?.problems ?? [];
  const shownFields = ['reason', 'kinds', 'requestedEndsOn', 'requestedEffectiveFrom'];

  return (
    <section aria-labelledby="variation-form-title" data-testid="variation-editor">
      <UnsavedChangesGuard when={dirty && !goTo && (!!variation || formDirty || edited.length > 0)} />
      <h3 id="variation-form-title" className="h4">{variation ? t('variation.editTitle', { number: variation.number }) : t('variation.new')}</h3>
      <div ref={errorsRef} tabIndex={-1} className="outline-0">
        {conflict ? (
          <div className="alert alert-danger" role="alert" data-testid="variation-conflict">
            <p className="mb-2">{t('variation.conflict')}</p>
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => { setErrors([]); setEdits({}); reload(); onSaved(variation!); }}>
              {t('budget.reload')}
            </button>
          </div>
        ) : (
          <FormErrors errors={errors} shownFields={shownFields} />
        )}
      </div>

      <fieldset className="mb-3">
        <legend className="h6">{t('variation.kindsLegend')}</legend>
        {variationKinds.map((k) => (
          <div key={k} className="form-check form-check-inline">
            <input id={`kind-${k}`} type="checkbox" checked={has(k)} onChange={(e) => toggleKind(k, e.target.checked)} />
            <label htmlFor={`kind-${k}`}>{t(`variationKind.${k}`)}</label>
          </div>
        ))}
        {fieldError(errors, 'kinds') && <div className="invalid-feedback d-block" data-testid="field-error">{fieldError(errors, 'kinds')}</div>}
      </fieldset>

      <Field id="variation-reason" label={t('variation.reason')} required error={fieldError(errors, 'reason')}>
        {(p) => <textarea {...p} rows={3} maxLength={4000} value={form.reason} onChange={(e) => set('reason', e.target.value)} />}
      </Field>

      <div className="row">
        {has('END_DATE_EXTENSION') && (
          <div className="col-md-6">
            <Field id="variation-ends-on" label={t('variation.requestedEndsOn')} required error={fieldError(errors, 'requestedEndsOn')}
              hint={t('variation.endsOnHint', { date: data.endsOn ?? '—', count: data.call.maxExtensionMonths })}>
              {(p) => <input {...p} type="date" value={form.requestedEndsOn} onChange={(e) => set('requestedEndsOn', e.target.value)} />}
            </Field>
          </div>
        )}
        <div className="col-md-6">
          <Field id="variation-effective" label={t('variation.requestedEffectiveFrom')} hint={t('variation.effectiveHint')} error={fieldError(errors, 'requestedEffectiveFrom')}>
            {(p) => <input {...p} type="date" value={form.requestedEffectiveFrom} onChange={(e) => set('requestedEffectiveFrom', e.target.value)} />}
          </Field>
        </div>
      </div>

      <div className="row">
        {has('MEMBER_WITHDRAWAL') && (
          <div className="col-md-6">
            <MemberSelect id="variation-leaving" label={t('variation.leavingBody')} value={form.leavingBodyID} members={data.members} onChange={(v) => set('leavingBodyID', v)} />
          </div>
        )}
        {has('LEAD_CHANGE') && (
          <div className="col-md-6">
            <MemberSelect id="variation-new-lead" label={t('variation.newLeadBody')} value={form.newLeadBodyID} members={data.members.filter((m) => !m.lead)} onChange={(v) => set('newLeadBodyID', v)} />
          </div>
        )}
        {has('MEMBER_ACCESSION') && (
          <div className="col-md-12">
            <JoiningBody value={form.joiningBodyID} name={joinName} memberIDs={new Set(data.members.map((m) => m.id))}
              onChange={(id, name) => { set('joiningBodyID', id); setJoinName(name); }} />
          </div>
        )}
      </div>

      {problems.length > 0 && (
        <div className="mb-3" data-testid="variation-problems">
          <h4 className="h5">{t('variation.problems', { count: problems.length })}</h4>
          {dirty && variation && <p className="small">{t('budget.problemsAsSaved')}</p>}
          <ul className="list-group">
            {problems.map((p, i) => <li key={i} className="list-group-item" data-rule={p.rule}>{p.message}</li>)}
          </ul>
        </div>
      )}
      {variation && problems.length === 0 && (
        <div className="alert alert-success" data-testid="variation-no-problems">{t('variation.noProblems')}</div>
      )}

      {plan ? (
        <>
          <h4 className="h5 mt-4">{t('variation.planTitle')}</h4>
          <p className="small">{t('variation.planIntro', { percent: data.call.freeMovePercent })}</p>
          <PlanGrid
            members={members}
            categories={data.categories}
            lines={lines}
            before={before}
            start={start}
            edits={edits}
            onEdit={(k, text) => { setSaved(false); setEdits((e) => ({ ...e, [k]: text })); }}
            problems={problems}
            capPerMemberCents={data.call.capPerMemberCents}
            disabled={busy}
          />
        </>
      ) : (
        <p className="small" data-testid="variation-no-plan">{t('variation.noPlan')}</p>
      )}

      <div className="d-flex flex-wrap align-items-center gap-2 py-3">
        <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={busy || (!!variation && !dirty)} data-testid="variation-save">
          {busy ? t('budget.saving') : variation ? t('variation.save') : t('variation.create')}
        </button>
        {variation && (
          <button type="button" className="btn btn-outline-secondary" disabled={busy || !dirty} onClick={() => { setForm(base); setEdits({}); setErrors([]); }}>
            {t('budget.discard')}
          </button>
        )}
        <span className="small" aria-live="polite" data-testid="variation-dirty">
          {saved ? t('variation.saved') : variation && dirty ? t('variation.unsaved') : ''}
        </span>
      </div>
    </section>
  );
}

function MemberSelect({ id, label, value, members, onChange }: { id: string; label: string; value: string; members: { id: string; name: string }[]; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="select-wrapper mt-5 mb-3">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('variation.choose')}</option>
        {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
    </div>
  );
}

/** The body that joins: found by name among the reference Comuni and Unioni. */
function JoiningBody({ value, name, memberIDs, onChange }: { value: string; name: string; memberIDs: Set<string>; onChange: (id: string, name: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(h);
  }, [q]);
  const [{ data }] = useSearchBodies(debounced, '');
  const found = nodesOf(data?.publicBodies).filter((b) => !memberIDs.has(b.id));
  return (
    <fieldset className="mt-4 mb-3" data-testid="variation-joining">
      <legend className="h6">{t('variation.joiningBody')}</legend>
      {value && <p className="mb-2">{t('variation.joiningChosen', { name })}</p>}
      <div className="form-group mt-4 mb-2">
        <label htmlFor="variation-joining-search" className="active">{t('variation.joiningSearch')}</label>
        <input id="variation-joining-search" type="search" className="form-control" value={q} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
      </div>
      {debounced.length >= 2 && (
        <ul className="list-group" aria-live="polite">
          {found.slice(0, 10).map((b) => (
            <li key={b.id} className="list-group-item d-flex justify-content-between align-items-center">
              <span>{b.name} ({b.provinceCode ?? '—'})</span>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onChange(b.id, b.name)}>{t('variation.joiningPick')}</button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
