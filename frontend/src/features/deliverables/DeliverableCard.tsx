import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionDeliverable, useUploadDeliverableEvidence, type DeliverableRow } from './useDeliverables';
import { Badge } from '../../components/Badge';
import { Field } from '../../components/Field';
import { FileField } from '../../components/FileField';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatBytes, formatDate, todayISO } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import type { DeliverableStatus } from '../../gql/graphql';
import { textLimits } from '../../lib/textLimits';

type Props = {
  deliverable: DeliverableRow;
  /** The viewer works on it (the member's referent, or the lead). */
  canWork: boolean;
  /** The viewer accepts or rejects what is delivered (the lead). */
  canReview: boolean;
  /** Show the member's name (lists across members). */
  showBody?: boolean;
  headingLevel?: 'h3' | 'h4';
};

/** What the worker may do next from each status. */
const workNext: Partial<Record<DeliverableStatus, DeliverableStatus>> = {
  PLANNED: 'IN_PROGRESS',
  REJECTED: 'IN_PROGRESS',
  IN_PROGRESS: 'DELIVERED',
};

/**
 * One deliverable: what, for whom, when, status and evidence; with the
 * actions the viewer may take (start, deliver, accept or reject) and the
 * upload of evidence documents. Errors of the server are shown next to the
 * action that caused them.
 */
export function DeliverableCard({ deliverable: d, canWork, canReview, showBody, headingLevel = 'h3' }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const H = headingLevel;
  const docs = nodesOf(d.documents);
  const late = !!d.dueOn && d.dueOn < todayISO() && (d.status === 'PLANNED' || d.status === 'IN_PROGRESS' || d.status === 'REJECTED');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [note, setNote] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [{ fetching }, transition] = useTransitionDeliverable();
  const errorsRef = useRef<HTMLDivElement>(null);
  const next = canWork ? workNext[d.status] : undefined;
  // A refusal is about the state it was given in: a new document or status makes it stale.
  useEffect(() => setErrors([]), [d.documents.totalCount, d.status]);

  async function move(to: DeliverableStatus, withNote?: string) {
    setErrors([]);
    const res = await transition({ id: d.id, to, note: withNote || null });
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    setRejecting(false);
    setNote('');
    setAnnounce(t('deliverable.moved', { status: t(`deliverableStatus.${to}`) }));
  }

  function reject(e: FormEvent) {
    e.preventDefault();
    if (!note.trim()) {
      setErrors([{ kind: 'INVALID', field: 'note', rule: null, message: t('deliverable.rejectNoteRequired') }]);
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    void move('REJECTED', note.trim());
  }

  return (
    <article className="border rounded p-3 mb-3" aria-labelledby={`${id}-title`} data-testid="deliverable" data-deliverable={d.id} data-state={d.status}>
      <div>
        <div className="d-flex flex-wrap justify-content-between gap-2">
          <H id={`${id}-title`} className="h6 mb-1">
            {d.title}
            {showBody && <span className="d-block fw-normal small">{d.body.name}</span>}
          </H>
          <div>
            <Badge group="deliverableStatus" value={d.status} />
            {late && <span className="badge bg-danger ms-1">{t('deliverable.late')}</span>}
          </div>
        </div>
        <p className="small mb-2">
          {t('deliverable.line', { code: d.interventionLine.code, name: d.interventionLine.name })}
          {d.dueOn && <> · {t('deliverable.due', { date: formatDate(d.dueOn) })}</>}
          {d.deliveredOn && <> · {t('deliverable.deliveredOn', { date: formatDate(d.deliveredOn) })}</>}
        </p>
        {d.description && <p className="small mb-2">{d.description}</p>}
        {d.progressNote && <p className="small mb-2"><strong>{t('deliverable.note')}:</strong> {d.progressNote}</p>}

        <p className="small fw-semibold mb-1">{t('deliverable.evidence', { count: d.documents.totalCount })}</p>
        {docs.length === 0 ? (
          <p className="small text-secondary">{t('deliverable.noEvidence')}</p>
        ) : (
          <ul className="small" data-testid="evidence-list">
            {docs.map((doc) => (
              <li key={doc.id}>
                <a href={`/documents/${doc.id}`} download>{doc.filename}</a> ({formatBytes(doc.sizeBytes)}, {formatDate(doc.createdAt)})
              </li>
            ))}
          </ul>
        )}

        <div aria-live="polite" className="visually-hidden">{announce}</div>
        <FormErrors ref={errorsRef} errors={errors} shownFields={rejecting ? ['note'] : []} />

        {(next || (canReview && d.status === 'DELIVERED')) && (
          <div className="d-flex flex-wrap gap-2 mb-2">
            {next && (
              <button type="button" className="btn btn-primary btn-sm" disabled={fetching} onClick={() => void move(next)} data-action={next}>
                {t(`deliverable.action.${next}`)}
                <span className="visually-hidden">: {d.title}{showBody ? `, ${d.body.name}` : ''}</span>
              </button>
            )}
            {canReview && d.status === 'DELIVERED' && (
              <>
                <button type="button" className="btn btn-success btn-sm" disabled={fetching} onClick={() => void move('ACCEPTED')} data-action="ACCEPTED">
                  {t('deliverable.action.ACCEPTED')}
                  <span className="visually-hidden">: {d.title}{showBody ? `, ${d.body.name}` : ''}</span>
                </button>
                <button type="button" className="btn btn-outline-danger btn-sm" aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
                  {t('deliverable.action.REJECTED')}
                  <span className="visually-hidden">: {d.title}{showBody ? `, ${d.body.name}` : ''}</span>
                </button>
              </>
            )}
          </div>
        )}
        {rejecting && (
          <form onSubmit={reject} noValidate className="mb-2">
            <Field id={`${id}-note`} label={t('deliverable.rejectNote')} error={fieldError(errors, 'note')} required>
              {(p) => <textarea {...p} rows={2} maxLength={textLimits.progressNote} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
            <button type="submit" className="btn btn-danger btn-sm" disabled={fetching}>{t('deliverable.confirmReject')}</button>
          </form>
        )}
        {canWork && d.status !== 'ACCEPTED' && <EvidenceUpload deliverableID={d.id} title={d.title} body={d.body.name} />}
      </div>
    </article>
  );
}

/** Upload of one evidence document (multipart GraphQL request). */
// The form's name says the member too: members' deliverables often share a title, and landmarks need unique names.
function EvidenceUpload({ deliverableID, title, body }: { deliverableID: string; title: string; body: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [done, setDone] = useState('');
  const [{ fetching }, upload] = useUploadDeliverableEvidence();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    if (!file) {
      setErrors([{ kind: 'INVALID', field: 'file', rule: null, message: t('deliverable.fileRequired') }]);
      inputRef.current?.focus();
      return;
    }
    setErrors([]);
    const res = await upload({ deliverableID, file });
    if (res.error || !res.data) {
      setErrors(serverErrors(res.error));
      inputRef.current?.focus();
      return;
    }
    setDone(t('deliverable.uploaded', { name: res.data.uploadDeliverableEvidence.filename }));
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  const fileError = fieldError(errors, 'file') ?? (errors.length ? errors[0].message ?? t(`errors.${errors[0].kind}`) : null);
  return (
    <form onSubmit={submit} noValidate className="border-top pt-3 mt-3" data-testid="evidence-upload" aria-label={t('deliverable.evidenceFor', { title, body })}>
      <FileField
        id={`${id}-file`}
        label={t('deliverable.addEvidence')}
        hint={t('deliverable.evidenceHint')}
        error={fileError}
        file={file}
        inputRef={inputRef}
        onChange={(f) => {
          setFile(f);
          setErrors([]);
        }}
      />
      <button type="submit" className="btn btn-outline-primary btn-sm" disabled={fetching} aria-busy={fetching}>
        {t('deliverable.upload')}
      </button>
      <p className="small text-success mb-0 mt-1" role="status">{done}</p>
    </form>
  );
}
