import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateProcurement, type ProjectSetup } from './useProcurementActions';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { parseEuroToCents } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import type { ProcurementObjectType, ProcurementProcedureType } from '../../gql/graphql';

/** ANAC's codes of the procedure types, in the order users look for them. */
export const procedureTypes: { value: ProcurementProcedureType; code: string }[] = [
  { value: 'DIRECT_AWARD', code: '23' },
  { value: 'DIRECT_AWARD_FRAMEWORK', code: '26' },
  { value: 'COMPETITIVE_FRAMEWORK', code: '27' },
  { value: 'NEGOTIATED_BELOW_THRESHOLD', code: '33' },
  { value: 'NEGOTIATED_WITH_NOTICE', code: '03' },
  { value: 'NEGOTIATED_WITHOUT_NOTICE', code: '04' },
  { value: 'OPEN', code: '01' },
  { value: 'RESTRICTED', code: '02' },
];

const fields = ['title', 'objectType', 'procedureType', 'baseCents', 'startedOn', 'runningBodyID', 'beneficiaryIDs', 'frameworkReference',
  'legalBasis', 'cpv', 'rupName', 'determinaNumber', 'determinaDate', 'separateEstimateCents', 'thresholdWarningAcknowledged'];

type Props = { projectID: string; setup: ProjectSetup; onDone: () => void; onCancel: () => void };

/**
 * Records a procedure (D.Lgs. 36/2023): object, ANAC procedure type, base
 * amount, start date (it selects the thresholds in force), Consip/MePA
 * framework, beneficiaries. The server checks the thresholds: a breach is
 * shown on the procedure type, a warning must be acknowledged before saving.
 */
export function NewProcurementForm({ projectID, setup, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { id, alertRef, errors, setErrors, refuse, fail } = useFormErrors(fields);
  const members = nodesOf(setup.aggregation.memberships).map((m) => m.body);
  const [v, setV] = useState({
    title: '', objectType: 'SERVICES' as ProcurementObjectType, procedureType: 'DIRECT_AWARD' as ProcurementProcedureType,
    base: '', startedOn: '', runningBodyID: setup.aggregation.lead.id, legalBasis: '', cpv: '', rupName: '',
    determinaNumber: '', determinaDate: '', framework: false, frameworkReference: '', needsPlanReference: '', needsProjectReference: '',
    separateEstimate: '',
  });
  const [allMembers, setAllMembers] = useState(true);
  const [beneficiaries, setBeneficiaries] = useState<string[]>([]);
  const [warning, setWarning] = useState<string | null>(null);
  const [ack, setAck] = useState(false);
  const [{ fetching }, create] = useCreateProcurement();
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    const base = parseEuroToCents(v.base);
    const estimate = v.separateEstimate.trim() ? parseEuroToCents(v.separateEstimate) : null;
    if (!v.title.trim()) local.push(invalidField('title', t('procurementForm.errors.title')));
    if (base == null || base <= 0) local.push(invalidField('baseCents', t('procurementForm.errors.base')));
    if (v.separateEstimate.trim() && (estimate == null || estimate <= 0)) local.push(invalidField('separateEstimateCents', t('procurementForm.errors.amount')));
    if (v.framework && !v.frameworkReference.trim()) local.push(invalidField('frameworkReference', t('procurementForm.errors.framework')));
    if (!allMembers && beneficiaries.length === 0) local.push(invalidField('beneficiaryIDs', t('procurementForm.errors.beneficiaries')));
    if (warning && !ack) local.push(invalidField('thresholdWarningAcknowledged', t('procurementForm.errors.acknowledge')));
    if (refuse(local) || base == null) return;
    const res = await create({
      input: {
        projectID, title: v.title.trim(), objectType: v.objectType, procedureType: v.procedureType, baseCents: base,
        runningBodyID: v.runningBodyID, startedOn: v.startedOn || null, legalBasis: optional(v.legalBasis), cpv: optional(v.cpv),
        rupName: optional(v.rupName), determinaNumber: optional(v.determinaNumber), determinaDate: v.determinaDate || null,
        frameworkReference: v.framework ? optional(v.frameworkReference) : null,
        needsPlanReference: v.framework ? optional(v.needsPlanReference) : null,
        needsProjectReference: v.framework ? optional(v.needsProjectReference) : null,
        separateEstimateCents: estimate, beneficiaryIDs: allMembers ? null : beneficiaries,
        thresholdWarningAcknowledged: warning ? ack : null,
      },
    });
    if (res.error) {
      const list = serverErrors(res.error);
      // A warning to acknowledge: show it as such (not as a failure) next to the checkbox.
      const w = list.find((x) => x.rule === 'procurement.warning_unacknowledged');
      if (w) {
        setWarning(w.message);
        setAck(false);
        setErrors([]);
        setTimeout(() => document.getElementById(`${id}-thresholdWarningAcknowledged`)?.focus(), 0);
        return;
      }
      fail(list);
      return;
    }
    onDone();
  }

  const err = (f: string) => fieldError(errors, f);
  return (
    <form onSubmit={submit} noValidate className="border border-primary rounded p-3 mb-4" aria-labelledby={`${id}-title-h`} data-testid="procurement-form">
      <h3 id={`${id}-title-h`} className="h5">{t('procurementForm.title')}</h3>
      <p className="small">{t('procurementForm.intro')}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <Field id={`${id}-title`} label={t('procurementForm.object')} error={err('title')} required>
        {(p) => <input {...p} type="text" value={v.title} onChange={set('title')} autoComplete="off" />}
      </Field>
      <div className="row">
        <div className="col-md-4">
          <Field id={`${id}-objectType`} label={t('procurementForm.objectType')} error={err('objectType')} control="form-select" required>
            {(p) => (
              <select {...p} value={v.objectType} onChange={set('objectType')}>
                {(['SERVICES', 'SUPPLIES', 'WORKS'] as const).map((o) => <option key={o} value={o}>{t(`objectType.${o}`)}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-8">
          <Field id={`${id}-procedureType`} label={t('procurementForm.procedureType')} hint={t('procurementForm.procedureHint')} error={err('procedureType')} control="form-select" required>
            {(p) => (
              <select {...p} value={v.procedureType} onChange={(e) => { set('procedureType')(e); setWarning(null); setAck(false); }}>
                {procedureTypes.map((o) => <option key={o.value} value={o.value}>{`${o.code} – ${t(`procedureType.${o.value}`)}`}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-baseCents`} label={t('procurementForm.base')} hint={t('procurementForm.euroHint')} error={err('baseCents')} required>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.base} onChange={(e) => { set('base')(e); setWarning(null); setAck(false); }} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-startedOn`} label={t('procurementForm.startedOn')} hint={t('procurementForm.startedHint')} error={err('startedOn')}>
            {(p) => <input {...p} type="date" value={v.startedOn} onChange={(e) => { set('startedOn')(e); setWarning(null); setAck(false); }} />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-runningBodyID`} label={t('procurementForm.runningBody')} error={err('runningBodyID')} control="form-select" required>
            {(p) => (
              <select {...p} value={v.runningBodyID} onChange={set('runningBodyID')}>
                {members.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-legalBasis`} label={t('procurementForm.legalBasis')} hint={t('procurementForm.legalBasisHint')} error={err('legalBasis')}>
            {(p) => <input {...p} type="text" value={v.legalBasis} onChange={set('legalBasis')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-cpv`} label={t('procurementForm.cpv')} hint={t('procurementForm.cpvHint')} error={err('cpv')}>
            {(p) => <input {...p} type="text" value={v.cpv} onChange={set('cpv')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-rupName`} label={t('procurementForm.rup')} error={err('rupName')}>
            {(p) => <input {...p} type="text" value={v.rupName} onChange={set('rupName')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-determinaNumber`} label={t('procurementForm.determinaNumber')} error={err('determinaNumber')}>
            {(p) => <input {...p} type="text" value={v.determinaNumber} onChange={set('determinaNumber')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-determinaDate`} label={t('procurementForm.determinaDate')} error={err('determinaDate')}>
            {(p) => <input {...p} type="date" value={v.determinaDate} onChange={set('determinaDate')} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-separateEstimateCents`} label={t('procurementForm.separateEstimate')} hint={t('procurementForm.separateEstimateHint')} error={err('separateEstimateCents')}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.separateEstimate} onChange={set('separateEstimate')} autoComplete="off" />}
          </Field>
        </div>
      </div>

      <fieldset className="mb-3">
        <legend className="h6">{t('procurementForm.consip')}</legend>
        <div className="form-check">
          <input id={`${id}-framework`} className="form-check-input" type="checkbox" checked={v.framework}
            onChange={(e) => { setV((s) => ({ ...s, framework: e.target.checked })); setWarning(null); setAck(false); }} />
          <label htmlFor={`${id}-framework`} className="form-check-label">{t('procurementForm.frameworkCheck')}</label>
        </div>
        {v.framework && (
          <div className="row">
            <div className="col-md-6">
              <Field id={`${id}-frameworkReference`} label={t('procurementForm.frameworkReference')} hint={t('procurementForm.frameworkHint')} error={err('frameworkReference')} required>
                {(p) => <input {...p} type="text" value={v.frameworkReference} onChange={set('frameworkReference')} autoComplete="off" />}
              </Field>
            </div>
            <div className="col-md-3">
              <Field id={`${id}-needsPlanReference`} label={t('procurementForm.needsPlan')} error={err('needsPlanReference')}>
                {(p) => <input {...p} type="text" value={v.needsPlanReference} onChange={set('needsPlanReference')} autoComplete="off" />}
              </Field>
            </div>
            <div className="col-md-3">
              <Field id={`${id}-needsProjectReference`} label={t('procurementForm.needsProject')} error={err('needsProjectReference')}>
                {(p) => <input {...p} type="text" value={v.needsProjectReference} onChange={set('needsProjectReference')} autoComplete="off" />}
              </Field>
            </div>
          </div>
        )}
      </fieldset>

      <fieldset className="mb-3" aria-describedby={err('beneficiaryIDs') ? `${id}-beneficiaryIDs-error` : undefined}>
        <legend className="h6">{t('procurementForm.beneficiaries')}</legend>
        <div className="form-check">
          <input id={`${id}-beneficiaryIDs`} className="form-check-input" type="checkbox" checked={allMembers} onChange={(e) => setAllMembers(e.target.checked)} />
          <label htmlFor={`${id}-beneficiaryIDs`} className="form-check-label">{t('procurementForm.allMembers', { count: members.length })}</label>
        </div>
        {!allMembers && (
          <div className="row mt-2" style={{ maxHeight: '16rem', overflowY: 'auto' }} tabIndex={0} role="group" aria-label={t('procurementForm.beneficiaries')}>
            {members.map((b) => (
              <div key={b.id} className="col-md-6 col-lg-4 form-check">
                <input id={`${id}-b-${b.id}`} className="form-check-input" type="checkbox" checked={beneficiaries.includes(b.id)}
                  onChange={(e) => setBeneficiaries((s) => (e.target.checked ? [...s, b.id] : s.filter((x) => x !== b.id)))} />
                <label htmlFor={`${id}-b-${b.id}`} className="form-check-label">{b.name}</label>
              </div>
            ))}
          </div>
        )}
        {err('beneficiaryIDs') && <div id={`${id}-beneficiaryIDs-error`} className="invalid-feedback d-block" data-testid="field-error">{err('beneficiaryIDs')}</div>}
      </fieldset>

      {warning && (
        <div className="alert alert-warning" data-testid="threshold-warning">
          <h4 className="h6">{t('procurementForm.warningTitle')}</h4>
          <p id={`${id}-warning-text`}>{warning}</p>
          <div className="form-check">
            <input id={`${id}-thresholdWarningAcknowledged`} className="form-check-input" type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)}
              aria-describedby={`${id}-warning-text${err('thresholdWarningAcknowledged') ? ` ${id}-ack-error` : ''}`}
              aria-invalid={err('thresholdWarningAcknowledged') ? true : undefined} />
            <label htmlFor={`${id}-thresholdWarningAcknowledged`} className="form-check-label">{t('procurementForm.acknowledge')}</label>
          </div>
          {err('thresholdWarningAcknowledged') && <div id={`${id}-ack-error`} className="invalid-feedback d-block" data-testid="field-error">{err('thresholdWarningAcknowledged')}</div>}
        </div>
      )}

      <FormButtons submit={t('procurementForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
