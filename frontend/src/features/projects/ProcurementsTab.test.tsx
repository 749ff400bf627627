import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import '../../i18n';
import { ProcurementsTab } from './ProcurementsTab';

const data = {
  node: {
    __typename: 'Project', id: 'PR1',
    procurements: {
      totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null },
      edges: [{ node: {
        id: 'PC1', title: 'Piattaforma pagoPA', status: 'CONTRACTED', objectType: 'SERVICES', anacCode: '23', procedureLabel: 'Affidamento diretto',
        legalBasis: null, baseCents: 13_900_000, separateEstimateCents: null, frameworkReference: null, startedOn: '2025-04-10', cpv: null, rupName: null,
        thresholdWarnings: [], runningBody: { id: 'PB1', name: 'Comune di San Benedetto del Tronto' }, beneficiaries: [],
        savings: { awardCents: null, savingsCents: null, savingsBp: null, jointSavingsCents: null, jointSavingsBp: null },
        lots: { edges: [{ node: { id: 'LT1', number: 1, cig: '95156957EC', legacyCigAcknowledged: true, title: 'Lotto unico', baseCents: 13_900_000,
          awardCents: null, awardedOn: null, awardedVendor: null, contracts: { edges: [] } } }] },
      } }],
    },
  },
};

describe('ProcurementsTab', () => {
  it('offers the transparency table and marks a lot with an acknowledged pre-2024 CIG', async () => {
    const client = { executeQuery: () => fromValue({ data, stale: false, hasNext: false }), executeMutation: () => never, executeSubscription: () => never } as unknown as Client;
    render(<MemoryRouter><Provider value={client}><ProcurementsTab projectID="PR1" /></Provider></MemoryRouter>);
    const downloads = await screen.findByTestId('transparency-downloads');
    const links = within(downloads).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/exports/projects/PR1/trasparenza.xlsx', '/exports/projects/PR1/trasparenza.csv']);
    expect(screen.getByTestId('transparency-note')).toHaveTextContent('BDNCP');
    expect(within(screen.getByTestId('lot')).getByTestId('lot-legacy-cig')).toHaveTextContent('CIG rilasciato prima del 2024');
  });
});
