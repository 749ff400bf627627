import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { AccessBodiesQuery, AccessTargetsQuery, useRequestAccess } from './useAccess';
import type { AccessRequestRole, PublicBodyKind } from '../../gql/graphql';
import { ActFieldset, actFields, actInput, actProblems, useActState } from './ActFieldset';
import { textLimits } from '../../lib/textLimits';

const roles: AccessRequestRole[] = ['MEMBER_REFERENT', 'LEAD_MANAGER', 'REGION_OFFICER', 'AUDITOR'];
const shown = ['role', 'bodyID', 'aggregationID', 'regionBodyID', ...actFields];

/**
 * The access-request form: the role, where (a member body and its
 * aggregation, or a Region), the act appointing the requester and its PDF.
 * The body is searched by name among the public bodies; its aggregations
 * come from accessTargets (a person without roles reads no aggregation).
 */
export function AccessRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<AccessRequestRole>('MEMBER_REFERENT');
  const [search, setSearch] = useState('');
  const [bodyID, setBodyID] = useState('');
  const [aggregationID, setAggregationID] = useState('');
  const { act, setAct, file, setFile } = useActState();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);
  const [{ fetching }, send] = useRequestAccess();
  const region = role === 'REGION_OFFICER' || role === 'AUDITOR';
  const kinds: PublicBodyKind[] = region ? ['REGIONE'] : ['COMUNE', 'UNIONE_COMUNI'];
  const [bodies] = useQuery({ query: AccessBodiesQuery, variables: { name: search.trim(), kinds }, pause: search.trim().length < 2 && !region });
  const [targets] = useQuery({ query: AccessTargetsQuery, variables: { bodyID }, pause: region || !bodyID });
  const bodyList = (bodies.data?.publicBodies.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const targetList = (targets.data?.accessTargets ?? []).filter((a) => role !== 'LEAD_MANAGER' || a.lead);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: ServerError[] = [];
    if (!bodyID) missing.push(invalidField(region ? 'regionBodyID' : 'bodyID', t('access.form.errors.body')));
    if (!region && !aggregationID) missing.push(invalidField('aggregationID', t('access.form.errors.aggregation')));
    missing.push(...actProblems(t, act, file));
    if (missing.length > 0 || !file) {
      setErrors(missing);
      return;
    }
    const input = {
      role,
      aggregationID: region ? null : aggregationID,
      bodyID: role === 'MEMBER_REFERENT' ? bodyID : null,
      regionBodyID: region ? bodyID : null,
      ...actInput(act),
      note: note.trim() || null,
      act: file,
    };
    const res = await send({ input });
    if (res.error) {
      setErrors(serverErrors(res.error));
      alertRef.current?.focus();
      return;
    }
    setErrors([]);
    onDone();
  }

  return (
    <form id={id} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="access-request-form">
      <h2 id={`${id}-title`} className="h4">{t('access.form.title')}</h2>
      <FormErrors ref={alertRef} errors={errors} shownFields={shown} />
      <Field id={`${id}-role`} label={t('access.form.role')} control="form-select" error={fieldError(errors, 'role')} required>
        {(p) => (
          <select {...p} value={role} onChange={(e) => { setRole(e.target.value as AccessRequestRole); setBodyID(''); setAggregationID(''); }}>
            {roles.map((r) => <option key={r} value={r}>{t(`access.roles.${r}`)}</option>)}
          </select>
        )}
      </Field>
      {!region && (
        <Field id={`${id}-search`} label={t('access.form.search')} hint={t('access.form.searchHint')}>
          {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
      )}
      <Field id={`${id}-body`} label={region ? t('access.form.region') : t('access.form.body')} control="form-select"
        error={fieldError(errors, region ? 'regionBodyID' : 'bodyID')} required>
        {(p) => (
          <select {...p} value={bodyID} onChange={(e) => { setBodyID(e.target.value); setAggregationID(''); }}>
            <option value="">{t('access.form.choose')}</option>
            {bodyList.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        )}
      </Field>
      {!region && (
        <Field id={`${id}-aggregation`} label={t('access.form.aggregation')} control="form-select" error={fieldError(errors, 'aggregationID')} required
          hint={bodyID && targets.data && targetList.length === 0 ? t('access.form.noAggregation') : undefined}>
          {(p) => (
            <select {...p} value={aggregationID} onChange={(e) => setAggregationID(e.target.value)}>
              <option value="">{t('access.form.choose')}</option>
              {targetList.map((a) => <option key={a.aggregationID} value={a.aggregationID}>{a.name}</option>)}
            </select>
          )}
        </Field>
      )}
      <ActFieldset idPrefix={id} act={act} setAct={setAct} file={file} setFile={setFile} errors={errors} />
      <Field id={`${id}-note`} label={t('access.form.note')}>
        {(p) => <textarea {...p} rows={3} maxLength={textLimits.accessRequestNote} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={fetching}>{t('access.form.submit')}</button>
    </form>
  );
}
