import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError, Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { GraphQLError } from 'graphql';
import '../../i18n';
import { MemberActions } from './MemberActions';
import type { MemberRow } from './useAggregationMembers';

const row: MemberRow = {
  __typename: 'Membership', id: 'MS1', version: 2, role: 'LEAD', resolutionNumber: null, resolutionDate: null, resolutionOrgan: null,
  body: {
    __typename: 'PublicBody', id: 'PB1', version: 4, name: 'Comune di San Benedetto del Tronto', provinceCode: 'AP', provinceName: 'Ascoli Piceno',
    population: 46963, populationYear: 2011, codiceFiscale: null, invoicingOfficeCodes: null,
  },
};

function client(answer: (vars: Record<string, unknown>) => { data?: unknown; error?: CombinedError }) {
  const executeMutation = vi.fn((op: { variables: Record<string, unknown> }) =>
    fromValue({ operation: op, stale: false, hasNext: false, ...answer(op.variables) }));
  return { c: { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

function renderActions(c: Client, onChanged = vi.fn()) {
  render(<Provider value={c}><MemberActions m={row} onChanged={onChanged} /></Provider>);
  return onChanged;
}

describe('MemberActions: codes of a member', () => {
  it('sends the codice fiscale and the office codes with the version read', async () => {
    const { c, executeMutation } = client((v) => ({
      data: { updateMemberBodyCodes: { __typename: 'PublicBody', id: v.bodyID, version: 5, codiceFiscale: '00360140446', invoicingOfficeCodes: ['UFZZA1', 'UFZZB2'] } },
    }));
    const onChanged = renderActions(c);
    await userEvent.click(screen.getByRole('button', { name: /Correggi i codici.*San Benedetto del Tronto/ }));
    await userEvent.type(screen.getByLabelText('Codice fiscale'), '00360140446');
    await userEvent.type(screen.getByLabelText('Codici ufficio (fatturazione elettronica)'), 'ufzza1, UFZZB2');
    await userEvent.click(screen.getByRole('button', { name: 'Salva i codici' }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      bodyID: 'PB1', version: 4, input: { codiceFiscale: '00360140446', invoicingOfficeCodes: ['UFZZA1', 'UFZZB2'] },
    });
    expect(onChanged).toHaveBeenCalledWith('codes');
  });

  it('shows the server message next to the field and a concurrent change as a conflict', async () => {
    let stale = false;
    const { c } = client(() => ({
      error: new CombinedError({
        graphQLErrors: [stale
          ? new GraphQLError('Il dato è stato modificato da un altro utente nel frattempo.', { extensions: { code: 'CONFLICT', rule: 'version.stale' } })
          : new GraphQLError('Il codice fiscale 00360140447 non è valido: il carattere di controllo non corrisponde.', {
            extensions: { code: 'INVALID', field: 'codiceFiscale', rule: 'codice_fiscale.checksum' } })],
      }),
    }));
    const onChanged = renderActions(c);
    await userEvent.click(screen.getByRole('button', { name: /Correggi i codici/ }));
    await userEvent.type(screen.getByLabelText('Codice fiscale'), '00360140447');
    await userEvent.click(screen.getByRole('button', { name: 'Salva i codici' }));
    expect(screen.getByLabelText('Codice fiscale')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText(/carattere di controllo/).length).toBeGreaterThan(0);
    stale = true;
    await userEvent.click(screen.getByRole('button', { name: 'Salva i codici' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Qualcun altro ha modificato l’ente');
    expect(screen.getByRole('button', { name: 'Salva i codici' })).toBeDisabled();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
