import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { customSplit, previewSplit, splitLargestRemainder } from './split';
import { centsToInput, formatCents } from '../../lib/format';
import { DataTable } from '../../components/DataTable';
import type { ContractSplitMethod } from '../../gql/graphql';

export type Beneficiary = { id: string; name: string; population?: number | null };

type Props = {
  idPrefix: string;
  method: ContractSplitMethod;
  onMethod: (m: ContractSplitMethod) => void;
  beneficiaries: Beneficiary[];
  costCents: number | null;
  amounts: Record<string, string>;
  onAmounts: (a: Record<string, string>) => void;
  /** The server's or the form's message about the shares. */
  error?: string | null;
};

/**
 * How a contract's cost is split across the procedure's beneficiaries:
 * equal parts, by population (both computed by the server), or custom
 * amounts in euros whose sum must equal the cost; the remainder is shown
 * as the user types (integer cents).
 */
export function SplitEditor({ idPrefix, method, onMethod, beneficiaries, costCents, amounts, onAmounts, error }: Props) {
  const { t } = useTranslation();
  const localId = useId();
  const split = customSplit(costCents ?? 0, amounts);
  const remainderId = `${localId}-remainder`;
  return (
    <fieldset className="mb-3" aria-describedby={error ? `${idPrefix}-shares-error` : undefined}>
      <legend className="h6">{t('split.legend', { count: beneficiaries.length })}</legend>
      {(['EQUAL', 'POPULATION', 'CUSTOM'] as const).map((m) => (
        <div key={m} className="form-check form-check-inline">
          <input id={`${idPrefix}-method-${m}`} className="form-check-input" type="radio" name={`${idPrefix}-method`} value={m} checked={method === m}
            onChange={() => {
              onMethod(m);
              if (m === 'CUSTOM' && Object.keys(amounts).length === 0 && costCents != null) {
                // Start from the population split: the user adjusts a few members.
                const parts = splitLargestRemainder(costCents, beneficiaries.map((b) => b.population ?? 0));
                onAmounts(Object.fromEntries(beneficiaries.map((b, i) => [b.id, centsToInput(parts[i])])));
              }
            }} />
          <label htmlFor={`${idPrefix}-method-${m}`} className="form-check-label">{t(`split.method.${m}`)}</label>
        </div>
      ))}
      {method !== 'CUSTOM' && (() => {
        const preview = previewSplit(method, costCents, beneficiaries.map((b) => b.population));
        if (!preview) return costCents == null ? <p className="mt-2 small">{t('split.noCost')}</p> : null;
        const rows = beneficiaries.map((b, i) => ({ ...b, cents: preview[i] }));
        return (
          <DataTable
            caption={t('contractForm.previewCaption', { method: t(`split.method.${method}`) })}
            captionClassName="caption-top text-body small"
            scrollLabel={t('contractForm.previewCaption', { method: t(`split.method.${method}`) })}
            wrapperStyle={{ maxHeight: '20rem', overflowY: 'auto' }}
            className="table table-sm align-middle small"
            testid="split-preview"
            rows={rows}
            rowKey={(b) => b.id}
            columns={[
              { key: 'member', header: t('split.member'), rowHeader: true, className: 'fw-normal', cell: (b) => b.name },
              { key: 'population', header: t('split.population'), numeric: true, cell: (b) => b.population?.toLocaleString('it-IT') ?? '—' },
              { key: 'amount', header: t('split.amount'), numeric: true, className: 'text-nowrap', cell: (b) => formatCents(b.cents), footer: formatCents(costCents), footerProps: { className: 'fw-semibold text-nowrap' } },
            ]}
          />
        );
      })()}
      {method === 'CUSTOM' && (
        <>
          <p id={remainderId} className={`mt-2 fw-semibold ${split.remainderCents === 0 && split.invalid.length === 0 ? 'text-success' : 'text-danger'}`}
            aria-live="polite" data-testid="split-remainder">
            {costCents == null
              ? t('split.noCost')
              : split.remainderCents === 0
                ? t('split.balanced', { sum: formatCents(split.sumCents) })
                : split.remainderCents > 0
                  ? t('split.left', { amount: formatCents(split.remainderCents), sum: formatCents(split.sumCents), cost: formatCents(costCents) })
                  : t('split.over', { amount: formatCents(-split.remainderCents), sum: formatCents(split.sumCents), cost: formatCents(costCents) })}
          </p>
          <DataTable
            caption={t('split.tableLabel')}
            scrollLabel={t('split.tableLabel')}
            wrapperStyle={{ maxHeight: '24rem', overflowY: 'auto' }}
            className="table table-sm align-middle small"
            rows={beneficiaries}
            rowKey={(b) => b.id}
            columns={[
              {
                key: 'member',
                header: t('split.member'),
                rowHeader: true,
                className: 'fw-normal',
                cell: (b) => <label htmlFor={`${idPrefix}-share-${b.id}`} className="mb-0">{b.name}</label>,
              },
              { key: 'population', header: t('split.population'), numeric: true, cell: (b) => b.population?.toLocaleString('it-IT') ?? '—' },
              {
                key: 'amount',
                header: t('split.amount'),
                cell: (b) => {
                  const bad = split.invalid.includes(b.id);
                  return (
                    <>
                      <input id={`${idPrefix}-share-${b.id}`} type="text" inputMode="decimal" className={`form-control form-control-sm${bad ? ' is-invalid' : ''}`}
                        value={amounts[b.id] ?? ''} aria-invalid={bad || undefined} aria-describedby={bad ? `${idPrefix}-share-${b.id}-error` : remainderId}
                        onChange={(e) => onAmounts({ ...amounts, [b.id]: e.target.value })} autoComplete="off" />
                      {bad && <div id={`${idPrefix}-share-${b.id}-error`} className="invalid-feedback d-block">{t('split.badAmount')}</div>}
                    </>
                  );
                },
              },
            ]}
          />
        </>
      )}
      {error && <div id={`${idPrefix}-shares-error`} className="invalid-feedback d-block" data-testid="field-error">{error}</div>}
    </fieldset>
  );
}

/** Why a custom split cannot be sent yet, or null when it can. */
export function customSplitProblem(t: (k: string, o?: Record<string, unknown>) => string, costCents: number | null, amounts: Record<string, string>): string | null {
  if (costCents == null) return t('split.noCost');
  const s = customSplit(costCents, amounts);
  if (s.invalid.length > 0) return t('split.errors.invalid', { count: s.invalid.length });
  if (s.remainderCents !== 0) return t('split.errors.sum', { sum: formatCents(s.sumCents), cost: formatCents(costCents), diff: formatCents(Math.abs(s.remainderCents)) });
  return null;
}

/** The shares of a custom split for the API (members with a zero amount left out). */
export function customShares(costCents: number, amounts: Record<string, string>) {
  const s = customSplit(costCents, amounts);
  return Object.entries(s.cents).flatMap(([bodyID, c]) => (c ? [{ bodyID, amountCents: c }] : []));
}
