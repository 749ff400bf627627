// Formatting of money, dates and numbers the Italian way (the API sends euro
// cents as integers and dates as ISO 8601 strings).

// Italian CLDR data leave four-digit numbers ungrouped ("8222,88 €"); the
// server's PDFs and exports group them ("8.222,88 €"), and so do we, so that
// columns of amounts line up.
const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' });
const integer = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 0, useGrouping: 'always' });

/** Formats integer euro cents: 160861545 → "1.608.615,45 €". Empty for null. */
export function formatCents(cents: number | null | undefined): string {
  if (cents == null) return '';
  return euro.format(cents / 100);
}

/** Formats a count: 1234567 → "1.234.567", 3050 → "3.050". Empty for null. */
export function formatInteger(n: number | null | undefined): string {
  if (n == null) return '';
  return integer.format(n);
}

/**
 * Formats a calendar date ("2026-11-23") or an instant ("2026-11-23T13:00:00+01:00")
 * as "23/11/2026". A calendar date is not shifted by the time zone.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat('it-IT', {
    day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Rome',
  }).format(d);
}

/** Euro cents per inhabitant, rounded to the cent; null when there are no inhabitants. */
export function perInhabitantCents(amountCents: number, population: number | null | undefined): number | null {
  if (!population) return null;
  return Math.round(amountCents / population);
}
