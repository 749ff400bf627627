/**
 * Italian articulated prepositions before the name of a public body, whose
 * name starts with its kind: "Comune di Grottammare" → "del Comune di
 * Grottammare", "Unione dei Comuni …" → "dell’Unione dei Comuni …". A name
 * that does not start with a known kind takes a plain "di".
 */
const kinds: [RegExp, string][] = [
  [/^(comune|consorzio)\b/i, 'del'],
  [/^(unione|azienda|agenzia|unità)\b/i, 'dell’'],
  [/^(provincia|regione|città|comunità|camera|asl|azienda)\b/i, 'della'],
];

/** "di" + a body's name, articulated by the body's kind ("del Comune di Grottammare"). */
export function ofBody(name: string): string {
  for (const [re, prep] of kinds) {
    if (re.test(name)) return prep.endsWith('’') ? `${prep}${name}` : `${prep} ${name}`;
  }
  return `di ${name}`;
}
