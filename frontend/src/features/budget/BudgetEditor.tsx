import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBudgetGridData, useSetBudgetLines, type GridMember } from './useBudgetEditor';
import {
  cellKey, cellOf, changedLines, currentCells, invalidKeys, perInhabitant, placeProblems, savedCells, savedVersions, totalsOf,
  versionsAfterSave,
  type Edits, type Problem,
} from './grid';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { ClientPager } from '../../components/Pager';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatEuroInput, formatInteger } from '../../lib/format';
import { useClientPages } from '../../lib/paging';

/** Members shown per page of the grid (each with one row per intervention line). */
export const MEMBERS_PER_PAGE = 5;

type Named = { id: string; code: string; name: string };

type Props = {
  applicationID: string;
  aggregationID: string;
  lines: Named[];
  categories: (Named & { capBp?: number | null; capCents?: number | null })[];
  capPerMemberCents?: number | null;
  /**
   * The population the server counts for each member (of the call's
   * population year); without it, each member's current figure.
   */
  populationOf?: Map<string, number>;
  /** The problems of the saved budget, as the server last checked it. */
  problems: Problem[];
  /** Called after a save, so the page reloads its figures. */
  onSaved: () => void;
  /** Tells the page whether there are unsaved changes (submit waits for a save). */
  onDirtyChange?: (dirty: boolean) => void;
};

/**
 * The lead's budget grid: member × intervention line × expense category,
 * euros typed the Italian way and kept as integer cents, live totals, the
 * call's problems next to the rows and cells they concern, one request to
 * save. Five members per page, filtered by name or to those with problems.
 */
export function BudgetEditor(props: Props) {
  const { data, error, reload } = useBudgetGridData(props.applicationID, props.aggregationID);
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return <Grid {...props} members={data.members} initial={data.lines} reload={reload} key={data.loadedAt} />;
}

function Grid({
  applicationID, lines, categories, capPerMemberCents, populationOf, problems: initialProblems, onSaved, onDirtyChange, members, initial, reload,
}: Props & { members: GridMember[]; initial: import('./grid').SavedLine[]; reload: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(() => savedCells(initial));
  const [versions, setVersions] = useState(() => savedVersions(initial));
  const [edits, setEdits] = useState<Edits>({});
  const [problems, setProblems] = useState<Problem[]>(initialProblems);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [savedMessage, setSavedMessage] = useState(false);
  const [search, setSearch] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [{ fetching: saving }, setBudgetLines] = useSetBudgetLines();
  const tableRef = useRef<HTMLTableElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const cells = useMemo(() => currentCells(saved, edits), [saved, edits]);
  const totals = useMemo(() => totalsOf(cells), [cells]);
  const placed = useMemo(() => placeProblems(problems), [problems]);
  const invalid = useMemo(() => invalidKeys(edits), [edits]);
  const changes = useMemo(() => changedLines(saved, edits, versions), [saved, edits, versions]);
  const dirty = invalid.length > 0 || (changes?.length ?? 0) > 0;
  const popOf = (m: GridMember) => (populationOf ? populationOf.get(m.id) || null : m.population);
  const population = members.reduce((s, m) => s + (popOf(m) ?? 0), 0);

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const overCap = (bodyID: string) => {
    const got = totals.perMember.get(bodyID) ?? 0;
    return capPerMemberCents != null && got > capPerMemberCents ? got - capPerMemberCents : 0;
  };
  const memberHasProblem = (m: GridMember) =>
    overCap(m.id) > 0 || placed.member.has(m.id) || lines.some((l) => categories.some((c) => placed.cell.has(cellKey(m.id, l.id, c.id))));

  const q = search.trim().toLocaleLowerCase('it');
  const shown = useMemo(
    () => members.filter((m) => (!q || m.name.toLocaleLowerCase('it').includes(q)) && (!onlyProblems || memberHasProblem(m))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [members, q, onlyProblems, onlyProblems ? totals : null, onlyProblems ? placed : null],
  );
  const pages = useClientPages(shown, MEMBERS_PER_PAGE, `${q}|${onlyProblems}`);

  function setCell(key: string, text: string) {
    setSavedMessage(false);
    setEdits((e) => ({ ...e, [key]: text }));
  }

  function normalize(key: string) {
    const cell = cellOf(saved, edits, key, formatEuroInput);
    if (key in edits && !cell.invalid && cell.cents != null) {
      setEdits((e) => ({ ...e, [key]: cell.cents ? formatEuroInput(cell.cents) : '' }));
    }
  }

  async function save() {
    setSavedMessage(false);
    if (!changes) {
      setErrors([{ kind: 'INVALID', message: t('budget.fixInvalid', { count: invalid.length }), field: null, rule: null }]);
      statusRef.current?.focus();
      return;
    }
    if (changes.length === 0) return;
    const r = await setBudgetLines({ applicationID, lines: changes });
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (r.data) {
      const next = new Map(saved);
      for (const l of changes) {
        const k = cellKey(l.bodyID, l.interventionLineID, l.expenseCategoryID);
        if (l.amountCents === 0) next.delete(k);
        else next.set(k, l.amountCents);
      }
      setSaved(next);
      setVersions(versionsAfterSave(versions, changes));
      setEdits({});
      setProblems(r.data.setBudgetLines.problems);
      setSavedMessage(true);
      onSaved();
    }
    statusRef.current?.focus();
  }

  function discard() {
    setEdits({});
    setErrors([]);
  }

  // Arrows and Enter move between the amounts like in a spreadsheet.
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const row = Number(input.dataset.row);
    const col = Number(input.dataset.col);
    let target: [number, number] | null = null;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) target = [row + 1, col];
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) target = [row - 1, col];
    else if (e.key === 'ArrowLeft' && input.selectionStart === 0 && input.selectionEnd === 0) target = [row, col - 1];
    else if (e.key === 'ArrowRight' && input.selectionStart === input.value.length) target = [row, col + 1];
    if (!target) return;
    const next = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${target[0]}"][data-col="${target[1]}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
      next.select();
    }
  }

  const conflict = errors.some((x) => x.kind === 'CONFLICT');
  let rowIndex = 0;

  return (
    <section aria-labelledby="budget-title" className="mb-5" data-testid="budget-editor">
      <UnsavedChangesGuard when={dirty} />
      <h2 id="budget-title" className="h4">{t('budget.title')}</h2>
      <p>{t('budget.intro')}</p>

      <div className="row g-3 mb-3" data-testid="budget-figures">
        <Figure label={t('budget.total')} value={formatCents(totals.total)} testid="budget-total" />
        <Figure label={t('budget.population')} value={formatInteger(population)} />
        <Figure label={t('budget.perInhabitant')} value={formatCents(perInhabitant(totals.total, population))} testid="budget-per-inhabitant" />
        {capPerMemberCents != null && <Figure label={t('budget.capPerMember')} value={formatCents(capPerMemberCents)} />}
      </div>

      <ProblemsSummary
        problems={problems}
        dirty={dirty}
        members={members}
        onShowMember={(name) => {
          setOnlyProblems(false);
          setSearch(name);
        }}
      />

      <div className="row align-items-end mb-2">
        <div className="col-md-6">
          <div className="form-group mt-4 mb-2">
            <label htmlFor="budget-search" className="active">{t('budget.search')}</label>
            <input id="budget-search" type="search" className="form-control" value={search} autoComplete="off" onChange={(e) => setSearch(e.target.value)} />
          </div>
        </div>
        <div className="col-md-6">
          <div className="form-check mb-2">
            <input id="budget-only-problems" type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            <label htmlFor="budget-only-problems">{t('budget.onlyProblems')}</label>
          </div>
        </div>
      </div>
      <p aria-live="polite" className="small" data-testid="budget-members-count">
        {t('budget.membersShown', { shown: shown.length, count: members.length })}
      </p>

      {shown.length === 0 ? (
        <div className="alert alert-info" role="status">{t('budget.noMembers')}</div>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm budget-grid" ref={tableRef} data-testid="budget-grid">
            <caption className="visually-hidden">{t('budget.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budget.columns.line')}</th>
                {categories.map((c) => (
                  <th key={c.id} scope="col" className="text-end">
                    <abbr title={c.name}>{c.code}</abbr>
                  </th>
                ))}
                <th scope="col" className="text-end">{t('budget.columns.lineTotal')}</th>
              </tr>
            </thead>
            {pages.rows.map((m) => {
              const memberTotal = totals.perMember.get(m.id) ?? 0;
              const over = overCap(m.id);
              const memberProblems = placed.member.get(m.id) ?? [];
              const pid = `mp-${m.id}`;
              return (
                <tbody key={m.id} data-testid="budget-member" data-body={m.id} data-name={m.name}>
                  <tr className="member-row">
                    <th scope="rowgroup" colSpan={categories.length + 1} id={`mh-${m.id}`}>
                      {m.name}
                      {m.lead && <span className="badge bg-primary ms-2">{t('aggregation.leadBadge')}</span>}
                      <span className="fw-normal small ms-2">
                        {t('budget.memberFacts', {
                          population: formatInteger(popOf(m)),
                          perInhabitant: formatCents(perInhabitant(memberTotal, popOf(m))),
                        })}
                      </span>
                      {(memberProblems.length > 0 || over > 0) && (
                        <ul id={pid} className="list-unstyled text-danger fw-normal small mb-0" data-testid="member-problems">
                          {memberProblems.map((p, i) => <li key={i}>{p.message}</li>)}
                          {over > 0 && memberProblems.length === 0 && (
                            <li data-testid="member-over-cap">{t('budget.overCapLive', { amount: formatCents(over) })}</li>
                          )}
                        </ul>
                      )}
                    </th>
                    <td className={`text-end text-nowrap fw-bold${over > 0 ? ' text-danger' : ''}`} data-testid="member-total">
                      {formatCents(memberTotal)}
                    </td>
                  </tr>
                  {lines.map((l) => {
                    const r = rowIndex++;
                    return (
                      <tr key={l.id}>
                        <th scope="row" className="fw-normal small">
                          <abbr title={l.name}>{l.code}</abbr> <span className="d-none d-xl-inline">{l.name}</span>
                        </th>
                        {categories.map((c, ci) => {
                          const k = cellKey(m.id, l.id, c.id);
                          const cell = cellOf(saved, edits, k, formatEuroInput);
                          const cellProblems = placed.cell.get(k) ?? [];
                          const id = `cell-${m.id}-${l.id}-${c.id}`;
                          const described = [cellProblems.length ? `${id}-p` : '', over > 0 || memberProblems.length ? pid : '', cell.invalid ? `${id}-e` : '']
                            .filter(Boolean).join(' ') || undefined;
                          return (
                            <td key={c.id} className="text-end">
                              <label htmlFor={id} className="visually-hidden">
                                {t('budget.cellLabel', { member: m.name, line: `${l.code} ${l.name}`, category: c.name })}
                              </label>
                              <input
                                id={id}
                                className={`form-control${cell.dirty ? ' is-dirty' : ''}${cell.invalid ? ' is-invalid' : ''}${cellProblems.length ? ' has-problem' : ''}`}
                                inputMode="decimal"
                                autoComplete="off"
                                value={cell.text}
                                placeholder="0,00"
                                data-row={r}
                                data-col={ci}
                                data-cell={`${m.name}|${l.code}|${c.code}`}
                                aria-invalid={cell.invalid || cellProblems.length > 0 || undefined}
                                aria-describedby={described}
                                onChange={(e) => setCell(k, e.target.value)}
                                onBlur={() => normalize(k)}
                                onKeyDown={onKeyDown}
                                disabled={saving}
                              />
                              {cell.invalid && (
                                <div id={`${id}-e`} className="invalid-feedback d-block text-start">{t('budget.notAnAmount')}</div>
                              )}
                              {cellProblems.length > 0 && (
                                <div id={`${id}-p`} className="small text-danger text-start" data-testid="cell-problem">
                                  {cellProblems.map((p) => p.message).join(' ')}
                                </div>
                              )}
                            </td>
                          );
                        })}
                        <td className="text-end text-nowrap">{formatCents(totals.perMemberLine.get(`${m.id}|${l.id}`) ?? 0)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
            <tfoot>
              <tr className="fw-bold">
                <th scope="row">{t('budget.columns.categoryTotal')}</th>
                {categories.map((c) => {
                  const cp = placed.category.get(c.id) ?? [];
                  return (
                    <td key={c.id} className={`text-end text-nowrap${cp.length ? ' text-danger' : ''}`} data-testid="category-total" data-code={c.code}>
                      {formatCents(totals.perCategory.get(c.id) ?? 0)}
                      {cp.map((p, i) => <div key={i} className="small fw-normal" data-testid="category-problem">{p.message}</div>)}
                    </td>
                  );
                })}
                <td className="text-end text-nowrap" data-testid="grid-grand-total">{formatCents(totals.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <ClientPager label={t('budget.pages')} pages={pages} />
      <details className="mb-3">
        <summary>{t('budget.byLine')}</summary>
        <ul className="list-unstyled">
          {lines.map((l) => (
            <li key={l.id} data-testid="line-total">
              {l.code} {l.name}: <strong>{formatCents(totals.perLine.get(l.id) ?? 0)}</strong>
            </li>
          ))}
        </ul>
      </details>

      <div className="budget-actions py-3">
        <div ref={statusRef} tabIndex={-1} className="outline-0">
          {errors.length > 0 && (
            <div className="alert alert-danger" role="alert" data-testid="budget-errors">
              {conflict ? (
                <>
                  <p className="mb-2">{t('budget.conflict')}</p>
                  <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => { setEdits({}); setErrors([]); reload(); }}>
                    {t('budget.reload')}
                  </button>
                </>
              ) : (
                <ul className="mb-0">
                  {errors.map((e, i) => <li key={i}>{e.message ?? t(`errors.${e.kind}`)}</li>)}
                </ul>
              )}
            </div>
          )}
          {savedMessage && (
            <div className="alert alert-success" role="status" data-testid="budget-saved">
              {problems.length === 0 ? t('budget.savedOk') : t('budget.savedWithProblems', { count: problems.length })}
            </div>
          )}
        </div>
        <div className="d-flex flex-wrap align-items-center gap-2">
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving || !dirty} data-testid="budget-save">
            {saving ? t('budget.saving') : t('budget.save')}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={discard} disabled={saving || !dirty}>
            {t('budget.discard')}
          </button>
          <span className="small" aria-live="polite" data-testid="budget-dirty">
            {dirty ? t('budget.unsaved', { count: (changes?.length ?? 0) + invalid.length }) : t('budget.allSaved')}
          </span>
        </div>
      </div>
    </section>
  );
}

function ProblemsSummary({ problems, dirty, members, onShowMember }: {
  problems: Problem[];
  dirty: boolean;
  members: GridMember[];
  onShowMember: (name: string) => void;
}) {
  const { t } = useTranslation();
  const names = new Map(members.map((m) => [m.id, m.name]));
  return (
    <div className="mb-3" data-testid="budget-problems">
      <h3 className="h5">{t('budget.problems', { count: problems.length })}</h3>
      {dirty && <p className="small">{t('budget.problemsAsSaved')}</p>}
      {problems.length === 0 ? (
        <div className="alert alert-success mb-0" data-testid="budget-no-problems">{t('application.noProblems')}</div>
      ) : (
        <ul className="list-group">
          {problems.map((p, i) => (
            <li key={`${p.rule}-${i}`} className="list-group-item d-flex justify-content-between align-items-center gap-2" data-rule={p.rule}>
              <span>{p.message}</span>
              {p.bodyID && names.has(p.bodyID) && (
                <Fragment>
                  <button type="button" className="btn btn-link btn-sm p-0 text-nowrap" onClick={() => onShowMember(names.get(p.bodyID!)!)}>
                    {t('budget.showMember', { name: names.get(p.bodyID) })}
                  </button>
                </Fragment>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Figure({ label, value, testid }: { label: string; value: string; testid?: string }) {
  return (
    <div className="col-6 col-md-3">
      <div className="border rounded p-3 h-100">
        <div className="small text-secondary">{label}</div>
        <div className="h5 mb-0 text-nowrap" data-testid={testid}>{value}</div>
      </div>
    </div>
  );
}
