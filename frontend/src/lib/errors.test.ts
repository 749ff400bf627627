import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorKind, errorReference, fieldError, serverCodes, serverErrors } from './errors';
import it_ from '../i18n/it';
import en from '../i18n/en';

const gqlError = (code: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code } })] });

describe('errorKind', () => {
  it('tells a network failure apart', () => {
    expect(errorKind(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK');
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID', 'RATE_LIMITED', 'TIMEOUT', 'UNAVAILABLE'])('reads extensions.code %s', (code) => {
    expect(errorKind(gqlError(code))).toBe(code);
  });

  it('treats unknown codes as internal errors', () => {
    expect(errorKind(gqlError('SOMETHING_ELSE'))).toBe('INTERNAL');
  });
});

describe('serverErrors and fieldError', () => {
  it('keeps the Italian message, field and rule of an expected refusal', () => {
    const err = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Indicare il motivo del taglio di 100,00 €.', { extensions: { code: 'INVALID', field: 'reason', rule: 'review.cut_reason' } }),
      ],
    });
    const list = serverErrors(err);
    expect(list).toEqual([{ kind: 'INVALID', message: 'Indicare il motivo del taglio di 100,00 €.', field: 'reason', rule: 'review.cut_reason' }]);
    expect(fieldError(list, 'reason')).toBe('Indicare il motivo del taglio di 100,00 €.');
    expect(fieldError(list, 'admittedCents')).toBeNull();
  });

  it('lists each failure of a refusal that reports several (extensions.details)', () => {
    const err = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Spesa 1 (…): …\nSpesa 2 (…): …', { extensions: { code: 'INVALID', field: 'items', rule: 'expense.vat_not_eligible', details: [
          { rule: 'expense.vat_not_eligible', message: 'Spesa 1 (fattura n. HW 2026/018 del 27/02/2026, Comune di Grottammare): nella categoria «Apparati e licenze» l’IVA non è una spesa ammissibile…', field: 'items', facts: { item: 1 } },
          { rule: 'expense.cup', message: 'Spesa 2 (fattura n. 2026/SC/014 del 31/01/2026, Comune di Cupra Marittima): la fattura non riporta il CUP del progetto (D79J25000120006).', field: 'items' },
          { nonsense: true },
        ] } }),
      ],
    });
    const list = serverErrors(err);
    expect(list.map((e) => e.rule)).toEqual(['expense.vat_not_eligible', 'expense.cup']);
    expect(list[1]).toMatchObject({ kind: 'INVALID', field: 'items' });
    expect(list[1].message).toContain('Comune di Cupra Marittima');
  });

  it('reads CONFLICT and hides the text of internal errors', () => {
    expect(errorKind(gqlError('CONFLICT'))).toBe('CONFLICT');
    const list = serverErrors(new CombinedError({ graphQLErrors: [new GraphQLError('sql: boom', { extensions: { code: 'INTERNAL' } })] }));
    expect(list[0]).toMatchObject({ kind: 'INTERNAL', message: null });
  });

  it('keeps the server message of a timeout or an unavailable database', () => {
    const list = serverErrors(
      new CombinedError({ graphQLErrors: [new GraphQLError('Il database non è raggiungibile.', { extensions: { code: 'UNAVAILABLE', rule: 'db.unavailable' } })] }),
    );
    expect(list[0]).toMatchObject({ kind: 'UNAVAILABLE', message: 'Il database non è raggiungibile.', rule: 'db.unavailable' });
  });

  it('reports a network failure once', () => {
    expect(serverErrors(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toEqual([
      { kind: 'NETWORK', message: null, field: null, rule: null },
    ]);
  });
});

describe('server error codes', () => {
  const texts: Record<string, Record<string, string>> = { it: it_.errors, en: en.errors };

  it.each(['it', 'en'])('every code and NETWORK have a text in %s', (lang) => {
    for (const code of [...serverCodes, 'NETWORK']) {
      expect(texts[lang][code], `${lang} errors.${code}`).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('Italian and English texts differ (none was left untranslated)', () => {
    for (const code of serverCodes) expect(texts.en[code], code).not.toBe(texts.it[code]);
  });

  // The list must follow the server's: its codes are read from internal/apperr.
  const apperr = resolve(process.cwd(), '../internal/apperr/apperr.go');
  it('lists exactly the codes of internal/apperr', () => {
    const go = [...readFileSync(apperr, 'utf8').matchAll(/Code = "([A-Z_]+)"/g)].map((m) => m[1]);
    expect([...serverCodes].sort()).toEqual([...go].sort());
  });
});

describe('server errors and network failures', () => {
  const withStatus = (status: number, requestID?: string) =>
    new CombinedError({
      networkError: new Error(`HTTP ${status}`),
      response: new Response('oops', { status, headers: requestID ? { 'X-Request-Id': requestID } : {} }),
    });

  it('calls an HTTP 5xx a server error, not a connection problem', () => {
    expect(errorKind(withStatus(500))).toBe('INTERNAL');
    expect(errorKind(withStatus(502))).toBe('INTERNAL');
    expect(errorKind(withStatus(504))).toBe('TIMEOUT');
  });

  it('keeps NETWORK for a request that got no answer', () => {
    expect(errorKind(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK');
    expect(errorReference(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBeNull();
  });

  it('quotes the HTTP status and the request id of a server error', () => {
    expect(errorReference(withStatus(502, 'req-42'))).toBe('HTTP 502 · req-42');
    expect(errorReference(withStatus(500))).toBe('HTTP 500');
    expect(errorReference(gqlError('INTERNAL'))).toBe('INTERNAL');
    expect(errorReference(gqlError('NOT_FOUND'))).toBeNull();
  });
});
