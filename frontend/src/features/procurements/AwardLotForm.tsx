import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAwardLot, useCreateVendor, useVendorSearch } from './useProcurementActions';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { formatCents, parseEuroToCents } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

type Vendor = { id: string; name: string; vatID?: string | null };
type Lot = { id: string; number: number; title: string; cig: string; baseCents: number };

const fields = ['vendorID', 'awardCents', 'awardedOn'];

/**
 * Records the award of a lot: the winner (found by name or partita IVA, or
 * created on the spot), the amount (at most the lot's base) and the date.
 */
export function AwardLotForm({ lot, onDone, onCancel }: { lot: Lot; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { id, alertRef, errors, setErrors, refuse, fail } = useFormErrors(fields);
  const [search, setSearch] = useState('');
  const [vendor, setVendor] = useState<Vendor | null>(null);
  const [creating, setCreating] = useState(false);
  const [amount, setAmount] = useState('');
  const [awardedOn, setAwardedOn] = useState('');
  const [{ data: found, fetching: searching }] = useVendorSearch(search);
  const [{ fetching }, award] = useAwardLot();
  const results = nodesOf(found?.vendors);
  useEffect(() => document.getElementById(`${id}-vendorID`)?.focus(), [id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    const cents = parseEuroToCents(amount);
    if (!vendor) local.push(invalidField('vendorID', t('awardForm.errors.vendor')));
    if (cents == null || cents <= 0) local.push(invalidField('awardCents', t('awardForm.errors.amount')));
    else if (cents > lot.baseCents) local.push(invalidField('awardCents', t('awardForm.errors.aboveBase', { base: formatCents(lot.baseCents) })));
    if (!awardedOn) local.push(invalidField('awardedOn', t('awardForm.errors.date')));
    if (refuse(local) || !vendor || cents == null) return;
    const res = await award({ id: lot.id, input: { vendorID: vendor.id, awardCents: cents, awardedOn } });
    if (res.error) return fail(serverErrors(res.error));
    onDone();
  }

  return (
    <div className="border rounded p-3 my-3" data-testid="award-form">
      <h4 id={`${id}-h`} className="h6">{t('awardForm.title', { number: lot.number, title: lot.title, cig: lot.cig })}</h4>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
        <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
        {vendor ? (
          <p data-testid="chosen-vendor">
            {t('awardForm.winner')}: <strong>{vendor.name}</strong>
            {vendor.vatID && ` · ${t('procurement.vat', { vat: vendor.vatID })}`}{' '}
            <button type="button" className="btn btn-link btn-sm p-0 ms-2" onClick={() => setVendor(null)}>{t('awardForm.change')}</button>
          </p>
        ) : (
          <>
            <Field id={`${id}-vendorID`} label={t('awardForm.search')} hint={t('awardForm.searchHint')} error={fieldError(errors, 'vendorID')} required>
              {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />}
            </Field>
            <div aria-live="polite" className="mb-3">
              {search.trim().length >= 2 && !searching && results.length === 0 && <p className="small">{t('awardForm.noVendor')}</p>}
              {results.length > 0 && (
                <ul className="list-unstyled mb-2" aria-label={t('awardForm.results')}>
                  {results.map((r) => (
                    <li key={r.id}>
                      <button type="button" className="btn btn-outline-primary btn-xs my-1" onClick={() => { setVendor(r); setErrors([]); }}>
                        {t('awardForm.choose', { name: r.name })}{r.vatID ? ` (${r.vatID})` : ''}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {!creating && (
              <button type="button" className="btn btn-outline-secondary btn-sm mb-3" onClick={() => setCreating(true)} aria-expanded={false}>
                {t('awardForm.newVendor')}
              </button>
            )}
          </>
        )}
        <div className="row">
          <div className="col-md-6">
            <Field id={`${id}-awardCents`} label={t('awardForm.amount')} hint={t('awardForm.amountHint', { base: formatCents(lot.baseCents) })} error={fieldError(errors, 'awardCents')} required>
              {(p) => <input {...p} type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} autoComplete="off" />}
            </Field>
          </div>
          <div className="col-md-6">
            <Field id={`${id}-awardedOn`} label={t('awardForm.date')} error={fieldError(errors, 'awardedOn')} required>
              {(p) => <input {...p} type="date" value={awardedOn} onChange={(e) => setAwardedOn(e.target.value)} />}
            </Field>
          </div>
        </div>
        <FormButtons submit={t('awardForm.submit')} busy={fetching} onCancel={onCancel} />
      </form>
      {creating && !vendor && (
        <VendorForm
          onCancel={() => setCreating(false)}
          onCreated={(v) => {
            setVendor(v);
            setCreating(false);
            setTimeout(() => document.getElementById(`${id}-awardCents`)?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}

const vendorFields = ['name', 'vatID', 'codiceFiscale', 'pec', 'address', 'city'];

/** Creates a vendor; the server checks the partita IVA's check digit and that it is not registered yet. */
export function VendorForm({ onCreated, onCancel }: { onCreated: (v: Vendor) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(vendorFields);
  const [v, setV] = useState({ name: '', vatID: '', pec: '', address: '', city: '' });
  const [{ fetching }, create] = useCreateVendor();
  useEffect(() => document.getElementById(`${id}-name`)?.focus(), [id]);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    const vat = v.vatID.replace(/\s/g, '').replace(/^IT/i, '');
    if (!v.name.trim()) local.push(invalidField('name', t('vendorForm.errors.name')));
    if (!/^\d{11}$/.test(vat)) local.push(invalidField('vatID', t('vendorForm.errors.vat')));
    if (refuse(local)) return;
    const res = await create({ input: { name: v.name.trim(), vatID: vat, pec: optional(v.pec), address: optional(v.address), city: optional(v.city) } });
    if (res.error || !res.data) return fail(serverErrors(res.error));
    onCreated(res.data.createVendor);
  }

  return (
    <form onSubmit={submit} noValidate className="border-start border-4 ps-3 mt-3" aria-labelledby={`${id}-h`} data-testid="vendor-form">
      <h5 id={`${id}-h`} className="h6">{t('vendorForm.title')}</h5>
      <FormErrors ref={alertRef} errors={errors} shownFields={vendorFields} />
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-name`} label={t('vendorForm.name')} error={fieldError(errors, 'name')} required>
            {(p) => <input {...p} type="text" value={v.name} onChange={set('name')} autoComplete="organization" />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-vatID`} label={t('vendorForm.vat')} hint={t('vendorForm.vatHint')} error={fieldError(errors, 'vatID', 'codiceFiscale')} required>
            {(p) => <input {...p} type="text" inputMode="numeric" value={v.vatID} onChange={set('vatID')} autoComplete="off" maxLength={13} />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-pec`} label={t('vendorForm.pec')} error={fieldError(errors, 'pec')}>
            {(p) => <input {...p} type="email" value={v.pec} onChange={set('pec')} autoComplete="email" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-address`} label={t('vendorForm.address')} error={fieldError(errors, 'address')}>
            {(p) => <input {...p} type="text" value={v.address} onChange={set('address')} autoComplete="street-address" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-city`} label={t('vendorForm.city')} error={fieldError(errors, 'city')}>
            {(p) => <input {...p} type="text" value={v.city} onChange={set('city')} autoComplete="address-level2" />}
          </Field>
        </div>
      </div>
      <FormButtons submit={t('vendorForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
