import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDefineDeliverable } from './useDeliverables';
import { useProjectSetup } from '../procurements/useProcurementActions';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { nodesOf } from '../../lib/paging';
import { textLimits } from '../../lib/textLimits';

const fields = ['title', 'interventionLineID', 'dueOn', 'description', 'bodyIDs'];

/** Defines a deliverable of an intervention line, for one member or replicated to every member. */
export function DefineDeliverableForm({ projectID, onDone, onCancel }: { projectID: string; onDone: (count: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(fields);
  const [{ data, error, fetching: loading }, reexecute] = useProjectSetup(projectID);
  const [v, setV] = useState({ title: '', line: '', dueOn: '', description: '', scope: 'all' as 'all' | 'one', bodyID: '' });
  const [{ fetching }, define] = useDefineDeliverable();
  const setup = data?.node?.__typename === 'Project' ? data.node : null;
  useEffect(() => {
    if (setup) document.getElementById(`${id}-title`)?.focus();
  }, [id, setup]);
  if (loading && !setup) return <Loading />;
  if (!setup) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const lines = nodesOf(setup.call.interventionLines);
  const members = nodesOf(setup.aggregation.memberships).map((m) => m.body);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (!v.title.trim()) local.push(invalidField('title', t('deliverableForm.errors.title')));
    if (!v.line) local.push(invalidField('interventionLineID', t('deliverableForm.errors.line')));
    if (v.scope === 'one' && !v.bodyID) local.push(invalidField('bodyIDs', t('deliverableForm.errors.body')));
    if (refuse(local)) return;
    const res = await define({
      input: {
        projectID, interventionLineID: v.line, title: v.title.trim(), description: optional(v.description), dueOn: v.dueOn || null,
        bodyIDs: v.scope === 'one' ? [v.bodyID] : null,
      },
    });
    if (res.error || !res.data) return fail(serverErrors(res.error));
    onDone(res.data.defineDeliverable.length);
  }

  return (
    <form onSubmit={submit} noValidate className="border border-primary rounded p-3 mb-4" aria-labelledby={`${id}-h`} data-testid="deliverable-form">
      <h3 id={`${id}-h`} className="h5">{t('deliverableForm.title')}</h3>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-8">
          <Field id={`${id}-title`} label={t('deliverableForm.what')} error={fieldError(errors, 'title')} required>
            {(p) => <input {...p} type="text" value={v.title} onChange={set('title')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-dueOn`} label={t('deliverableForm.dueOn')} error={fieldError(errors, 'dueOn')}>
            {(p) => <input {...p} type="date" value={v.dueOn} onChange={set('dueOn')} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-interventionLineID`} label={t('deliverableForm.line')} error={fieldError(errors, 'interventionLineID')} control="form-select" required>
            {(p) => (
              <select {...p} value={v.line} onChange={set('line')}>
                <option value="">{t('deliverableForm.chooseLine')}</option>
                {lines.map((l) => <option key={l.id} value={l.id}>{`${l.code} – ${l.name}`}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-12">
          <Field id={`${id}-description`} label={t('deliverableForm.description')} error={fieldError(errors, 'description')}>
            {(p) => <textarea {...p} rows={2} maxLength={textLimits.deliverableDescription} value={v.description} onChange={set('description')} />}
          </Field>
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6">{t('deliverableForm.who')}</legend>
        <div className="form-check">
          <input id={`${id}-all`} type="radio" className="form-check-input" name={`${id}-scope`} checked={v.scope === 'all'} onChange={() => setV((s) => ({ ...s, scope: 'all' }))} />
          <label htmlFor={`${id}-all`} className="form-check-label">{t('deliverableForm.all', { count: members.length })}</label>
        </div>
        <div className="form-check">
          <input id={`${id}-one`} type="radio" className="form-check-input" name={`${id}-scope`} checked={v.scope === 'one'} onChange={() => setV((s) => ({ ...s, scope: 'one' }))} />
          <label htmlFor={`${id}-one`} className="form-check-label">{t('deliverableForm.one')}</label>
        </div>
        {v.scope === 'one' && (
          <Field id={`${id}-bodyIDs`} label={t('deliverableForm.member')} error={fieldError(errors, 'bodyIDs')} control="form-select" required className="form-group mt-4 mb-2">
            {(p) => (
              <select {...p} value={v.bodyID} onChange={set('bodyID')}>
                <option value="">{t('deliverableForm.chooseMember')}</option>
                {members.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
            )}
          </Field>
        )}
      </fieldset>
      <FormButtons submit={t('deliverableForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
