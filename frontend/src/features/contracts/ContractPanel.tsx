import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractShares, useSplitContract, useUploadContractDocument } from './useContracts';
import { contractCost } from './split';
import { SplitEditor, customShares, customSplitProblem } from './SplitEditor';
import { ContractModifications } from './ContractModifications';
import { DocumentLink, type StoredDocument } from '../../components/DocumentLink';
import { FileField } from '../../components/FileField';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { isStaleVersion } from './split';
import { centsToInput, formatCents } from '../../lib/format';
import { DataTable } from '../../components/DataTable';
import { useFileUpload } from '../../lib/useFileUpload';
import { nodesOf } from '../../lib/paging';
import type { ContractSplitMethod } from '../../gql/graphql';

/**
 * A contract's split across members (with its sum against the contract's
 * cost), its modifications (art. 120) and its documents; the lead re-splits it (a concurrent change is
 * reported, not overwritten) and uploads the signed contract.
 */
export function ContractPanel({ contractID, canManage }: { contractID: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useContractShares(contractID);
  const [editing, setEditing] = useState(false);
  const c = data?.node?.__typename === 'Contract' ? data.node : null;
  if (fetching && !c) return <Loading />;
  if (!c) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const shares = nodesOf(c.costShares);
  const sum = shares.reduce((s, x) => s + x.amountCents, 0);
  const category = shares[0]?.expenseCategory ?? null;
  const cost = contractCost(c.netCents, c.vatCents, category?.vatEligible ?? false);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const method = c.splitMethod === 'POPULATION' && c.populationYear
    ? t('population.split', { year: c.populationYear })
    : t(`splitMethod.${c.splitMethod}`);
  // The population shown is the one the split used: a body's current
  // figure of another year is not it.
  const population = (b: { population?: number | null; populationYear?: number | null }) =>
    b.population != null && (c.splitMethod !== 'POPULATION' || !c.populationYear || b.populationYear === c.populationYear)
      ? b.population.toLocaleString('it-IT') : '—';

  return (
    <div className="mt-2" data-testid="contract-panel">
      <p className="mb-2" data-testid="shares-sum">
        {t('contractPanel.sum', { count: shares.length, sum: formatCents(sum), cost: formatCents(cost) })}{' '}
        {sum === cost ? <span className="badge bg-success">{t('contractPanel.balanced')}</span> : <span className="badge bg-danger">{t('contractPanel.unbalanced')}</span>}
      </p>
      <details>
        <summary data-testid="split-method">{t('contractPanel.showShares', { method })}</summary>
        <DataTable
          caption={t('contractPanel.sharesCaption')}
          className="table table-sm small"
          testid="cost-shares"
          scrollLabel={t('contractPanel.sharesCaption')}
          wrapperClassName="mt-2"
          wrapperStyle={{ maxHeight: '20rem', overflowY: 'auto' }}
          rows={shares}
          rowKey={(s) => s.id}
          columns={[
            { key: 'member', header: t('split.member'), rowHeader: true, className: 'fw-normal', cell: (s) => s.body.name, footer: t('contractPanel.total') },
            { key: 'population', header: t('split.population'), numeric: true, cell: (s) => population(s.body) },
            {
              key: 'amount',
              header: t('split.amount'),
              numeric: true,
              className: 'text-nowrap',
              cell: (s) => formatCents(s.amountCents),
              footer: formatCents(sum),
              footerProps: { className: 'fw-semibold text-nowrap' },
            },
          ]}
        />
      </details>
      {canManage && c.status === 'ACTIVE' && !editing && (
        <button type="button" className="btn btn-outline-primary btn-xs mt-2" onClick={() => setEditing(true)}>{t('contractPanel.resplit')}</button>
      )}
      {editing && category && (
        <ResplitForm contract={c} cost={cost} categoryID={category.id}
          shares={shares.map((s) => ({ id: s.body.id, name: s.body.name, population: s.body.population, cents: s.amountCents }))}
          onDone={() => { setEditing(false); reload(); }} onCancel={() => setEditing(false)} onReload={reload} />
      )}
      <ContractModifications contract={c} canManage={canManage} onChange={reload} />
      <Documents docs={nodesOf(c.documents)} />
      {canManage && <UploadContractDocument contractID={c.id} onDone={reload} />}
    </div>
  );
}

function ResplitForm({ contract, cost, categoryID, shares, onDone, onCancel, onReload }: {
  contract: { id: string; version: number; splitMethod: ContractSplitMethod };
  cost: number; categoryID: string;
  shares: { id: string; name: string; population?: number | null; cents: number }[];
  onDone: () => void; onCancel: () => void; onReload: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const [method, setMethod] = useState<ContractSplitMethod>(contract.splitMethod);
  const [amounts, setAmounts] = useState<Record<string, string>>(() => Object.fromEntries(shares.map((s) => [s.id, centsToInput(s.cents)])));
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [{ fetching }, split] = useSplitContract();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (method === 'CUSTOM') {
      const problem = customSplitProblem(t, cost, amounts);
      if (problem) {
        setErrors([invalidField('shares', problem)]);
        return;
      }
    }
    const res = await split({
      id: contract.id, version: contract.version,
      split: { method, expenseCategoryID: categoryID, shares: method === 'CUSTOM' ? customShares(cost, amounts) : null },
    });
    if (res.error) {
      const list = serverErrors(res.error);
      if (isStaleVersion(list)) {
        setConflict(true);
        setErrors([]);
        setTimeout(() => alertRef.current?.focus(), 0);
        return;
      }
      setErrors(list);
      setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 my-2" aria-labelledby={`${id}-h`} data-testid="resplit-form">
      <h5 id={`${id}-h`} className="h6">{t('contractPanel.resplitTitle')}</h5>
      {conflict && (
        <div ref={alertRef} className="alert alert-warning" role="alert" tabIndex={-1} data-testid="split-conflict">
          <p>{t('contractPanel.conflict')}</p>
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onReload}>{t('contractPanel.reload')}</button>
        </div>
      )}
      <FormErrors ref={conflict ? undefined : alertRef} errors={errors} shownFields={['shares', 'splitMethod']} />
      <SplitEditor idPrefix={id} method={method} onMethod={setMethod} beneficiaries={shares} costCents={cost} amounts={amounts} onAmounts={setAmounts}
        error={fieldError(errors, 'shares', 'splitMethod')} />
      <button type="submit" className="btn btn-primary btn-sm me-2" disabled={fetching || conflict} aria-busy={fetching}>{t('contractPanel.saveSplit')}</button>
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>{t('app.cancel')}</button>
    </form>
  );
}

function Documents({ docs }: { docs: StoredDocument[] }) {
  const { t } = useTranslation();
  if (docs.length === 0) return <p className="small text-secondary mt-2 mb-1">{t('contractPanel.noDocuments')}</p>;
  return (
    <ul className="small mt-2 mb-1" aria-label={t('contractPanel.documents')} data-testid="contract-documents">
      {docs.map((d) => (
        <li key={d.id}>
          <DocumentLink doc={d} />
        </li>
      ))}
    </ul>
  );
}

function UploadContractDocument({ contractID, onDone }: { contractID: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [{ fetching }, upload] = useUploadContractDocument();
  const { file, setFile, errors, inputRef, submit } = useFileUpload((f) => upload({ contractID, file: f }), t('contractPanel.errors.file'), onDone);
  // A refusal that names no field is about the file.
  const err = errors.find((x) => (x.field ?? 'file') === 'file');
  return (
    <form onSubmit={submit} noValidate className="mt-2" data-testid="contract-upload" aria-label={t('contractPanel.uploadLabel')}>
      <FileField id={`${id}-file`} label={t('contractPanel.choose')} hint={t('contractPanel.uploadHint')} file={file} onChange={setFile}
        error={err ? (err.message ?? t(`errors.${err.kind}`)) : null} inputRef={inputRef} accept=".pdf,.p7m,application/pdf" />
      <button type="submit" className="btn btn-outline-primary btn-xs" disabled={fetching} aria-busy={fetching}>{t('contractPanel.upload')}</button>
    </form>
  );
}
