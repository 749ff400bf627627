// Call windows are instants shown in Europe/Rome: the form's
// <input type="datetime-local"> values are Rome wall-clock times.

function romeOffsetMinutes(utcMillis: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Rome', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(utcMillis));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUTC = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUTC - utcMillis) / 60000);
}

/** "2026-12-10T09:00" (Rome) → ISO instant "2026-12-10T08:00:00.000Z"; null if empty or malformed. */
export function romeLocalToISO(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // The offset at the wall time itself, corrected once for DST changes.
  let utc = wall - romeOffsetMinutes(wall) * 60000;
  utc = wall - romeOffsetMinutes(utc) * 60000;
  return new Date(utc).toISOString();
}

/** ISO instant → "2026-12-10T09:00" in Rome, for a datetime-local input. */
export function isoToRomeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '';
  const d = new Date(t + romeOffsetMinutes(t) * 60000);
  return d.toISOString().slice(0, 16);
}

export { formatDateTime as formatRomeDateTime } from '../../lib/format';
