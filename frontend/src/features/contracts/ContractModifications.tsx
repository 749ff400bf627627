import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { centsToInput, formatCents, formatDate } from '../../lib/format';
import { useConfirmedAction } from '../../lib/useConfirmedAction';
import type { ContractModificationBasis } from '../../gql/graphql';
import { modificationErrors, modificationInput, shareChanges, type ModificationForm, type ShareSnapshot } from './modifications';
import { nodesOf } from '../../lib/paging';
import {
  useApplyContractModification, useProposeContractModification, useWithdrawContractModification, type ContractShares,
} from './useContracts';

/** The legal bases, in the order of art. 120. */
export const bases: ContractModificationBasis[] = [
  'OPTION_CLAUSE', 'ADDITIONAL_SERVICES', 'UNFORESEEN_CIRCUMSTANCES', 'DE_MINIMIS', 'FIFTH_INCREASE_DECREASE', 'TECHNICAL_EXTENSION',
];

const tones: Record<string, string> = { PROPOSED: 'bg-primary', EFFECTIVE: 'bg-success', WITHDRAWN: 'bg-secondary' };

type Modification = ContractShares['modifications'][number];

/**
 * A contract's modifications under art. 120 D.Lgs. 36/2023, oldest first:
 * legal basis, act, amounts and end date before and after, status, and the
 * members' shares before and after (collapsed). The lead proposes one,
 * applies or withdraws a proposed one after a confirmation.
 */
export function ContractModifications({ contract, canManage, onChange }: { contract: ContractShares; canManage: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const [proposing, setProposing] = useState(false);
  const [{ fetching: busyA }, apply] = useApplyContractModification();
  const [{ fetching: busyW }, withdraw] = useWithdrawContractModification();
  const action = useConfirmedAction<{ kind: 'apply' | 'withdraw'; m: Modification }>(
    ({ kind, m }) => (kind === 'apply' ? apply({ id: m.id, version: m.version }) : withdraw({ id: m.id, version: m.version })),
    onChange,
  );
  const mods = contract.modifications;
  // A proposed modification has no shares before yet: the contract's shares now stand for them.
  const now = nodesOf(contract.costShares).map((x) => ({ bodyID: x.body.id, bodyName: x.body.name, amountCents: x.amountCents }));
  const active = contract.status === 'ACTIVE';

  return (
    <section className="mt-3" aria-label={t('contractModification.title')} data-testid="contract-modifications">
      <p className="fw-semibold mb-1">{t('contractModification.title')}</p>
      <FormErrors ref={action.alertRef} errors={action.errors} />
      {mods.length === 0 ? (
        <p className="small mb-2">{t('contractModification.none')}</p>
      ) : (
        <ul className="list-unstyled">
          {mods.map((m) => (
            <li key={m.id} className="border rounded p-2 mb-2 small" data-testid="contract-modification" data-status={m.status}>
              <div className="d-flex flex-wrap justify-content-between gap-2">
                <strong>{t('contractModification.numbered', { number: m.number })} · {t(`contractModificationBasis.${m.basis}`)}</strong>
                <span className={`badge ${tones[m.status] ?? 'bg-secondary'}`}>{t(`contractModificationStatus.${m.status}`)}</span>
              </div>
              <dl className="row mb-1 mt-1">
                <dt className="col-sm-4">{t('contractModification.act')}</dt>
                <dd className="col-sm-8">{m.actNumber || m.actDate ? t('contractModification.actValue', { number: m.actNumber ?? '—', date: formatDate(m.actDate) || '—' }) : '—'}</dd>
                <dt className="col-sm-4">{t('contractModification.net')}</dt>
                <dd className="col-sm-8" data-testid="modification-net">{formatCents(m.beforeNetCents)} → {formatCents(m.netCents)}</dd>
                <dt className="col-sm-4">{t('contractModification.vat')}</dt>
                <dd className="col-sm-8">{formatCents(m.beforeVatCents)} → {formatCents(m.vatCents)}</dd>
                <dt className="col-sm-4">{t('contractModification.endsOn')}</dt>
                <dd className="col-sm-8">{formatDate(m.beforeEndsOn) || '—'} → {formatDate(m.endsOn ?? m.beforeEndsOn) || '—'}</dd>
                {m.effectiveOn && (
                  <>
                    <dt className="col-sm-4">{t('contractModification.effectiveOn')}</dt>
                    <dd className="col-sm-8">{formatDate(m.effectiveOn)}</dd>
                  </>
                )}
                <dt className="col-sm-4">{t('contractModification.reason')}</dt>
                <dd className="col-sm-8 text-break">{m.reason}</dd>
              </dl>
              <SharesTable m={m} now={now} />
              {canManage && m.status === 'PROPOSED' && (
                <div className="d-flex gap-2 mt-2">
                  <button type="button" className="btn btn-primary btn-xs" onClick={() => action.ask({ kind: 'apply', m })} data-testid="modification-apply">
                    {t('contractModification.apply')}<span className="visually-hidden"> {m.number}</span>
                  </button>
                  <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => action.ask({ kind: 'withdraw', m })} data-testid="modification-withdraw">
                    {t('contractModification.withdraw')}<span className="visually-hidden"> {m.number}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {action.confirming && (
        <ConfirmDialog
          title={t(`contractModification.confirm.${action.confirming.kind}`, { number: action.confirming.m.number })}
          confirmLabel={t(`contractModification.${action.confirming.kind}`)}
          tone={action.confirming.kind === 'withdraw' ? 'danger' : 'primary'}
          busy={busyA || busyW}
          testid="modification-confirm"
          onConfirm={() => void action.go(action.confirming!)}
          onCancel={action.cancel}
        >
          <p className="mb-0">{t(`contractModification.confirm.${action.confirming.kind}Text`, {
            net: formatCents(action.confirming.m.netCents), vat: formatCents(action.confirming.m.vatCents),
          })}</p>
        </ConfirmDialog>
      )}
      {canManage && active && !proposing && (
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setProposing(true)} data-testid="modification-propose">
          {t('contractModification.propose')}
        </button>
      )}
      {proposing && <ProposeForm contract={contract} onDone={() => { setProposing(false); onChange(); }} onCancel={() => setProposing(false)} />}
    </section>
  );
}

function SharesTable({ m, now }: { m: Modification; now: ShareSnapshot[] }) {
  const { t } = useTranslation();
  const before = m.status === 'PROPOSED' ? now : m.sharesBefore;
  const rows = shareChanges(before, m.sharesAfter);
  if (rows.length === 0) return null;
  const sum = (k: 'before' | 'after') => rows.reduce((s, r) => s + r[k], 0);
  return (
    <details>
      <summary>{t('contractModification.shares', { count: rows.length })}</summary>
      <div className="table-responsive" style={{ maxHeight: '20rem', overflowY: 'auto' }} tabIndex={0} role="region" aria-label={t('contractModification.sharesCaption')}>
        <table className="table table-sm small mt-2" data-testid="modification-shares">
          <caption className="visually-hidden">{t('contractModification.sharesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('split.member')}</th>
              <th scope="col" className="text-end">{m.status === 'PROPOSED' ? t('contractModification.sharesNow') : t('contractModification.sharesBefore')}</th>
              <th scope="col" className="text-end">{m.status === 'PROPOSED' ? t('contractModification.sharesPreview') : t('contractModification.sharesAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.bodyID}>
                <th scope="row" className="fw-normal">{r.name}</th>
                <td className="text-end text-nowrap">{before.length ? formatCents(r.before) : '—'}</td>
                <td className="text-end text-nowrap">{formatCents(r.after)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="fw-semibold">
              <th scope="row">{t('contractPanel.total')}</th>
              <td className="text-end text-nowrap">{before.length ? formatCents(sum('before')) : '—'}</td>
              <td className="text-end text-nowrap">{formatCents(sum('after'))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}

const apiFields = ['basis', 'actNumber', 'actDate', 'netCents', 'vatCents', 'endsOn', 'reason'];

/** The lead proposes a modification; the server's limits (contract_modification.*) show next to the field they name. */
function ProposeForm({ contract, onDone, onCancel }: { contract: ContractShares; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<ModificationForm>({
    basis: '', actNumber: '', actDate: '', net: centsToInput(contract.netCents), vat: centsToInput(contract.vatCents), endsOn: '', reason: '',
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [{ fetching }, propose] = useProposeContractModification();
  const set = (k: keyof ModificationForm, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const err = (field: string) => (local[field] ? t(`contractModification.errors.${local[field]}`) : fieldError(errors, field));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const l = modificationErrors(form);
    setLocal(l as Record<string, string>);
    if (Object.keys(l).length) return;
    const r = await propose({ input: { ...modificationInput(contract.id, contract.version, form), basis: form.basis as ContractModificationBasis } });
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length) {
      setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 my-2" aria-labelledby={`${id}-h`} data-testid="modification-form">
      <p id={`${id}-h`} className="fw-semibold">{t('contractModification.proposeTitle')}</p>
      <div ref={alertRef} tabIndex={-1} className="outline-0">
        <FormErrors errors={errors} shownFields={apiFields} />
        {errors.some((x) => x.field && apiFields.includes(x.field)) && (
          <div className="alert alert-danger small" role="alert">{t('contractModification.seeFields')}</div>
        )}
      </div>
      <div className="select-wrapper mt-4 mb-3">
        <label htmlFor={`${id}-basis`}>{t('contractModification.basis')} <span aria-hidden="true">*</span></label>
        <select id={`${id}-basis`} value={form.basis} onChange={(e) => set('basis', e.target.value)} aria-invalid={err('basis') ? true : undefined}
          aria-describedby={err('basis') ? `${id}-basis-error` : undefined} required>
          <option value="">{t('variation.choose')}</option>
          {bases.map((b) => <option key={b} value={b}>{t(`contractModificationBasis.${b}`)}</option>)}
        </select>
        {err('basis') && <div id={`${id}-basis-error`} className="invalid-feedback d-block" data-testid="field-error">{err('basis')}</div>}
      </div>
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-act-number`} label={t('contractModification.actNumber')} error={err('actNumber')}>
            {(p) => <input {...p} maxLength={50} value={form.actNumber} onChange={(e) => set('actNumber', e.target.value)} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-act-date`} label={t('contractModification.actDate')} error={err('actDate')}>
            {(p) => <input {...p} type="date" value={form.actDate} onChange={(e) => set('actDate', e.target.value)} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-net`} label={t('contractModification.newNet')} required error={err('netCents')} hint={t('contractModification.nowValue', { value: formatCents(contract.netCents) })}>
            {(p) => <input {...p} inputMode="decimal" value={form.net} onChange={(e) => set('net', e.target.value)} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-vat`} label={t('contractModification.newVat')} error={err('vatCents')} hint={t('contractModification.nowValue', { value: formatCents(contract.vatCents) })}>
            {(p) => <input {...p} inputMode="decimal" value={form.vat} onChange={(e) => set('vat', e.target.value)} />}
          </Field>
        </div>
        <div className="col-md-6">
          <Field id={`${id}-ends-on`} label={t('contractModification.newEndsOn')} error={err('endsOn')} hint={t('contractModification.nowValue', { value: formatDate(contract.endsOn) || '—' })}>
            {(p) => <input {...p} type="date" value={form.endsOn} onChange={(e) => set('endsOn', e.target.value)} />}
          </Field>
        </div>
      </div>
      <Field id={`${id}-reason`} label={t('contractModification.reason')} required error={err('reason')}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} value={form.reason} onChange={(e) => set('reason', e.target.value)} />}
      </Field>
      <button type="submit" className="btn btn-primary btn-sm me-2" disabled={fetching} aria-busy={fetching} data-testid="modification-submit">{t('contractModification.proposeSubmit')}</button>
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>{t('app.cancel')}</button>
    </form>
  );
}
