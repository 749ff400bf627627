// The before/after grid of a variation: member × expense category (×
// intervention line when the call has lines), amounts in integer euro
// cents. Pure functions, so that totals, deltas, what changed and what is
// sent to the API are tested without rendering. Euros typed the Italian
// way are read by parseEuroToCents (no floating point).
import { parseEuroToCents } from '../../lib/format';

/** One allocation of a plan as the API returns it. */
export type PlanRow = { bodyID: string; expenseCategoryID: string; interventionLineID?: string | null; amountCents: number };

/** Key of one row of the grid; the line is empty when the allocation is not per line. */
export function rowKey(bodyID: string, lineID: string | null | undefined, categoryID: string): string {
  return `${bodyID}|${lineID ?? ''}|${categoryID}`;
}

/** The parts of a key. */
export function splitKey(key: string): { bodyID: string; lineID: string; categoryID: string } {
  const [bodyID, lineID, categoryID] = key.split('|');
  return { bodyID, lineID, categoryID };
}

/** Amounts per row of a plan (rows of the same key add up). */
export function planCells(rows: PlanRow[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = rowKey(r.bodyID, r.interventionLineID, r.expenseCategoryID);
    m.set(k, (m.get(k) ?? 0) + r.amountCents);
  }
  return m;
}

/** What the user typed per row (untouched rows are absent). */
export type Edits = Record<string, string>;

/** Cents of a typed amount: empty is 0; null when not an amount or negative. */
export function centsOfText(text: string): number | null {
  if (text.trim() === '') return 0;
  const c = parseEuroToCents(text);
  return c == null || c < 0 ? null : c;
}

/** The plan after the variation: the starting amounts overridden by valid edits. */
export function afterCells(start: Map<string, number>, edits: Edits): Map<string, number> {
  const m = new Map(start);
  for (const [k, text] of Object.entries(edits)) {
    const c = centsOfText(text);
    if (c == null) continue; // invalid: the starting amount counts until fixed
    m.set(k, c);
  }
  return m;
}

/** Keys of the edited rows whose text is not an amount. */
export function invalidKeys(edits: Edits): string[] {
  return Object.entries(edits).filter(([, text]) => centsOfText(text) == null).map(([k]) => k);
}

/** Keys of the edited rows whose amount differs from the starting one. */
export function editedKeys(start: Map<string, number>, edits: Edits): string[] {
  return Object.entries(edits)
    .filter(([k, text]) => {
      const c = centsOfText(text);
      return c == null || c !== (start.get(k) ?? 0);
    })
    .map(([k]) => k);
}

/** Before, after and their difference. */
export type Delta = { before: number; after: number; delta: number };

/** Totals of both plans: the project's and each member's. */
export type GridTotals = { total: Delta; perMember: Map<string, Delta> };

/** Sums both plans per member and in all (integer cents: exact). */
export function gridTotals(before: Map<string, number>, after: Map<string, number>): GridTotals {
  const perMember = new Map<string, Delta>();
  const total: Delta = { before: 0, after: 0, delta: 0 };
  const at = (body: string) => {
    let d = perMember.get(body);
    if (!d) perMember.set(body, (d = { before: 0, after: 0, delta: 0 }));
    return d;
  };
  for (const [k, v] of before) {
    const d = at(splitKey(k).bodyID);
    d.before += v;
    d.delta -= v;
    total.before += v;
    total.delta -= v;
  }
  for (const [k, v] of after) {
    const d = at(splitKey(k).bodyID);
    d.after += v;
    d.delta += v;
    total.after += v;
    total.delta += v;
  }
  return { total, perMember };
}

/** One row of the grid as shown. */
export type GridRow = Delta & { key: string; bodyID: string; lineID: string; categoryID: string; changed: boolean };

/**
 * The rows of the grid: every member × line × category given, plus any
 * row either plan has money in, in the order of members, lines and
 * categories given.
 */
export function gridRows(
  memberIDs: string[], lineIDs: string[], categoryIDs: string[], before: Map<string, number>, after: Map<string, number>,
): GridRow[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  const lines = lineIDs.length ? lineIDs : [''];
  const extra = [...before.keys(), ...after.keys()];
  const bodies = [...memberIDs];
  for (const k of extra) {
    const b = splitKey(k).bodyID;
    if (!bodies.includes(b)) bodies.push(b);
  }
  for (const b of bodies) {
    for (const l of lines) {
      for (const c of categoryIDs) {
        const k = `${b}|${l}|${c}`;
        if (!seen.has(k)) {
          seen.add(k);
          keys.push(k);
        }
      }
    }
    for (const k of extra) {
      if (splitKey(k).bodyID === b && !seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return keys.map((key) => {
    const b = before.get(key) ?? 0;
    const a = after.get(key) ?? 0;
    return { key, ...splitKey(key), before: b, after: a, delta: a - b, changed: a !== b };
  });
}

/** One row of the plan sent to createVariation/updateVariation. */
export type AllocationInput = { bodyID: string; expenseCategoryID: string; interventionLineID: string | null; amountCents: number };

/** The complete plan after the variation, as the API takes it (rows at 0 left out). */
export function allocationsInput(after: Map<string, number>): AllocationInput[] {
  const out: AllocationInput[] = [];
  for (const [k, v] of after) {
    if (v === 0) continue;
    const { bodyID, lineID, categoryID } = splitKey(k);
    out.push({ bodyID, expenseCategoryID: categoryID, interventionLineID: lineID || null, amountCents: v });
  }
  out.sort((x, y) => (x.bodyID + x.interventionLineID + x.expenseCategoryID).localeCompare(y.bodyID + y.interventionLineID + y.expenseCategoryID));
  return out;
}

/** A rule the variation breaks, as the API reports it (Variation.problems). */
export type Problem = { rule: string; message: string; bodyID?: string | null; expenseCategoryID?: string | null; amountCents?: number | null };

/** Problems by member (those naming one) and the rest. */
export function problemsByMember(problems: Problem[]): { member: Map<string, Problem[]>; general: Problem[] } {
  const member = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const p of problems) {
    if (p.bodyID) member.set(p.bodyID, [...(member.get(p.bodyID) ?? []), p]);
    else general.push(p);
  }
  return { member, general };
}

/** The kinds that come with a new plan of the allocations. */
export const planKinds = ['REPLAN', 'MEMBER_WITHDRAWAL', 'MEMBER_ACCESSION'] as const;

/** Whether a variation of these kinds carries a plan. */
export function needsPlan(kinds: readonly string[]): boolean {
  return kinds.some((k) => (planKinds as readonly string[]).includes(k));
}

/**
 * Whether the lead may apply the variation alone (as the server decides on
 * submit): its only kind is REPLAN, every member keeps its total, and what
 * each member moves into its rows is within freeMovePercent of its total.
 * Only a forecast for the confirmation: the server's answer is what counts.
 */
export function withinFreeMove(kinds: readonly string[], before: Map<string, number>, after: Map<string, number>, freeMovePercent: number): boolean {
  if (kinds.length !== 1 || kinds[0] !== 'REPLAN') return false;
  const { perMember } = gridTotals(before, after);
  const moved = new Map<string, number>();
  for (const [k, a] of after) {
    const d = a - (before.get(k) ?? 0);
    if (d > 0) {
      const b = splitKey(k).bodyID;
      moved.set(b, (moved.get(b) ?? 0) + d);
    }
  }
  for (const [b, t] of perMember) {
    if (t.delta !== 0) return false;
    if ((moved.get(b) ?? 0) * 100 > t.before * freeMovePercent) return false;
  }
  return true;
}
