// The budget grid of an application: member × intervention line × expense
// category, amounts in integer euro cents. Pure functions, so that totals,
// the placement of the call's problems and the lines to save are tested
// without rendering.
import { parseEuroToCents } from '../../lib/format';

/** Key of one cell of the grid (year 0: the whole period). */
export function cellKey(bodyID: string, lineID: string, categoryID: string): string {
  return `${bodyID}|${lineID}|${categoryID}`;
}

/** A budget line as the API returns it (version: for optimistic concurrency). */
export type SavedLine = { bodyID: string; interventionLineID: string; expenseCategoryID: string; year: number; amountCents: number; version?: number };

/** Saved amounts per cell (lines of year 0 only; other years are not edited here). */
export function savedCells(lines: SavedLine[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) {
    if (l.year !== 0) continue;
    m.set(cellKey(l.bodyID, l.interventionLineID, l.expenseCategoryID), l.amountCents);
  }
  return m;
}

/** Version of the saved line of each cell (year 0); a cell without a line has none (0). */
export function savedVersions(lines: SavedLine[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) {
    if (l.year === 0 && l.version != null) m.set(cellKey(l.bodyID, l.interventionLineID, l.expenseCategoryID), l.version);
  }
  return m;
}

/**
 * The versions after a successful save of lines: a removed line has none,
 * an updated one goes up by one, a new one starts at 1 (as the server does).
 */
export function versionsAfterSave(versions: Map<string, number>, saved: LineInput[]): Map<string, number> {
  const next = new Map(versions);
  for (const l of saved) {
    const k = cellKey(l.bodyID, l.interventionLineID, l.expenseCategoryID);
    if (l.amountCents === 0) next.delete(k);
    else next.set(k, (versions.get(k) ?? 0) + 1);
  }
  return next;
}

/** What the user typed in a cell, or nothing when untouched. */
export type Edits = Record<string, string>;

/** The state of one cell: its amount in cents (null when what was typed is not an amount). */
export type Cell = { cents: number | null; text: string; dirty: boolean; invalid: boolean };

/** The cell as shown: typed text if edited, otherwise the saved amount. */
export function cellOf(saved: Map<string, number>, edits: Edits, key: string, format: (c: number) => string): Cell {
  const savedCents = saved.get(key) ?? 0;
  if (!(key in edits)) return { cents: savedCents, text: savedCents ? format(savedCents) : '', dirty: false, invalid: false };
  const text = edits[key];
  const cents = text.trim() === '' ? 0 : parseEuroToCents(text);
  const invalid = cents == null || cents < 0;
  return { cents: invalid ? null : cents, text, dirty: invalid || cents !== savedCents, invalid };
}

/** Current amount of every cell (saved amounts overridden by valid edits). */
export function currentCells(saved: Map<string, number>, edits: Edits): Map<string, number> {
  const m = new Map(saved);
  for (const [k, text] of Object.entries(edits)) {
    const cents = text.trim() === '' ? 0 : parseEuroToCents(text);
    if (cents == null || cents < 0) continue; // invalid input: the saved amount counts until fixed
    if (cents === 0) m.delete(k);
    else m.set(k, cents);
  }
  return m;
}

/** Totals of the grid: per member, line, category, member × line, and the grand total. */
export type Totals = {
  total: number;
  perMember: Map<string, number>;
  perLine: Map<string, number>;
  perCategory: Map<string, number>;
  perMemberLine: Map<string, number>;
};

/** Sums the cells (integer cents: exact). */
export function totalsOf(cells: Map<string, number>): Totals {
  const t: Totals = { total: 0, perMember: new Map(), perLine: new Map(), perCategory: new Map(), perMemberLine: new Map() };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [k, v] of cells) {
    const [body, line, cat] = k.split('|');
    t.total += v;
    add(t.perMember, body, v);
    add(t.perLine, line, v);
    add(t.perCategory, cat, v);
    add(t.perMemberLine, `${body}|${line}`, v);
  }
  return t;
}

/** Cents per inhabitant, rounded half up to the cent (integers only); null without population. */
export function perInhabitant(cents: number, population: number | null | undefined): number | null {
  if (!population || population <= 0) return null;
  return Math.floor((2 * cents + population) / (2 * population));
}

/** A rule of the call that the budget breaks, as the API reports it. */
export type Problem = {
  rule: string;
  message: string;
  bodyID?: string | null;
  interventionLineID?: string | null;
  expenseCategoryID?: string | null;
  amountCents?: number | null;
};

/** Problems by the place of the grid they concern. */
export type PlacedProblems = {
  /** A member, line and category: one cell. */
  cell: Map<string, Problem[]>;
  /** A member (e.g. over the cap per member): its rows. */
  member: Map<string, Problem[]>;
  /** A category (e.g. over its share of the total): its column. */
  category: Map<string, Problem[]>;
  /** A line: its rows. */
  line: Map<string, Problem[]>;
  /** The whole application (members count, project minimum…). */
  general: Problem[];
};

/** Places each problem on the most precise part of the grid it names. */
export function placeProblems(problems: Problem[]): PlacedProblems {
  const p: PlacedProblems = { cell: new Map(), member: new Map(), category: new Map(), line: new Map(), general: [] };
  const push = (m: Map<string, Problem[]>, k: string, x: Problem) => m.set(k, [...(m.get(k) ?? []), x]);
  for (const x of problems) {
    const { bodyID: b, interventionLineID: l, expenseCategoryID: c } = x;
    if (b && l && c) push(p.cell, cellKey(b, l, c), x);
    else if (b) push(p.member, b, x);
    else if (c) push(p.category, c, x);
    else if (l) push(p.line, l, x);
    else p.general.push(x);
  }
  return p;
}

/** One cell to send to setBudgetLines (0 removes the line; version: the one read, 0 for no line). */
export type LineInput = { bodyID: string; interventionLineID: string; expenseCategoryID: string; year: number; amountCents: number; version?: number };

/**
 * The cells that changed, as the input of setBudgetLines; null when any
 * edited cell does not hold a valid amount (nothing must be saved then).
 * With versions, each cell names the version it was read at, so that the
 * server refuses (CONFLICT) a save over someone else's.
 */
export function changedLines(saved: Map<string, number>, edits: Edits, versions?: Map<string, number>): LineInput[] | null {
  const out: LineInput[] = [];
  for (const [k, text] of Object.entries(edits)) {
    const cents = text.trim() === '' ? 0 : parseEuroToCents(text);
    if (cents == null || cents < 0) return null;
    if (cents === (saved.get(k) ?? 0)) continue;
    const [bodyID, interventionLineID, expenseCategoryID] = k.split('|');
    const line: LineInput = { bodyID, interventionLineID, expenseCategoryID, year: 0, amountCents: cents };
    if (versions) line.version = versions.get(k) ?? 0;
    out.push(line);
  }
  return out;
}

/** Keys of the edited cells whose text is not a valid amount. */
export function invalidKeys(edits: Edits): string[] {
  return Object.entries(edits)
    .filter(([, text]) => {
      if (text.trim() === '') return false;
      const c = parseEuroToCents(text);
      return c == null || c < 0;
    })
    .map(([k]) => k);
}
