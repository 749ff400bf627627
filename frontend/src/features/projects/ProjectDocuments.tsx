import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useProjectDocuments } from './useProjectDocuments';
import { DataTable } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { ConnectionPager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { formatBytes, formatDate } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { sortKey, useSort } from '../../lib/sorting';
import type { DocumentKind, DocumentOrderField } from '../../gql/graphql';

const PAGE = 25;
const kinds: DocumentKind[] = ['EVIDENCE', 'CONTRACT', 'INVOICE_XML', 'APPLICATION_DOSSIER', 'ATTACHMENT', 'CLAIM_REPORT', 'REVIEW_MINUTES', 'RESOLUTION', 'AGREEMENT', 'OTHER'];
// Dates and sizes: the newest and largest first.
const firstDirection = (f: DocumentOrderField) => (f === 'CREATED_AT' || f === 'SIZE_BYTES' ? 'DESC' : 'ASC');

/**
 * Every file stored for the project that the viewer may read — the
 * application's dossier, deliverables' evidence, contracts, invoice files,
 * claims' reports and annexes, reviews' minutes — with its type, date,
 * name, size and SHA-256 fingerprint, and a link to download it.
 */
export function ProjectDocuments({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const { sort, toggle } = useSort<DocumentOrderField>({ field: 'CREATED_AT', direction: 'DESC' }, firstDirection);
  const pager = useCursorPages(`${projectID}|${kind}|${sortKey(sort)}`);
  const [{ data, error, fetching }, reexecute] = useProjectDocuments(projectID, PAGE, pager.after, sort, kind);
  const node = data?.node?.__typename === 'Project' ? data.node : null;
  const rows = nodesOf(node?.documents);
  type Row = (typeof rows)[number];

  const attachedTo = (d: Row) => {
    if (d.deliverable) return t('project.documents.ofDeliverable', { title: d.deliverable.title });
    if (d.invoice) return t('project.documents.ofInvoice', { number: d.invoice.number });
    if (d.expenseClaim) return <Link to={`/rendiconti/${d.expenseClaim.id}`}>{t('project.documents.ofClaim', { number: d.expenseClaim.number })}</Link>;
    if (d.contract) return t('project.documents.ofContract', { reference: d.contract.reference ?? '' });
    return '';
  };

  return (
    <div data-testid="project-documents">
      <p className="small">{t('project.documents.intro')}</p>
      <div className="select-wrapper mt-4 mb-4" style={{ maxWidth: '28rem' }}>
        <label htmlFor={selectId}>{t('project.documents.filter')}</label>
        <select id={selectId} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind | '')} data-testid="documents-kind">
          <option value="">{t('project.documents.allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>{t(`project.documents.kinds.${k}`)}</option>
          ))}
        </select>
      </div>
      {fetching && !node && <Loading />}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {node && (
        <>
          <p className="small text-secondary" aria-live="polite" data-testid="documents-count">{t('project.documents.count', { count: node.documents.totalCount })}</p>
          <DataTable
            caption={t('project.documents.caption')}
            scrollLabel={t('project.documents.caption')}
            className="table table-sm align-middle small"
            testid="documents-table"
            rows={rows}
            rowKey={(d) => d.id}
            rowProps={(d) => ({ 'data-testid': 'document-row', 'data-kind': d.kind })}
            sort={sort}
            onSort={(f) => toggle(f as DocumentOrderField)}
            empty={t('project.documents.none')}
            columns={[
              {
                key: 'file', header: t('project.documents.file'), rowHeader: true, className: 'fw-normal text-break', sortField: 'FILENAME',
                cell: (d) => (
                  <>
                    <a href={`/documents/${d.id}`} download data-testid="document-link">{d.filename}</a>
                    {d.frozen && <span className="badge bg-secondary ms-2">{t('project.documents.frozen')}</span>}
                    {d.signatureKind !== 'NONE' && <span className="badge bg-primary ms-2">{d.signatureKind}</span>}
                  </>
                ),
              },
              { key: 'kind', header: t('project.documents.kind'), sortField: 'KIND', cell: (d) => t(`project.documents.kinds.${d.kind}`) },
              { key: 'of', header: t('project.documents.attachedTo'), cell: (d) => (
                <>
                  {attachedTo(d)}
                  {d.body && <span className="d-block text-secondary">{d.body.name}</span>}
                </>
              ) },
              { key: 'date', header: t('project.documents.date'), sortField: 'CREATED_AT', className: 'text-nowrap', cell: (d) => formatDate(d.createdAt) },
              { key: 'size', header: t('project.documents.size'), numeric: true, sortField: 'SIZE_BYTES', className: 'text-nowrap', cell: (d) => formatBytes(d.sizeBytes) },
              {
                key: 'sha', header: t('project.documents.fingerprint'),
                cell: (d) => <code className="sha256" data-testid="document-sha256" title={d.sha256}>{d.sha256}</code>,
              },
            ]}
          />
          <ConnectionPager label={t('project.documents.pages')} pager={pager} connection={node.documents} pageSize={PAGE} disabled={fetching} />
        </>
      )}
    </div>
  );
}
