import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateMilestone, useUpdateMilestone } from './useMilestones';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { formatDate, todayISO } from '../../lib/format';
import { DataTable } from '../../components/DataTable';
import type { MilestoneKind } from '../../gql/graphql';

type Milestone = { id: string; version: number; title: string; kind: MilestoneKind; dueOn: string; doneOn?: string | null; location?: string | null };

const kinds: MilestoneKind[] = ['DEADLINE', 'MEETING', 'TRAINING', 'REPORTING', 'OTHER'];

/** The project's schedule; the lead adds milestones and marks them met (or reopens them). */
export function MilestonesTab({ projectID, milestones, canManage, onChange }: { projectID: string; milestones: Milestone[]; canManage: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [, update] = useUpdateMilestone();
  const [errors, setErrors] = useState<ServerError[]>([]);
  const today = todayISO();

  async function toggle(m: Milestone) {
    // The version read: if someone changed the milestone meanwhile, the
    // server answers CONFLICT and the message says to reload.
    const res = await update({ id: m.id, input: m.doneOn ? { clearDoneOn: true, version: m.version } : { doneOn: today, version: m.version } });
    if (res.error) setErrors(serverErrors(res.error));
    else {
      setErrors([]);
      onChange();
    }
  }

  return (
    <div data-testid="milestones-tab">
      {canManage && (adding ? (
        <MilestoneForm projectID={projectID} onCancel={() => setAdding(false)} onDone={() => { setAdding(false); onChange(); }} />
      ) : (
        <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={() => setAdding(true)}>{t('milestoneForm.open')}</button>
      ))}
      <FormErrors errors={errors} />
      {milestones.length === 0 ? (
        <div className="alert alert-info" role="status">{t('project.milestones.none')}</div>
      ) : (
        <DataTable
          caption={t('project.milestones.caption')}
          scrollLabel={t('project.milestones.caption')}
          className="table table-sm align-middle"
          testid="milestones"
          rows={milestones}
          rowKey={(m) => m.id}
          columns={[
            { key: 'date', header: t('project.milestones.date'), className: 'text-nowrap', cell: (m) => formatDate(m.dueOn) },
            {
              key: 'what',
              header: t('project.milestones.what'),
              rowHeader: true,
              className: 'fw-normal',
              cell: (m) => (
                <>
                  {m.title}
                  {m.location && <div className="small text-secondary">{m.location}</div>}
                </>
              ),
            },
            { key: 'kind', header: t('project.milestones.kind'), cell: (m) => t(`milestoneKind.${m.kind}`) },
            {
              key: 'state',
              header: t('project.milestones.state'),
              cell: (m) =>
                m.doneOn ? (
                  <span className="badge bg-success">{t('project.milestones.done', { date: formatDate(m.doneOn) })}</span>
                ) : m.dueOn < today ? (
                  <span className="badge bg-danger">{t('project.milestones.late')}</span>
                ) : (
                  <span className="badge bg-secondary">{t('project.milestones.pending')}</span>
                ),
            },
            canManage && {
              key: 'actions',
              header: <span className="visually-hidden">{t('milestoneForm.actions')}</span>,
              cell: (m) => (
                <button type="button" className="btn btn-outline-primary btn-xs text-nowrap" onClick={() => void toggle(m)}>
                  {m.doneOn ? t('milestoneForm.reopen') : t('milestoneForm.markDone')}
                  <span className="visually-hidden"> – {m.title}</span>
                </button>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

const fields = ['title', 'kind', 'dueOn', 'location'];

function MilestoneForm({ projectID, onDone, onCancel }: { projectID: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(fields);
  const [v, setV] = useState({ title: '', kind: 'DEADLINE' as MilestoneKind, dueOn: '', location: '' });
  const [{ fetching }, create] = useCreateMilestone();
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (!v.title.trim()) local.push(invalidField('title', t('milestoneForm.errors.title')));
    if (!v.dueOn) local.push(invalidField('dueOn', t('milestoneForm.errors.dueOn')));
    if (refuse(local)) return;
    const res = await create({ input: { projectID, title: v.title.trim(), kind: v.kind, dueOn: v.dueOn, location: optional(v.location) } });
    if (res.error) return fail(serverErrors(res.error));
    onDone();
  }
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-3" aria-labelledby={`${id}-h`} data-testid="milestone-form">
      <h3 id={`${id}-h`} className="h6">{t('milestoneForm.title')}</h3>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-title`} label={t('milestoneForm.what')} error={fieldError(errors, 'title')} required>
            {(p) => <input {...p} type="text" value={v.title} onChange={set('title')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-kind`} label={t('project.milestones.kind')} error={fieldError(errors, 'kind')} control="form-select">
            {(p) => (
              <select {...p} value={v.kind} onChange={set('kind')}>
                {kinds.map((k) => <option key={k} value={k}>{t(`milestoneKind.${k}`)}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-dueOn`} label={t('project.milestones.date')} error={fieldError(errors, 'dueOn')} required>
            {(p) => <input {...p} type="date" value={v.dueOn} onChange={set('dueOn')} />}
          </Field>
        </div>
        <div className="col-md-12">
          <Field id={`${id}-location`} label={t('milestoneForm.location')} error={fieldError(errors, 'location')}>
            {(p) => <input {...p} type="text" value={v.location} onChange={set('location')} autoComplete="off" />}
          </Field>
        </div>
      </div>
      <FormButtons submit={t('milestoneForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
