import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadClaimAttachment } from './useClaim';
import { DocumentLink, type StoredDocument } from '../../components/DocumentLink';
import { FileField } from '../../components/FileField';
import { useFileUpload } from '../../lib/useFileUpload';

/** A claim's attachments (e.g. the report signed digitally); the lead uploads them. */
export function ClaimAttachments({ claimID, docs, canUpload, onDone }: { claimID: string; docs: StoredDocument[]; canUpload: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [{ fetching }, upload] = useUploadClaimAttachment();
  const { file, setFile, errors, inputRef, submit } = useFileUpload((f) => upload({ claimID, file: f }), t('claimAttachments.errors.file'), onDone);
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
              <DocumentLink doc={d} />
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
