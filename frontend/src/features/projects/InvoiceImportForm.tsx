import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportInvoices } from './useProjectInvoices';
import type { ImportInvoicesMutation } from '../../gql/graphql';
import { FileField } from '../../components/FileField';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatDate } from '../../lib/format';
import { capitalize, formatForeign } from './invoiceDisplay';
import { DataTable } from '../../components/DataTable';

type Report = ImportInvoicesMutation['importInvoices'];

/**
 * Upload of a FatturaPA 1.2 file (XML or signed .p7m) and its match
 * report: every invoice saved with the problems found (unknown CIG, no
 * CUP…), the ones already registered, and the ones discarded with the
 * reason (another project's CUP, a buyer outside the aggregation, a
 * document type that is not a supplier's invoice, a credit note that
 * cannot be applied).
 */
export function InvoiceImportForm({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [{ fetching }, importInvoices] = useImportInvoices();

  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setReport(null);
    if (!file) {
      setErrors([{ kind: 'INVALID', field: 'file', rule: 'file.required', message: t('invoices.import.fileRequired') }]);
      inputRef.current?.focus();
      return;
    }
    setErrors([]);
    const res = await importInvoices({ projectID, file });
    if (res.error || !res.data) {
      const list = serverErrors(res.error);
      setErrors(list);
      if (fieldError(list, 'file')) inputRef.current?.focus();
      else errorsRef.current?.focus();
      return;
    }
    setReport(res.data.importInvoices);
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <section aria-labelledby={`${id}-title`} className="border rounded p-3 mb-4" data-testid="invoice-import">
      <h3 id={`${id}-title`} className="h5">{t('invoices.import.title')}</h3>
      <p className="small">{t('invoices.import.intro')}</p>
      <form onSubmit={submit} noValidate>
        <FormErrors ref={errorsRef} errors={errors} shownFields={['file']} />
        <FileField
          id={`${id}-file`}
          label={t('invoices.import.file')}
          hint={t('invoices.import.fileHint')}
          error={fieldError(errors, 'file')}
          file={file}
          inputRef={inputRef}
          accept=".xml,.p7m,application/xml,text/xml,application/pkcs7-mime"
          onChange={setFile}
        />
        <button type="submit" className="btn btn-primary" disabled={fetching} aria-busy={fetching}>
          {fetching ? t('invoices.import.sending') : t('invoices.import.submit')}
        </button>
      </form>
      {report && (
        <div className="mt-4" data-testid="import-report">
          <h4 ref={reportRef} tabIndex={-1} className="h6">{t('invoices.import.reportTitle')}</h4>
          <p role="status">
            {importSummary(report).map((k, i) => (
              <span key={k.key}>{i > 0 && ' · '}{t(k.key, { count: k.count })}</span>
            ))}
          </p>
          {report.invoices.length > 0 && (
            <DataTable
              caption={t('invoices.import.savedCaption')}
              className="table table-sm align-middle small"
              rows={report.invoices}
              rowKey={(inv) => inv.id}
              rowProps={(inv) => ({ 'data-testid': 'imported-invoice', 'data-document-type': inv.documentType })}
              columns={[
                {
                  key: 'number',
                  header: t('invoices.number'),
                  rowHeader: true,
                  className: 'fw-normal',
                  cell: (inv) => (
                    <>
                      {inv.documentType !== 'TD01' && <span className="badge bg-light text-dark border me-1">{capitalize(inv.documentTypeName)}</span>}
                      {t('invoices.numberDate', { number: inv.number, date: formatDate(inv.issuedOn) })}
                      {inv.creditedInvoice && (
                        <div className="text-secondary">
                          {t('invoicing.creditNoteOf', { number: inv.creditedInvoice.number, date: formatDate(inv.creditedInvoice.issuedOn) })}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  key: 'supplier',
                  header: t('invoices.supplier'),
                  cell: (inv) => (
                    <>
                      {inv.supplierName ?? inv.supplierVatID}
                      <div className="text-secondary">{t('procurement.vat', { vat: inv.supplierVatID })}</div>
                    </>
                  ),
                },
                {
                  key: 'codes',
                  header: 'CIG / CUP',
                  cell: (inv) => (
                    <>
                      <code>{inv.cig || '—'}</code>
                      <br />
                      <code>{inv.cup || '—'}</code>
                    </>
                  ),
                },
                {
                  key: 'total',
                  header: t('invoices.total'),
                  numeric: true,
                  className: 'text-nowrap',
                  cell: (inv) => (
                    <>
                      {inv.currency === 'EUR' ? formatCents(inv.totalCents) : `${formatForeign(inv.foreignTotalCents)} ${inv.currency}`}
                      {inv.stampDutyCents > 0 && <div className="text-secondary">{t('invoicing.stamp', { amount: formatCents(inv.stampDutyCents) })}</div>}
                    </>
                  ),
                },
                { key: 'match', header: t('invoices.match'), cell: (inv) => <ProblemList problems={inv.problems} contract={inv.contract?.reference ?? null} /> },
              ]}
            />
          )}
          {report.discarded.length > 0 && (
            <>
              <h5 className="h6">{t('invoicing.report.discardedTitle')}</h5>
              <ul data-testid="discarded-invoices">
                {report.discarded.map((d) => (
                  <li key={`${d.index}-${d.number}`} data-rule={d.rule}>
                    {t('invoicing.report.discardedItem', { index: d.index, number: d.number, type: d.documentType })}: {d.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.skipped.length > 0 && (
            <>
              <h5 className="h6">{t('invoicing.report.duplicatesTitle')}</h5>
              <ul data-testid="skipped-invoices">
                {report.skipped.map((s) => (
                  <li key={`${s.index}-${s.number}`}>
                    {t('invoices.import.skippedItem', { index: s.index, number: s.number })}: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** The counts of an import report, as i18n keys: saved, then already registered and discarded when there are some. */
export function importSummary(report: { invoices: unknown[]; skipped: unknown[]; discarded: unknown[] }): { key: string; count: number }[] {
  const out = [{ key: 'invoices.import.saved', count: report.invoices.length }];
  if (report.skipped.length > 0) out.push({ key: 'invoicing.report.duplicates', count: report.skipped.length });
  if (report.discarded.length > 0) out.push({ key: 'invoicing.report.discarded', count: report.discarded.length });
  return out;
}

/** An invoice's matching problems as a warning badge and list, or a "matched" badge. */
export function ProblemList({ problems, contract }: { problems?: string[] | null; contract?: string | null }) {
  const { t } = useTranslation();
  if (!problems || problems.length === 0) {
    return (
      <>
        <span className="badge bg-success" data-testid="invoice-ok">{t('invoices.matched')}</span>
        {contract && <div className="text-secondary">{t('invoices.contract', { ref: contract })}</div>}
      </>
    );
  }
  return (
    <>
      <span className="badge bg-danger" data-testid="invoice-flagged">{t('invoices.flagged', { count: problems.length })}</span>
      <ul className="mb-0 ps-3">
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </>
  );
}
