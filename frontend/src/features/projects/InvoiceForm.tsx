import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterInvoice } from './useProjectInvoices';
import { ProblemList } from './InvoiceImportForm';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { formatCents, formatDate, parseEuroToCents } from '../../lib/format';

const fields = ['supplierVatID', 'supplierName', 'number', 'issuedOn', 'dueOn', 'cig', 'cup', 'taxableCents', 'vatCents', 'stampDutyCents',
  'withholdingCents', 'totalCents', 'documentType', 'creditedInvoiceID', 'buyerCodiceFiscale'];

/** The document types a lead may register by hand as an invoice (a credit note is registered from the invoice it reduces). */
export const chargeTypes = ['TD01', 'TD02', 'TD03', 'TD05', 'TD06', 'TD24', 'TD25'] as const;

/** Checks of the manual invoice form that need no server; messages are i18n keys. */
export function invoiceFormProblems(v: {
  supplierVatID: string; number: string; issuedOn: string; taxable: string; vat: string; total: string; cup: string; stamp?: string; withholding?: string;
}) {
  const out: { field: string; key: string }[] = [];
  const taxable = parseEuroToCents(v.taxable);
  const vat = v.vat.trim() ? parseEuroToCents(v.vat) : 0;
  const stamp = v.stamp?.trim() ? parseEuroToCents(v.stamp) : 0;
  const withholding = v.withholding?.trim() ? parseEuroToCents(v.withholding) : 0;
  const total = parseEuroToCents(v.total);
  if (!/^\d{11}$/.test(v.supplierVatID.replace(/\s/g, '').replace(/^IT/i, ''))) out.push({ field: 'supplierVatID', key: 'invoiceForm.errors.vat' });
  if (!v.number.trim()) out.push({ field: 'number', key: 'invoiceForm.errors.number' });
  if (!v.issuedOn) out.push({ field: 'issuedOn', key: 'invoiceForm.errors.issuedOn' });
  if (taxable == null || taxable < 0) out.push({ field: 'taxableCents', key: 'invoiceForm.errors.amount' });
  if (vat == null || vat < 0) out.push({ field: 'vatCents', key: 'invoiceForm.errors.amount' });
  if (stamp == null || stamp < 0) out.push({ field: 'stampDutyCents', key: 'invoiceForm.errors.amount' });
  if (withholding == null || withholding < 0) out.push({ field: 'withholdingCents', key: 'invoiceForm.errors.amount' });
  if (total == null || total <= 0) out.push({ field: 'totalCents', key: 'invoiceForm.errors.total' });
  if (v.cup.trim() && !/^[A-Z][0-9]{2}[A-Z][0-9]{11}$/.test(v.cup.trim().toUpperCase())) out.push({ field: 'cup', key: 'invoiceForm.errors.cup' });
  return out;
}

type Saved = { id: string; number: string; problems?: string[] | null; contract?: { reference?: string | null } | null };

/** The invoice a credit note entered by hand reduces. */
type Credited = { id: string; number: string; issuedOn: string; supplierVatID: string; supplierName?: string | null; splitPayment?: boolean };

/**
 * Registers an invoice entered by hand (e.g. a paper invoice), matched to
 * the contract by CIG and to the project by CUP as an imported FatturaPA
 * is; what does not match is saved and flagged. With creditedInvoice it
 * registers a credit note (TD04) that reduces that invoice.
 */
export function InvoiceForm({ projectID, projectCUP, creditedInvoice, onDone, onCancel }: {
  projectID: string; projectCUP?: string; creditedInvoice?: Credited; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(fields);
  const [v, setV] = useState({
    supplierVatID: creditedInvoice?.supplierVatID ?? '', supplierName: creditedInvoice?.supplierName ?? '', number: '', issuedOn: '', dueOn: '',
    cig: '', cup: creditedInvoice ? '' : projectCUP ?? '', taxable: '', vat: '', stamp: '', withholding: '', total: '',
    splitPayment: creditedInvoice?.splitPayment ?? true, documentType: 'TD01',
  });
  const [saved, setSaved] = useState<Saved | null>(null);
  const [{ fetching }, register] = useRegisterInvoice();
  useEffect(() => document.getElementById(`${id}-${creditedInvoice ? 'number' : 'supplierVatID'}`)?.focus(), [id, creditedInvoice]);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  const taxable = parseEuroToCents(v.taxable);
  const vat = v.vat.trim() ? parseEuroToCents(v.vat) : 0;
  const stamp = v.stamp.trim() ? parseEuroToCents(v.stamp) : 0;
  const withholding = v.withholding.trim() ? parseEuroToCents(v.withholding) : 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = invoiceFormProblems(v).map((p) => invalidField(p.field, t(p.key)));
    const total = parseEuroToCents(v.total);
    if (refuse(local) || taxable == null || vat == null || stamp == null || withholding == null || total == null) return;
    const res = await register({
      input: {
        projectID, supplierVatID: v.supplierVatID.replace(/\s/g, '').replace(/^IT/i, ''), supplierName: optional(v.supplierName),
        number: v.number.trim(), issuedOn: v.issuedOn, dueOn: v.dueOn || null, cig: optional(v.cig.toUpperCase()), cup: optional(v.cup.toUpperCase()),
        taxableCents: taxable, vatCents: vat, stampDutyCents: stamp, withholdingCents: withholding, totalCents: total,
        splitPayment: v.splitPayment, documentType: creditedInvoice ? 'TD04' : v.documentType, creditedInvoiceID: creditedInvoice?.id ?? null,
      },
    });
    if (res.error || !res.data) return fail(serverErrors(res.error));
    setSaved(res.data.registerInvoice);
    onDone();
  }

  const err = (f: string) => fieldError(errors, f);
  const credited = creditedInvoice && { number: creditedInvoice.number, date: formatDate(creditedInvoice.issuedOn) };
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4" aria-labelledby={`${id}-h`} data-testid={creditedInvoice ? 'credit-note-form' : 'invoice-form'}>
      <h3 id={`${id}-h`} className="h5">{credited ? t('invoicing.creditNote.title', credited) : t('invoiceForm.title')}</h3>
      <p className="small">{creditedInvoice ? t('invoicing.creditNote.intro') : t('invoiceForm.intro')}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      {saved && (
        <div className="alert alert-success" role="status" data-testid="invoice-saved">
          {creditedInvoice ? t('invoicing.creditNote.saved', { number: saved.number }) : t('invoiceForm.saved', { number: saved.number })}{' '}
          <ProblemList problems={saved.problems} contract={saved.contract?.reference ?? null} />
        </div>
      )}
      <div className="row">
        {creditedInvoice ? (
          <p className="col-12 mb-0">{creditedInvoice.supplierName ?? creditedInvoice.supplierVatID} – {t('procurement.vat', { vat: creditedInvoice.supplierVatID })}</p>
        ) : (
          <>
            <div className="col-md-4">
              <Field id={`${id}-supplierVatID`} label={t('invoiceForm.vat')} hint={t('vendorForm.vatHint')} error={err('supplierVatID')} required>
                {(p) => <input {...p} type="text" inputMode="numeric" value={v.supplierVatID} onChange={set('supplierVatID')} autoComplete="off" maxLength={13} />}
              </Field>
            </div>
            <div className="col-md-8">
              <Field id={`${id}-supplierName`} label={t('invoiceForm.supplier')} error={err('supplierName')}>
                {(p) => <input {...p} type="text" value={v.supplierName} onChange={set('supplierName')} autoComplete="off" maxLength={300} />}
              </Field>
            </div>
            <div className="col-md-4">
              <Field id={`${id}-documentType`} label={t('invoicing.documentType')} error={err('documentType')} control="form-select">
                {(p) => (
                  <select {...p} value={v.documentType} onChange={set('documentType')}>
                    {chargeTypes.map((ty) => <option key={ty} value={ty}>{t(`invoicing.types.${ty}`)}</option>)}
                  </select>
                )}
              </Field>
            </div>
          </>
        )}
        <div className="col-md-4">
          <Field id={`${id}-number`} label={t('invoiceForm.number')} error={err('number')} required>
            {(p) => <input {...p} type="text" value={v.number} onChange={set('number')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-issuedOn`} label={t('invoiceForm.issuedOn')} error={err('issuedOn')} required>
            {(p) => <input {...p} type="date" value={v.issuedOn} onChange={set('issuedOn')} />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-dueOn`} label={t('invoiceForm.dueOn')} error={err('dueOn')}>
            {(p) => <input {...p} type="date" value={v.dueOn} onChange={set('dueOn')} />}
          </Field>
        </div>
        {!creditedInvoice && (
          <>
            <div className="col-md-6">
              <Field id={`${id}-cig`} label={t('invoiceForm.cig')} hint={t('invoiceForm.cigHint')} error={err('cig')}>
                {(p) => <input {...p} type="text" value={v.cig} onChange={set('cig')} autoComplete="off" maxLength={10} spellCheck={false} />}
              </Field>
            </div>
            <div className="col-md-6">
              <Field id={`${id}-cup`} label={t('invoiceForm.cup')} error={err('cup')}>
                {(p) => <input {...p} type="text" value={v.cup} onChange={set('cup')} autoComplete="off" maxLength={15} spellCheck={false} />}
              </Field>
            </div>
          </>
        )}
        <div className="col-md-4">
          <Field id={`${id}-taxableCents`} label={t('invoiceForm.taxable')} hint={t('procurementForm.euroHint')} error={err('taxableCents')} required>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.taxable} onChange={set('taxable')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-vatCents`} label={t('invoiceForm.vatAmount')} error={err('vatCents')}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.vat} onChange={set('vat')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-stampDutyCents`} label={t('invoicing.stampDuty')} hint={t('invoicing.stampDutyHint')} error={err('stampDutyCents')}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.stamp} onChange={set('stamp')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-withholdingCents`} label={t('invoicing.withholdingAmount')} error={err('withholdingCents')}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.withholding} onChange={set('withholding')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-totalCents`} label={t('invoiceForm.total')} error={err('totalCents')} required
            hint={taxable != null && vat != null && stamp != null ? t('invoicing.totalHint', { amount: formatCents(taxable + vat + stamp) }) : undefined}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.total} onChange={set('total')} autoComplete="off" />}
          </Field>
        </div>
      </div>
      <div className="form-check mb-3">
        <input id={`${id}-split`} type="checkbox" className="form-check-input" checked={v.splitPayment} onChange={(e) => setV((s) => ({ ...s, splitPayment: e.target.checked }))} />
        <label htmlFor={`${id}-split`} className="form-check-label">{t('invoiceForm.splitPayment')}</label>
      </div>
      <FormButtons submit={t('invoiceForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
