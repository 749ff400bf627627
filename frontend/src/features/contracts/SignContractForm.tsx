import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignContract } from './useContracts';
import { contractCost } from './split';
import { SplitEditor, customShares, customSplitProblem, type Beneficiary } from './SplitEditor';
import type { ProjectSetup } from '../procurements/useProcurementActions';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField, optional } from '../../lib/forms';
import { centsToInput, formatCents, parseEuroToCents } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import type { ContractSplitMethod } from '../../gql/graphql';

type Lot = { id: string; number: number; title: string; cig: string; awardCents?: number | null; awardedVendor?: { id: string; name: string } | null };

const fields = ['reference', 'signedOn', 'startsOn', 'endsOn', 'netCents', 'vatCents', 'interventionLineID', 'expenseCategoryID', 'shares', 'splitMethod', 'vendorID'];

/**
 * Records the contract of an awarded lot with its winner and splits its cost
 * across the procedure's beneficiaries (equal, by population, or custom
 * amounts that must sum to the cost).
 */
export function SignContractForm({ lot, beneficiaries, setup, onDone, onCancel }: {
  lot: Lot; beneficiaries: Beneficiary[]; setup: ProjectSetup; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(fields);
  const categories = nodesOf(setup.call.expenseCategories);
  const lines = nodesOf(setup.call.interventionLines);
  const [v, setV] = useState({
    reference: '', signedOn: '', startsOn: '', endsOn: '', net: centsToInput(lot.awardCents ?? null), vat: '',
    line: '', category: categories[0]?.id ?? '',
  });
  const [method, setMethod] = useState<ContractSplitMethod>('POPULATION');
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [{ fetching }, sign] = useSignContract();
  useEffect(() => document.getElementById(`${id}-reference`)?.focus(), [id]);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));

  const net = parseEuroToCents(v.net);
  const vat = v.vat.trim() ? parseEuroToCents(v.vat) : 0;
  const category = categories.find((c) => c.id === v.category);
  const cost = net != null && net > 0 && vat != null && vat >= 0 && category ? contractCost(net, vat, category.vatEligible) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (net == null || net <= 0) local.push(invalidField('netCents', t('contractForm.errors.net')));
    if (vat == null || vat < 0) local.push(invalidField('vatCents', t('contractForm.errors.vat')));
    if (!category) local.push(invalidField('expenseCategoryID', t('contractForm.errors.category')));
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) local.push(invalidField('endsOn', t('contractForm.errors.period')));
    if (method === 'CUSTOM') {
      const problem = customSplitProblem(t, cost, amounts);
      if (problem) local.push(invalidField('shares', problem));
    }
    if (refuse(local) || net == null || vat == null || !category || !lot.awardedVendor) return;
    const res = await sign({
      input: {
        lotID: lot.id, vendorID: lot.awardedVendor.id, reference: optional(v.reference), signedOn: v.signedOn || null,
        startsOn: v.startsOn || null, endsOn: v.endsOn || null, netCents: net, vatCents: vat, interventionLineID: v.line || null,
        split: { method, expenseCategoryID: category.id, shares: method === 'CUSTOM' && cost != null ? customShares(cost, amounts) : null },
      },
    });
    if (res.error) return fail(serverErrors(res.error));
    onDone();
  }

  const err = (f: string) => fieldError(errors, f);
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 my-3" aria-labelledby={`${id}-h`} data-testid="contract-form">
      <h4 id={`${id}-h`} className="h6">{t('contractForm.title', { number: lot.number, title: lot.title, cig: lot.cig })}</h4>
      <p className="small">{t('contractForm.intro', { vendor: lot.awardedVendor?.name ?? '—', award: formatCents(lot.awardCents) })}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields.filter((f) => f !== 'vendorID')} />
      <div className="row">
        <div className="col-md-4">
          <Field id={`${id}-reference`} label={t('contractForm.reference')} hint={t('contractForm.referenceHint')} error={err('reference')}>
            {(p) => <input {...p} type="text" value={v.reference} onChange={set('reference')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-signedOn`} label={t('contractForm.signedOn')} error={err('signedOn')}>
            {(p) => <input {...p} type="date" value={v.signedOn} onChange={set('signedOn')} />}
          </Field>
        </div>
        <div className="col-md-4">
          <Field id={`${id}-interventionLineID`} label={t('contractForm.line')} error={err('interventionLineID')} control="form-select">
            {(p) => (
              <select {...p} value={v.line} onChange={set('line')}>
                <option value="">{t('contractForm.noLine')}</option>
                {lines.map((l) => <option key={l.id} value={l.id}>{`${l.code} – ${l.name}`}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-startsOn`} label={t('contractForm.startsOn')} error={err('startsOn')}>
            {(p) => <input {...p} type="date" value={v.startsOn} onChange={set('startsOn')} />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-endsOn`} label={t('contractForm.endsOn')} error={err('endsOn')}>
            {(p) => <input {...p} type="date" value={v.endsOn} onChange={set('endsOn')} />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-netCents`} label={t('contractForm.net')} hint={t('procurementForm.euroHint')} error={err('netCents')} required>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.net} onChange={set('net')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-vatCents`} label={t('contractForm.vat')} error={err('vatCents')}>
            {(p) => <input {...p} type="text" inputMode="decimal" value={v.vat} onChange={set('vat')} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-expenseCategoryID`} label={t('contractForm.category')} error={err('expenseCategoryID')} control="form-select" required
            hint={category ? (category.vatEligible ? t('contractForm.vatEligible') : t('contractForm.vatNotEligible')) : undefined}>
            {(p) => (
              <select {...p} value={v.category} onChange={set('category')}>
                {categories.map((c) => <option key={c.id} value={c.id}>{`${c.code} – ${c.name}`}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="col-md-6 d-flex align-items-center">
          <p className="mb-0" data-testid="contract-cost">{cost == null ? '' : t('contractForm.cost', { amount: formatCents(cost) })}</p>
        </div>
      </div>
      <SplitEditor idPrefix={id} method={method} onMethod={setMethod} beneficiaries={beneficiaries} costCents={cost}
        amounts={amounts} onAmounts={setAmounts} error={err('shares') ?? err('splitMethod')} />
      <FormButtons submit={t('contractForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
