import { useTranslation } from 'react-i18next';
import { formatBytes, formatDate } from '../lib/format';

export type StoredDocument = { id: string; filename: string; sizeBytes: number; signatureKind: string; createdAt: string };

/** A stored document as a download link, with its size, date and digital signature (CAdES, PAdES) if any. */
export function DocumentLink({ doc }: { doc: StoredDocument }) {
  const { t } = useTranslation();
  return (
    <>
      <a href={`/documents/${doc.id}`} download>{doc.filename}</a> ({formatBytes(doc.sizeBytes)}, {formatDate(doc.createdAt)}
      {doc.signatureKind !== 'NONE' ? `, ${t('contractPanel.signed', { kind: doc.signatureKind })}` : ''})
    </>
  );
}
