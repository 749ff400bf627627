import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DataTable, type Column } from './DataTable';

type Row = { id: string; name: string; cents: number };

const rows: Row[] = [
  { id: 'a', name: 'Comune di Grottammare', cents: 1000 },
  { id: 'b', name: 'Comune di Cupra Marittima', cents: 2500 },
];

const columns: Column<Row>[] = [
  { key: 'name', header: 'Ente', rowHeader: true, className: 'fw-normal', cell: (r) => r.name, footer: 'Totale' },
  { key: 'note', header: 'Nota', cell: () => '—' },
  {
    key: 'amount',
    header: 'Importo',
    numeric: true,
    className: 'text-nowrap',
    cellProps: (r) => ({ 'data-col': 'amount', 'data-id': r.id }),
    cell: (r) => `${r.cents / 100} €`,
    footer: '35 €',
    footerProps: { className: 'fw-semibold', 'data-testid': 'grand-total' },
  },
];

describe('DataTable', () => {
  it('renders a responsive table with a visually hidden caption and column headers', () => {
    const { container } = render(<DataTable caption="Importi per ente" columns={columns} rows={rows} rowKey={(r) => r.id} testid="amounts" />);
    const table = screen.getByRole('table', { name: 'Importi per ente' });
    expect(table).toHaveAttribute('data-testid', 'amounts');
    expect(table).toHaveClass('table', 'align-middle');
    expect(table.parentElement).toHaveClass('table-responsive');
    expect(container.querySelector('caption')).toHaveClass('visually-hidden');
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Ente', 'Nota', 'Importo']);
    headers.forEach((h) => expect(h).toHaveAttribute('scope', 'col'));
  });

  it('shows the caption when told how, and hides the header row on request', () => {
    const { container } = render(
      <DataTable caption="Cifre" captionClassName="caption-top fw-semibold" headClassName="visually-hidden" columns={columns} rows={rows} rowKey={(r) => r.id} />,
    );
    expect(container.querySelector('caption')).toHaveClass('caption-top', 'fw-semibold');
    expect(container.querySelector('caption')).not.toHaveClass('visually-hidden');
    expect(container.querySelector('thead')).toHaveClass('visually-hidden');
  });

  it('makes the first cell the row header and aligns numeric columns right', () => {
    render(<DataTable caption="Importi" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const rowHeaders = screen.getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent)).toEqual(['Comune di Grottammare', 'Comune di Cupra Marittima', 'Totale']);
    expect(rowHeaders[0]).toHaveAttribute('scope', 'row');
    expect(rowHeaders[0]).toHaveClass('fw-normal');
    expect(screen.getByRole('columnheader', { name: 'Importo' })).toHaveClass('text-end');
    expect(screen.getByRole('columnheader', { name: 'Nota' })).not.toHaveClass('text-end');
    const amount = screen.getByText('25 €');
    expect(amount.tagName).toBe('TD');
    expect(amount.className).toBe('text-end text-nowrap');
    expect(amount).toHaveAttribute('data-col', 'amount');
    expect(amount).toHaveAttribute('data-id', 'b');
  });

  it('puts the row attributes on each body row', () => {
    render(
      <DataTable caption="Importi" columns={columns} rows={rows} rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-testid': 'row', 'data-number': r.cents, 'data-cig': `CIG-${r.id}` })} />,
    );
    const body = screen.getAllByTestId('row');
    expect(body).toHaveLength(2);
    expect(body[1]).toHaveAttribute('data-number', '2500');
    expect(body[0]).toHaveAttribute('data-cig', 'CIG-a');
    expect(within(body[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '10 €']);
  });

  it('adds a totals row in the footer, with an empty cell for the columns without a total', () => {
    const { container } = render(
      <DataTable caption="Importi" columns={columns} rows={rows} rowKey={(r) => r.id} footerProps={{ className: 'fw-bold', 'data-testid': 'totals' }} />,
    );
    const foot = container.querySelector('tfoot tr');
    expect(foot).toHaveClass('fw-bold');
    expect(foot).toHaveAttribute('data-testid', 'totals');
    expect(foot?.innerHTML).toBe('<th scope="row">Totale</th><td></td><td data-testid="grand-total" class="text-end fw-semibold">35 €</td>');
  });

  it('has no footer when no column has a total', () => {
    const plain = columns.map(({ footer: _f, footerProps: _p, ...c }) => c);
    const { container } = render(<DataTable caption="Importi" columns={plain} rows={rows} rowKey={(r) => r.id} />);
    expect(container.querySelector('tfoot')).toBeNull();
  });

  it('shows the empty state across all columns when there are no rows', () => {
    const { container } = render(<DataTable caption="Importi" columns={columns} rows={[]} rowKey={(r) => r.id} empty="Nessun ente corrisponde." />);
    const cell = screen.getByRole('cell', { name: 'Nessun ente corrisponde.' });
    expect(cell).toHaveAttribute('colspan', '3');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('leaves the body empty without an empty state, and skips columns given as false', () => {
    const { container } = render(<DataTable caption="Importi" columns={[columns[0], false, columns[2]]} rows={[]} rowKey={(r) => r.id} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ente', 'Importo']);
  });

  it('makes the wrapper a named, focusable region when it scrolls', () => {
    render(
      <DataTable caption="Quote" columns={columns} rows={rows} rowKey={(r) => r.id} scrollLabel="Quote per ente" wrapperClassName="mt-2" wrapperStyle={{ maxHeight: '20rem' }}>
        <p>dopo</p>
      </DataTable>,
    );
    const region = screen.getByRole('region', { name: 'Quote per ente' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('table-responsive', 'mt-2');
    expect(region.style.maxHeight).toBe('20rem');
    expect(within(region).getByText('dopo').tagName).toBe('P');
  });

  describe('on a screen narrower than the table', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('makes the wrapper a focusable group named by the caption', () => {
      vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
      const sw = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(800);
      const cw = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(390);
      render(<DataTable caption="Importi per ente" columns={columns} rows={rows} rowKey={(r) => r.id} />);
      const group = screen.getByRole('group', { name: 'Importi per ente' });
      expect(group).toHaveAttribute('tabindex', '0');
      sw.mockRestore();
      cw.mockRestore();
    });
  });
});
