import { parseEuroToCents } from '../../lib/format';
import type { ServerError } from '../../lib/errors';

/**
 * The cost a contract's shares must sum to, in cents: the net amount, plus
 * VAT when the expense category counts VAT as eligible (as the server does).
 */
export function contractCost(netCents: number, vatCents: number, vatEligible: boolean): number {
  return netCents + (vatEligible ? vatCents : 0);
}

/** State of a custom split typed in euros: the cents per member, their sum and what is left to assign. */
export type CustomSplit = {
  /** Cents per body id; null where the text is not an amount (or negative). */
  cents: Record<string, number | null>;
  /** Bodies whose amount cannot be read. */
  invalid: string[];
  sumCents: number;
  /** cost − sum: positive while something is left to assign, negative when over. */
  remainderCents: number;
};

/**
 * Reads the amounts of a custom split (Italian euros, "1.234,56"; empty
 * means zero) and computes the remainder in integer cents, never floats.
 */
export function customSplit(costCents: number, amounts: Record<string, string>): CustomSplit {
  const cents: Record<string, number | null> = {};
  const invalid: string[] = [];
  let sum = 0;
  for (const [id, text] of Object.entries(amounts)) {
    if (text.trim() === '') {
      cents[id] = 0;
      continue;
    }
    const c = parseEuroToCents(text);
    if (c == null || c < 0) {
      cents[id] = null;
      invalid.push(id);
      continue;
    }
    cents[id] = c;
    sum += c;
  }
  return { cents, invalid, sumCents: sum, remainderCents: costCents - sum };
}

/**
 * Splits cents by weights with the largest-remainder method, so the parts
 * always sum to the whole: the server's rule (internal/money), ties
 * included — larger remainder first, then larger weight, then the earlier
 * part. Both sides are tested against the same vectors
 * (internal/money/testdata/split_vectors.json). Used to prefill a custom split.
 */
export function splitLargestRemainder(totalCents: number, weights: number[]): number[] {
  const sumW = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || sumW <= 0) return weights.map(() => 0);
  // BigInt keeps total × weight exact beyond 2^53.
  const T = BigInt(totalCents);
  const W = BigInt(sumW);
  const parts = weights.map((w) => (T * BigInt(w)) / W);
  const rems = weights.map((w, i) => ({ i, r: (T * BigInt(w)) % W }));
  let left = T - parts.reduce((s, p) => s + p, 0n);
  rems.sort((a, b) => {
    if (a.r !== b.r) return a.r > b.r ? -1 : 1; // larger remainder first
    if (weights[a.i] !== weights[b.i]) return weights[b.i] - weights[a.i]; // then larger weight
    return a.i - b.i; // then the earlier part
  });
  for (const { i } of rems) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/**
 * The shares the server will compute for an equal or population split
 * (ContractSplitMethod EQUAL, POPULATION), in the beneficiaries' order:
 * largest remainder over equal weights or over the inhabitants. Null for a
 * custom split, without a cost, or when no beneficiary has inhabitants.
 */
export function previewSplit(method: 'EQUAL' | 'POPULATION' | 'CUSTOM', costCents: number | null, populations: (number | null | undefined)[]): number[] | null {
  if (method === 'CUSTOM' || costCents == null || populations.length === 0) return null;
  const weights = method === 'EQUAL' ? populations.map(() => 1) : populations.map((p) => p ?? 0);
  if (weights.every((w) => w === 0)) return null;
  return splitLargestRemainder(costCents, weights);
}

/** True when the server refused a change because someone else changed the row since it was read (CONFLICT, version.stale). */
export function isStaleVersion(errors: ServerError[]): boolean {
  return errors.some((e) => e.kind === 'CONFLICT' && e.rule === 'version.stale');
}
