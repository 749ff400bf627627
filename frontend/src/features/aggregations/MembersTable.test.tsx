import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import '../../i18n';
import { MembersTable } from './MembersTable';
import type { MemberRow } from './useAggregationMembers';

const member = (over: Partial<MemberRow> & { name: string }): MemberRow => ({
  __typename: 'Membership',
  id: `MS-${over.name}`,
  version: 1,
  role: 'MEMBER',
  resolutionNumber: null,
  resolutionDate: null,
  resolutionOrgan: null,
  ...over,
  body: {
    __typename: 'PublicBody', id: `PB-${over.name}`, version: 1, name: over.name, provinceCode: 'AP', provinceName: 'Ascoli Piceno', population: 15615, populationYear: 2011,
    codiceFiscale: null, invoicingOfficeCodes: null, ...over.body,
  },
});

describe('MembersTable', () => {
  it('renders one row per member with province, population and resolution', () => {
    render(
      <MembersTable
        caption="Enti aderenti"
        rows={[
          member({ name: 'Comune di San Benedetto del Tronto', role: 'LEAD', body: {
            __typename: 'PublicBody', id: 'PB1', version: 3, name: 'Comune di San Benedetto del Tronto', provinceCode: 'AP', provinceName: 'Ascoli Piceno', population: 46963,
            populationYear: 2011, codiceFiscale: '00360140446', invoicingOfficeCodes: null,
          } }),
          member({ name: 'Comune di Grottammare', resolutionNumber: '18', resolutionDate: '2026-03-08', resolutionOrgan: 'CONSIGLIO' }),
          member({ name: 'Comune di Fermo' }),
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Enti aderenti' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Comune di San Benedetto del Tronto');
    expect(rows[0]).toHaveTextContent('capofila');
    expect(rows[0]).toHaveTextContent('46.963');
    expect(rows[1]).toHaveTextContent('Ascoli Piceno (AP)');
    expect(rows[1]).toHaveTextContent('Consiglio n. 18 del 08/03/2026');
    expect(rows[2]).toHaveTextContent('—');
    expect(within(table).getByRole('columnheader', { name: 'Abitanti' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('censimento 2011');
    expect(within(rows[0]).getByTestId('member-cf')).toHaveTextContent('00360140446');
    expect(within(rows[1]).getByTestId('member-cf')).toHaveTextContent('—');
    expect(within(table).getByRole('columnheader', { name: 'Codici ufficio (fatturazione elettronica)' })).toBeInTheDocument();
  });
});
