import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadClaimAttachment } from './useClaim';
import { FileField } from '../../components/FileField';
import { serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatBytes, formatDate } from '../../lib/format';

type Doc = { id: string; filename: string; sizeBytes: number; signatureKind: string; createdAt: string };

/** A claim's attachments (e.g. the report signed digitally); the lead uploads them. */
export function ClaimAttachments({ claimID, docs, canUpload, onDone }: { claimID: string; docs: Doc[]; canUpload: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, upload] = useUploadClaimAttachment();
  const inputRef = useRef<HTMLInputElement>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setErrors([invalidField('file', t('claimAttachments.errors.file'))]);
      inputRef.current?.focus();
      return;
    }
    const res = await upload({ claimID, file });
    if (res.error) {
      setErrors(serverErrors(res.error));
      inputRef.current?.focus();
      return;
    }
    setErrors([]);
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
    onDone();
  }
  const err = errors[0];
  return (
    <section aria-labelledby={`${id}-h`} className="mb-5" data-testid="claim-attachments">
      <h2 id={`${id}-h`} className="h4">{t('claimAttachments.title')}</h2>
      {docs.length === 0 ? (
        <p className="small text-secondary">{t('claimAttachments.none')}</p>
      ) : (
        <ul>
          {docs.map((d) => (
            <li key={d.id} data-testid="claim-attachment">
              <a href={`/documents/${d.id}`} download>{d.filename}</a> ({formatBytes(d.sizeBytes)}, {formatDate(d.createdAt)}
              {d.signatureKind !== 'NONE' ? `, ${t('contractPanel.signed', { kind: d.signatureKind })}` : ''})
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <form onSubmit={submit} noValidate aria-label={t('claimAttachments.uploadLabel')}>
          <FileField id={`${id}-file`} label={t('claimAttachments.choose')} hint={t('claimAttachments.hint')} file={file} onChange={setFile}
            error={err ? (err.message ?? t(`errors.${err.kind}`)) : null} inputRef={inputRef} accept=".pdf,.p7m,application/pdf" />
          <button type="submit" className="btn btn-outline-primary btn-sm" disabled={fetching} aria-busy={fetching}>{t('claimAttachments.upload')}</button>
        </form>
      )}
    </section>
  );
}
