import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { focusFirstError, invalidField, optional } from '../../lib/forms';
import { AccessBodiesQuery, useRequestAggregation } from './useAccess';
import type { MembershipResolutionOrgan, PublicBodyKind } from '../../gql/graphql';
import { ActFieldset, actFields, actInput, actProblems, emptyAct, useActState } from './ActFieldset';
import { textLimits } from '../../lib/textLimits';

const organs: MembershipResolutionOrgan[] = ['CONSIGLIO', 'GIUNTA'];
/** A lead and its members are Comuni or Unioni di Comuni (aggregation.member_kind). */
const kinds: PublicBodyKind[] = ['COMUNE', 'UNIONE_COMUNI'];
/** The fields shown next to their inputs; the rest goes to the alert above the form. */
const shown = ['name', 'leadID', 'members', 'member', 'resolutionNumber', 'resolutionDate', ...actFields];

/**
 * Refusals the server sends without a field, and the field they concern:
 * an aggregation of that name already led by the body is about the name.
 */
const fieldOfRule: Record<string, string> = { 'aggregation.exists': 'name' };

/** A member as the form keeps it until it is sent. */
export type ProposedMemberRow = {
  bodyID: string;
  bodyName: string;
  resolutionNumber: string;
  resolutionDate: string;
  resolutionOrgan: MembershipResolutionOrgan;
};

/** Searches Comuni and Unioni by name (two letters at least) for a picker. */
function useBodySearch(search: string) {
  const name = search.trim();
  const [bodies] = useQuery({ query: AccessBodiesQuery, variables: { name, kinds }, pause: name.length < 2 });
  return (bodies.data?.publicBodies.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

/**
 * The request to form a new aggregation: its name and description, the
 * lead body, the members added one at a time with the resolution approving
 * each one's membership (removable), the act appointing the requester and
 * its PDF. An admin decides it (decideAccessRequest); the server's refusals
 * are shown next to the field they name.
 */
export function AggregationRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [leadSearch, setLeadSearch] = useState('');
  const [lead, setLead] = useState<{ id: string; name: string } | null>(null);
  const [members, setMembers] = useState<ProposedMemberRow[]>([]);
  const [memberSearch, setMemberSearch] = useState('');
  const [memberID, setMemberID] = useState('');
  const [resolutionNumber, setResolutionNumber] = useState('');
  const [resolutionDate, setResolutionDate] = useState('');
  const [resolutionOrgan, setResolutionOrgan] = useState<MembershipResolutionOrgan>('CONSIGLIO');
  const { act, setAct, file, setFile } = useActState();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [sent, setSent] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [{ fetching }, send] = useRequestAggregation();
  const leadList = useBodySearch(leadSearch);
  const memberList = useBodySearch(memberSearch);
  // The chosen lead stays among the options when a new search no longer finds it.
  const leadOptions = lead && !leadList.some((b) => b.id === lead.id) ? [lead, ...leadList] : leadList;

  function show(list: ServerError[]) {
    setErrors(list);
    // After the render that shows them.
    setTimeout(() => focusFirstError(id, list, shown, alertRef.current), 0);
  }

  function addMember() {
    const body = memberList.find((b) => b.id === memberID);
    const problems: ServerError[] = [];
    if (!body) problems.push(invalidField('member', t('access.aggregationForm.errors.member')));
    else if (lead && body.id === lead.id) problems.push(invalidField('member', t('access.aggregationForm.errors.memberLead', { name: body.name })));
    else if (members.some((m) => m.bodyID === body.id)) problems.push(invalidField('member', t('access.aggregationForm.errors.memberTwice', { name: body.name })));
    if (!resolutionNumber.trim()) problems.push(invalidField('resolutionNumber', t('access.aggregationForm.errors.resolutionNumber')));
    if (!resolutionDate) problems.push(invalidField('resolutionDate', t('access.aggregationForm.errors.resolutionDate')));
    if (problems.length > 0 || !body) {
      show(problems);
      return;
    }
    setMembers((ms) => [...ms, { bodyID: body.id, bodyName: body.name, resolutionNumber: resolutionNumber.trim(), resolutionDate, resolutionOrgan }]);
    setErrors([]);
    setMemberID('');
    setMemberSearch('');
    setResolutionNumber('');
    setResolutionDate('');
    document.getElementById(`${id}-member-search`)?.focus();
  }

  function removeMember(bodyID: string) {
    setMembers((ms) => ms.filter((m) => m.bodyID !== bodyID));
    setErrors([]);
    document.getElementById(`${id}-member-search`)?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    const missing: ServerError[] = [];
    if (!name.trim()) missing.push(invalidField('name', t('access.aggregationForm.errors.name')));
    if (!lead) missing.push(invalidField('leadID', t('access.aggregationForm.errors.lead')));
    if (members.length === 0) missing.push(invalidField('members', t('access.aggregationForm.errors.members')));
    missing.push(...actProblems(t, act, file));
    if (missing.length > 0 || !file || !lead) {
      show(missing);
      return;
    }
    const input = {
      name: name.trim(),
      description: optional(description),
      leadID: lead.id,
      members: members.map((m) => ({ bodyID: m.bodyID, resolutionNumber: m.resolutionNumber, resolutionDate: m.resolutionDate, resolutionOrgan: m.resolutionOrgan })),
      ...actInput(act),
      note: optional(note),
      act: file,
    };
    const res = await send({ input });
    if (res.error) {
      show(serverErrors(res.error).map((x) => (x.field || !x.rule || !fieldOfRule[x.rule] ? x : { ...x, field: fieldOfRule[x.rule] })));
      return;
    }
    setErrors([]);
    setName('');
    setDescription('');
    setLead(null);
    setLeadSearch('');
    setMembers([]);
    setMemberSearch('');
    setMemberID('');
    setResolutionNumber('');
    setResolutionDate('');
    // The act's kind stays as chosen.
    setAct((a) => ({ ...emptyAct, kind: a.kind }));
    setNote('');
    setFile(null);
    if (fileRef.current) fileRef.current.value = '';
    setSent(true);
    onDone();
  }

  const membersError = fieldError(errors, 'members');
  return (
    <form id={id} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="aggregation-request-form">
      <h2 id={`${id}-title`} className="h4">{t('access.aggregationForm.title')}</h2>
      <p>{t('access.aggregationForm.intro')}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={shown} />
      {sent && <div className="alert alert-success" role="status" data-testid="aggregation-request-sent">{t('access.aggregationForm.sent')}</div>}
      <Field id={`${id}-name`} label={t('access.aggregationForm.name')} hint={t('access.aggregationForm.nameHint')} error={fieldError(errors, 'name')} required>
        {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id={`${id}-description`} label={t('access.aggregationForm.description')} hint={t('access.aggregationForm.descriptionHint')}>
        {(p) => <textarea {...p} rows={2} maxLength={textLimits.aggregationDescription} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field id={`${id}-lead-search`} label={t('access.aggregationForm.leadSearch')} hint={t('access.form.searchHint')}>
        {(p) => <input {...p} type="search" value={leadSearch} onChange={(e) => setLeadSearch(e.target.value)} />}
      </Field>
      <Field id={`${id}-leadID`} label={t('access.aggregationForm.lead')} control="form-select" error={fieldError(errors, 'leadID')} required>
        {(p) => (
          <select {...p} value={lead?.id ?? ''} onChange={(e) => setLead(leadOptions.find((b) => b.id === e.target.value) ?? null)}>
            <option value="">{t('access.form.choose')}</option>
            {leadOptions.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        )}
      </Field>

      <fieldset className="mt-4" aria-describedby={`${id}-members-intro${membersError ? ` ${id}-members-error` : ''}`}>
        <legend className="h5">{t('access.aggregationForm.members')}</legend>
        <p id={`${id}-members-intro`} className="small">{t('access.aggregationForm.membersIntro')}</p>
        <div className="row" data-testid="aggregation-add-member">
          <div className="col-12 col-md-6">
            <Field id={`${id}-member-search`} label={t('access.aggregationForm.memberSearch')} hint={t('access.form.searchHint')}>
              {(p) => <input {...p} type="search" value={memberSearch} onChange={(e) => setMemberSearch(e.target.value)} />}
            </Field>
          </div>
          <div className="col-12 col-md-6">
            <Field id={`${id}-member`} label={t('access.aggregationForm.member')} control="form-select" error={fieldError(errors, 'member')}>
              {(p) => (
                <select {...p} value={memberID} onChange={(e) => { setMemberID(e.target.value); setErrors((es) => es.filter((x) => x.field !== 'member')); }}>
                  <option value="">{t('access.form.choose')}</option>
                  {memberList.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
                </select>
              )}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <Field id={`${id}-resolutionNumber`} label={t('access.aggregationForm.resolutionNumber')} error={fieldError(errors, 'resolutionNumber')}>
              {(p) => <input {...p} value={resolutionNumber} onChange={(e) => setResolutionNumber(e.target.value)} />}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <Field id={`${id}-resolutionDate`} label={t('access.aggregationForm.resolutionDate')} error={fieldError(errors, 'resolutionDate')}>
              {(p) => <input {...p} type="date" value={resolutionDate} onChange={(e) => setResolutionDate(e.target.value)} />}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <Field id={`${id}-resolutionOrgan`} label={t('access.aggregationForm.resolutionOrgan')} control="form-select">
              {(p) => (
                <select {...p} value={resolutionOrgan} onChange={(e) => setResolutionOrgan(e.target.value as MembershipResolutionOrgan)}>
                  {organs.map((o) => <option key={o} value={o}>{t(`aggregation.organ.${o}`)}</option>)}
                </select>
              )}
            </Field>
          </div>
        </div>
        <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={addMember}>{t('access.aggregationForm.add')}</button>
        <p id={`${id}-members`} tabIndex={-1} className="fw-semibold mb-1" aria-live="polite" data-testid="aggregation-members-count">
          {t('access.aggregationForm.count', { count: members.length })}
        </p>
        {membersError && <div id={`${id}-members-error`} className="invalid-feedback d-block" data-testid="field-error">{membersError}</div>}
        <DataTable<ProposedMemberRow>
          caption={t('access.aggregationForm.members')}
          testid="aggregation-members"
          scrollLabel={t('access.aggregationForm.members')}
          rows={members}
          rowKey={(m) => m.bodyID}
          rowProps={() => ({ 'data-testid': 'aggregation-member' })}
          empty={t('access.aggregationForm.none')}
          columns={[
            { key: 'body', header: t('access.proposal.columns.body'), rowHeader: true, cell: (m) => m.bodyName },
            {
              key: 'resolution',
              header: t('aggregation.columns.resolution'),
              cell: (m) => `${t(`aggregation.organ.${m.resolutionOrgan}`)} ${t('aggregation.resolution', { number: m.resolutionNumber, date: formatDate(m.resolutionDate) })}`,
            },
            {
              key: 'remove',
              header: <span className="visually-hidden">{t('aggregation.columns.actions')}</span>,
              cell: (m) => (
                <button type="button" className="btn btn-outline-danger btn-xs" aria-label={t('access.aggregationForm.removeName', { name: m.bodyName })} onClick={() => removeMember(m.bodyID)}>
                  {t('access.aggregationForm.remove')}
                </button>
              ),
            },
          ]}
        />
      </fieldset>

      <ActFieldset idPrefix={id} ids="fields" act={act} setAct={setAct} file={file} setFile={setFile} errors={errors} inputRef={fileRef}>
        <p className="small">{t('access.aggregationForm.actIntro')}</p>
      </ActFieldset>
      <Field id={`${id}-note`} label={t('access.form.note')}>
        {(p) => <textarea {...p} rows={3} maxLength={textLimits.accessRequestNote} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={fetching}>{t('access.aggregationForm.submit')}</button>
    </form>
  );
}
