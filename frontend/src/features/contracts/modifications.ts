// Contract modifications (art. 120 D.Lgs. 36/2023): the members' shares
// before and after, side by side, and the check of the proposal form.
import { parseEuroToCents } from '../../lib/format';

/** A member's share at one moment. */
export type ShareSnapshot = { bodyID: string; bodyName: string; amountCents: number };

/** One member's share before and after a modification. */
export type ShareChange = { bodyID: string; name: string; before: number; after: number; delta: number };

/** Every member in either list, by name, with its share before and after (0 where absent). */
export function shareChanges(before: ShareSnapshot[], after: ShareSnapshot[]): ShareChange[] {
  const m = new Map<string, ShareChange>();
  const at = (s: ShareSnapshot) => {
    let c = m.get(s.bodyID);
    if (!c) m.set(s.bodyID, (c = { bodyID: s.bodyID, name: s.bodyName, before: 0, after: 0, delta: 0 }));
    return c;
  };
  for (const s of before) at(s).before += s.amountCents;
  for (const s of after) at(s).after += s.amountCents;
  const out = [...m.values()];
  for (const c of out) c.delta = c.after - c.before;
  return out.sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/** The proposal form as typed. */
export type ModificationForm = { basis: string; actNumber: string; actDate: string; net: string; vat: string; endsOn: string; reason: string };

/** i18n keys (contractModification.errors.*) of what is wrong, by field of the API. */
export type ModificationErrors = Partial<Record<'basis' | 'actNumber' | 'netCents' | 'vatCents' | 'reason', string>>;

/** Checks the form before sending (the server checks the legal limits). */
export function modificationErrors(f: ModificationForm): ModificationErrors {
  const e: ModificationErrors = {};
  if (!f.basis) e.basis = 'basis';
  if (f.actNumber.trim().length > 50) e.actNumber = 'actNumber';
  const net = parseEuroToCents(f.net);
  if (net == null || net <= 0) e.netCents = 'net';
  const vat = f.vat.trim() === '' ? 0 : parseEuroToCents(f.vat);
  if (vat == null || vat < 0) e.vatCents = 'vat';
  if (!f.reason.trim()) e.reason = 'reason';
  return e;
}

/** The input of proposeContractModification for a valid form. */
export function modificationInput(contractID: string, contractVersion: number, f: ModificationForm) {
  return {
    contractID,
    contractVersion,
    basis: f.basis,
    actNumber: f.actNumber.trim() || null,
    actDate: f.actDate || null,
    reason: f.reason.trim(),
    netCents: parseEuroToCents(f.net) ?? 0,
    vatCents: f.vat.trim() === '' ? 0 : (parseEuroToCents(f.vat) ?? 0),
    endsOn: f.endsOn || null,
  };
}
