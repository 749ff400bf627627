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

const dateTime = new Intl.DateTimeFormat('it-IT', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome',
});

/** An instant as "29/01/2027, 13:00" in Rome. Empty for null. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return dateTime.format(d);
}

/** Euro cents per inhabitant, rounded to the cent; null when there are no inhabitants. */
export function perInhabitantCents(amountCents: number, population: number | null | undefined): number | null {
  if (!population) return null;
  return Math.round(amountCents / population);
}

const percent = new Intl.NumberFormat('it-IT', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** Formats basis points as a percentage: 1067 → "10,67%", 1500 → "15%". Empty for null. */
export function formatBp(bp: number | null | undefined): string {
  if (bp == null) return '';
  return percent.format(bp / 10000);
}

/** Share of part in whole in basis points (rounded), 0 when whole is not positive. */
export function shareBp(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part * 10000) / whole);
}

/**
 * Reads an amount in euros typed the Italian way ("1.234,56", "1234,5",
 * "1234", "1.234", also "1234.56" and a trailing "€") as integer cents.
 * Null when it is not an amount or has more than two decimals.
 */
export function parseEuroToCents(input: string): number | null {
  let s = input.replace(/[\s\u00a0\u202f€]/g, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  let whole: string;
  let frac = '';
  if (s.includes(',')) {
    // Italian: dots group thousands, the comma starts the decimals.
    const [w, f, ...rest] = s.split(',');
    if (rest.length > 0 || !/^\d{1,3}(\.\d{3})*$|^\d+$/.test(w)) return null;
    whole = w.replace(/\./g, '');
    frac = f;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    whole = s.replace(/\./g, ''); // "1.234" is one thousand two hundred thirty-four
  } else {
    const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
    if (!m) return null;
    whole = m[1];
    frac = m[2] ?? '';
  }
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(frac)) return null;
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/** Cents as a plain editable amount: 123456 → "1234,56". */
export function centsToInput(cents: number | null | undefined): string {
  if (cents == null) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const euroInput = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' });

/** Cents as an Italian amount to edit, grouped and without the symbol: 123456 → "1.234,56". */
export function formatEuroInput(cents: number | null | undefined): string {
  if (cents == null) return '';
  return euroInput.format(cents / 100);
}

/** Today's calendar date in Italy as "YYYY-MM-DD". */
export function todayISO(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts;
}

/** Size of a file: 2048 → "2 kB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${integer.format(Math.round(n / 1024))} kB`;
  return `${new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format(n / 1024 / 1024)} MB`;
}
