import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientPager } from '../../components/Pager';
import { formatCents, formatEuroInput } from '../../lib/format';
import { useClientPages } from '../../lib/paging';
import { centsOfText, gridRows, gridTotals, problemsByMember, type Edits, type Problem } from './grid';

/** Members shown per page of the grid. */
export const MEMBERS_PER_PAGE = 8;

type Named = { id: string; code: string; name: string };

type Props = {
  members: { id: string; name: string; lead?: boolean }[];
  categories: Named[];
  lines: Named[];
  before: Map<string, number>;
  /** Amounts the editing starts from (the saved draft, or the plan in force). */
  start: Map<string, number>;
  edits: Edits;
  /** Undefined: read-only. */
  onEdit?: (key: string, text: string) => void;
  problems: Problem[];
  capPerMemberCents?: number | null;
  disabled?: boolean;
  /** Show only the changed rows at first (the officer's view). */
  initialOnlyChanged?: boolean;
};

/**
 * The before/after grid of a variation's plan, one group of rows per
 * member (its totals and the problems naming it in the heading row), one
 * row per line × category: before (the plan in force), after (an amount
 * in euro to type, when editable) and the difference; changed rows are
 * highlighted. Filtered by member; empty rows on request.
 */
export function PlanGrid({ members, categories, lines, before, start, edits, onEdit, problems, capPerMemberCents, disabled, initialOnlyChanged = false }: Props) {
  const { t } = useTranslation();
  const [member, setMember] = useState('');
  const [onlyChanged, setOnlyChanged] = useState(initialOnlyChanged);
  const [showEmpty, setShowEmpty] = useState(false);
  const after = useMemo(() => {
    const m = new Map(start);
    for (const [k, text] of Object.entries(edits)) {
      const c = centsOfText(text);
      if (c != null) m.set(k, c);
    }
    return m;
  }, [start, edits]);
  const totals = useMemo(() => gridTotals(before, after), [before, after]);
  const rows = useMemo(
    () => gridRows(members.map((m) => m.id), lines.map((l) => l.id), categories.map((c) => c.id), before, after),
    [members, lines, categories, before, after],
  );
  const placed = useMemo(() => problemsByMember(problems), [problems]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const catOf = new Map(categories.map((c) => [c.id, c]));
  const lineOf = new Map(lines.map((l) => [l.id, l]));

  const byMember = useMemo(() => {
    const m = new Map<string, typeof rows>();
    for (const r of rows) {
      const visible = (showEmpty || r.before !== 0 || r.after !== 0 || r.key in edits) && (!onlyChanged || r.changed || r.key in edits);
      if (!visible) continue;
      m.set(r.bodyID, [...(m.get(r.bodyID) ?? []), r]);
    }
    return m;
  }, [rows, showEmpty, onlyChanged, edits]);
  const shown = useMemo(
    () => [...byMember.keys()].filter((b) => !member || b === member || (member === '*problems' && placed.member.has(b))),
    [byMember, member, placed],
  );
  const pages = useClientPages(shown, MEMBERS_PER_PAGE, `${member}|${onlyChanged}|${showEmpty}`);
  const withProblems = members.filter((m) => placed.member.has(m.id)).length;

  return (
    <div data-testid="variation-grid">
      <div className="row g-3 mb-3" data-testid="variation-totals">
        <Figure label={t('variation.grid.totalBefore')} value={formatCents(totals.total.before)} testid="total-before" />
        <Figure label={t('variation.grid.totalAfter')} value={formatCents(totals.total.after)} testid="total-after" />
        <Figure label={t('variation.grid.totalDelta')} value={signed(totals.total.delta)} testid="total-delta" />
        {capPerMemberCents != null && <Figure label={t('budget.capPerMember')} value={formatCents(capPerMemberCents)} />}
      </div>
      <div className="row align-items-end mb-2">
        <div className="col-md-5">
          <div className="select-wrapper mt-4 mb-2">
            <label htmlFor="variation-member-filter">{t('variation.grid.member')}</label>
            <select id="variation-member-filter" value={member} onChange={(e) => setMember(e.target.value)} data-testid="variation-member-filter">
              <option value="">{t('variation.grid.allMembers', { count: members.length })}</option>
              {withProblems > 0 && <option value="*problems">{t('variation.grid.withProblems', { count: withProblems })}</option>}
              {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </div>
        </div>
        <div className="col-md-7 d-flex flex-wrap gap-4">
          <div className="form-check mb-2">
            <input id="variation-only-changed" type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
            <label htmlFor="variation-only-changed">{t('variation.grid.onlyChanged')}</label>
          </div>
          {onEdit && (
            <div className="form-check mb-2">
              <input id="variation-show-empty" type="checkbox" checked={showEmpty} onChange={(e) => setShowEmpty(e.target.checked)} />
              <label htmlFor="variation-show-empty">{t('variation.grid.showEmpty')}</label>
            </div>
          )}
        </div>
      </div>
      {shown.length === 0 ? (
        <div className="alert alert-info" role="status">{t('variation.grid.none')}</div>
      ) : (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('variation.grid.caption')}>
          <table className="table table-sm variation-grid">
            <caption className="visually-hidden">{t('variation.grid.caption')}</caption>
            <thead>
              <tr>
                {lines.length > 0 && <th scope="col">{t('variation.grid.line')}</th>}
                <th scope="col">{t('variation.grid.category')}</th>
                <th scope="col" className="text-end">{t('variation.grid.before')}</th>
                <th scope="col" className="text-end">{t('variation.grid.after')}</th>
                <th scope="col" className="text-end">{t('variation.grid.delta')}</th>
              </tr>
            </thead>
            {pages.rows.map((b) => {
              const mt = totals.perMember.get(b) ?? { before: 0, after: 0, delta: 0 };
              const ps = placed.member.get(b) ?? [];
              const over = capPerMemberCents != null && mt.after > capPerMemberCents ? mt.after - capPerMemberCents : 0;
              const name = names.get(b) ?? b;
              const pid = `vp-${b}`;
              return (
                <tbody key={b} data-testid="variation-member" data-body={b} data-name={name}>
                  <tr className="member-row">
                    <th scope="rowgroup" colSpan={lines.length > 0 ? 2 : 1}>
                      {name}
                      {(ps.length > 0 || over > 0) && (
                        <ul id={pid} className="list-unstyled text-danger fw-normal small mb-0" data-testid="variation-member-problems">
                          {ps.map((p, i) => <li key={i}>{p.message}</li>)}
                          {over > 0 && ps.length === 0 && <li>{t('budget.overCapLive', { amount: formatCents(over) })}</li>}
                        </ul>
                      )}
                    </th>
                    <td className="text-end text-nowrap fw-bold" data-testid="member-before">{formatCents(mt.before)}</td>
                    <td className={`text-end text-nowrap fw-bold${over > 0 ? ' text-danger' : ''}`} data-testid="member-after">{formatCents(mt.after)}</td>
                    <td className="text-end text-nowrap fw-bold" data-testid="member-delta">{signed(mt.delta)}</td>
                  </tr>
                  {(byMember.get(b) ?? []).map((r) => {
                    const cat = catOf.get(r.categoryID);
                    const line = lineOf.get(r.lineID);
                    const id = `vc-${r.key.replace(/\|/g, '-')}`;
                    const text = r.key in edits ? edits[r.key] : formatEuroInput(start.get(r.key) ?? 0);
                    const invalid = r.key in edits && centsOfText(edits[r.key]) == null;
                    const cellName = `${name}|${line?.code ?? ''}|${cat?.code ?? r.categoryID}`;
                    return (
                      <tr key={r.key} className={r.changed ? 'table-warning' : undefined} data-changed={r.changed || undefined} data-row={cellName}>
                        {lines.length > 0 && <td className="small"><abbr title={line?.name}>{line?.code ?? '—'}</abbr></td>}
                        <td className="small"><abbr title={cat?.name}>{cat?.code}</abbr> <span className="d-none d-lg-inline">{cat?.name}</span></td>
                        <td className="text-end text-nowrap">{formatCents(r.before)}</td>
                        <td className="text-end">
                          {onEdit ? (
                            <>
                              <label htmlFor={id} className="visually-hidden">
                                {t('variation.grid.cellLabel', { member: name, line: line ? `${line.code} ${line.name}` : '', category: cat?.name ?? '' })}
                              </label>
                              <input
                                id={id}
                                className={`form-control form-control-sm text-end${invalid ? ' is-invalid' : ''}`}
                                inputMode="decimal"
                                autoComplete="off"
                                value={text}
                                data-cell={cellName}
                                aria-invalid={invalid || ps.length > 0 || undefined}
                                aria-describedby={[ps.length || over ? pid : '', invalid ? `${id}-e` : ''].filter(Boolean).join(' ') || undefined}
                                onChange={(e) => onEdit(r.key, e.target.value)}
                                onBlur={() => {
                                  const c = centsOfText(text);
                                  if (r.key in edits && c != null) onEdit(r.key, formatEuroInput(c));
                                }}
                                disabled={disabled}
                              />
                              {invalid && <div id={`${id}-e`} className="invalid-feedback d-block text-start">{t('budget.notAnAmount')}</div>}
                            </>
                          ) : (
                            <span className="text-nowrap">{formatCents(r.after)}</span>
                          )}
                        </td>
                        <td className="text-end text-nowrap" data-testid="row-delta">{signed(r.delta)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      <ClientPager label={t('variation.grid.pages')} pages={pages} />
    </div>
  );
}

/** An amount with its sign: "+1.000,00 €", "−500,00 €", "0,00 €". */
export function signed(cents: number): string {
  if (cents > 0) return `+${formatCents(cents)}`;
  if (cents < 0) return `−${formatCents(-cents)}`;
  return formatCents(0);
}

function Figure({ label, value, testid }: { label: string; value: string; testid?: string }) {
  return (
    <div className="col-6 col-md-3">
      <div className="small">{label}</div>
      <div className="fw-bold" data-testid={testid}>{value}</div>
    </div>
  );
}
