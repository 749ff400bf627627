import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { errorKind } from './errors';

const gqlError = (code: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code } })] });

describe('errorKind', () => {
  it('tells a network failure apart', () => {
    expect(errorKind(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK');
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID'])('reads extensions.code %s', (code) => {
    expect(errorKind(gqlError(code))).toBe(code);
  });

  it('treats unknown codes as internal errors', () => {
    expect(errorKind(gqlError('SOMETHING_ELSE'))).toBe('INTERNAL');
  });
});
