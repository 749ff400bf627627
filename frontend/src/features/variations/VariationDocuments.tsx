import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentLink } from '../../components/DocumentLink';
import { FileField } from '../../components/FileField';
import { FormErrors } from '../../components/FormErrors';
import { serverErrors, type ServerError } from '../../lib/errors';
import { nodesOf } from '../../lib/paging';
import { useFileUpload } from '../../lib/useFileUpload';
import { useRemoveVariationAttachment, useUploadVariationAttachment, type Variation } from './useVariations';

type Doc = NonNullable<Variation['requestDocument']>;

/** A frozen PDF with its SHA-256 fingerprint, as on its cover. */
function Frozen({ label, doc, testid }: { label: string; doc: Doc; testid: string }) {
  const { t } = useTranslation();
  return (
    <li data-testid={testid}>
      <strong>{label}</strong>: <DocumentLink doc={doc} />
      <div className="small text-secondary text-break">{t('variationDocs.fingerprint')}: <code>{doc.contentSha256 || doc.sha256}</code></div>
    </li>
  );
}

/**
 * A variation's documents: the request as frozen when submitted (a draft
 * preview before), the Region's decision once decided, and the files the
 * lead attached; the lead attaches and removes files while it is a draft.
 */
export function VariationDocuments({ v, canEdit, onChanged }: { v: Variation; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const draft = v.status === 'DRAFT';
  const attachments = nodesOf(v.documents).filter((d) => d.kind !== 'VARIATION_REQUEST' && d.kind !== 'VARIATION_DECISION');
  const [{ fetching: uploading }, upload] = useUploadVariationAttachment();
  const [{ fetching: removing }, remove] = useRemoveVariationAttachment();
  const [removeErrors, setRemoveErrors] = useState<ServerError[]>([]);
  const { file, setFile, errors, inputRef, submit } = useFileUpload((f) => upload({ variationID: v.id, file: f }), t('variationDocs.errors.file'), onChanged);
  const err = errors[0];

  async function drop(documentID: string) {
    const r = await remove({ documentID });
    setRemoveErrors(serverErrors(r.error));
    if (r.data) onChanged();
  }

  return (
    <section aria-labelledby={`${id}-h`} className="mb-4" data-testid="variation-documents">
      <h3 id={`${id}-h`} className="h5">{t('variationDocs.title')}</h3>
      <ul className="mb-3">
        {v.requestDocument ? (
          <Frozen label={t('variationDocs.request')} doc={v.requestDocument} testid="variation-request-pdf" />
        ) : draft && (
          <li data-testid="variation-request-preview">
            <a href={`/reports/variations/${encodeURIComponent(v.id)}/richiesta.pdf`} download>{t('variationDocs.preview')}</a>
          </li>
        )}
        {v.decisionDocument && <Frozen label={t('variationDocs.decision')} doc={v.decisionDocument} testid="variation-decision-pdf" />}
      </ul>
      <h4 className="h6">{t('variationDocs.attachments')}</h4>
      <FormErrors errors={removeErrors} />
      {attachments.length === 0 ? (
        <p className="small text-secondary">{t('variationDocs.none')}</p>
      ) : (
        <ul>
          {attachments.map((d) => (
            <li key={d.id} data-testid="variation-attachment">
              <DocumentLink doc={d} />
              {canEdit && draft && (
                <button type="button" className="btn btn-link btn-sm text-danger" disabled={removing} onClick={() => void drop(d.id)}
                  aria-label={t('variationDocs.removeNamed', { name: d.filename })}>{t('variationDocs.remove')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && draft && (
        <form onSubmit={submit} noValidate aria-label={t('variationDocs.uploadLabel')} data-testid="variation-attach">
          <FileField id={`${id}-file`} label={t('variationDocs.choose')} hint={t('variationDocs.hint')} file={file} onChange={setFile}
            error={err ? (err.message ?? t(`errors.${err.kind}`)) : null} inputRef={inputRef} accept=".pdf,.p7m,application/pdf" />
          <button type="submit" className="btn btn-outline-primary btn-sm" disabled={uploading} aria-busy={uploading}>{t('variationDocs.upload')}</button>
        </form>
      )}
    </section>
  );
}
