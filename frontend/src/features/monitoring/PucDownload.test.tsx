import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { PucDownload, ProjectPucPanel, fileNameOf, nextPucTransmission, pucProblems } from './PucDownload';

const CUP = 'D79J25000120006';
const HREF = `/exports/projects/PR01JX/puc.zip`;

function zipResponse(name: string) {
  // "PK\x03\x04": the start of a zip.
  return new Response(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
    status: 200,
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename=${name}` },
  });
}

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

// The 400 of an invalid feed, as internal/reports/puc.go writes it.
function invalid(n: number) {
  const details = Array.from({ length: n }, (_, i) => ({
    rule: i === 0 ? 'puc.mandatory' : 'puc.format',
    message: i === 0 ? 'COD_PROC_ATT è obbligatorio.' : `CF_SOGGETTO non è un codice fiscale valido (${i}).`,
    field: i === 0 ? 'COD_PROC_ATT' : 'CF_SOGGETTO',
    facts: { family: i === 0 ? 'PA00' : 'SC00', record: i === 0 ? 1 : i + 1 },
  }));
  return jsonResponse(400, {
    errors: [{
      message: `Il tracciato di monitoraggio ha ${n} errori e non può essere trasmesso: correggere i dati o scaricare una bozza (bozza=1). Primo errore: PA00 COD_PROC_ATT COD_PROC_ATT è obbligatorio..`,
      extensions: { code: 'INVALID', rule: 'puc.invalid', details },
    }],
  });
}

let fetchMock: ReturnType<typeof vi.fn>;
let clicked: { href: string; download: string }[];

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  clicked = [];
  URL.createObjectURL = vi.fn(() => 'blob:puc');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('PucDownload', () => {
  it('saves the zip under the name the server gives, fetched with the session cookie', async () => {
    fetchMock.mockResolvedValueOnce(zipResponse('puc-d79j25000120006.zip'));
    render(<ProjectPucPanel projectID="PR01JX" cup={CUP} today={new Date(2026, 11, 7)} />);
    await userEvent.click(screen.getByRole('button', { name: /Scarica il flusso PUC/ }));
    expect(await screen.findByTestId('puc-done')).toHaveTextContent('Scaricato puc-d79j25000120006.zip.');
    expect(fetchMock).toHaveBeenCalledWith(HREF, { credentials: 'same-origin' });
    expect(clicked).toEqual([{ href: 'blob:puc', download: 'puc-d79j25000120006.zip' }]);
    const blob = (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls[0][0] as Blob;
    expect(blob.size).toBe(4);
    expect(screen.queryByTestId('puc-invalid')).toBeNull();
  });

  it('names the file puc-<cup>.zip when the server gives no name', async () => {
    fetchMock.mockResolvedValueOnce(new Response("PK", { status: 200 }));
    render(<ProjectPucPanel projectID="PR01JX" cup={CUP} />);
    await userEvent.click(screen.getByRole('button', { name: /Scarica il flusso PUC/ }));
    await screen.findByTestId('puc-done');
    expect(clicked[0].download).toBe('puc-d79j25000120006.zip');
  });

  it('lists the problems of an invalid feed, the first 50 and how many more, with the link to the draft', async () => {
    fetchMock.mockResolvedValueOnce(invalid(53));
    render(<ProjectPucPanel projectID="PR01JX" cup={CUP} />);
    await userEvent.click(screen.getByRole('button', { name: /Scarica il flusso PUC/ }));
    const box = await screen.findByTestId('puc-invalid');
    expect(box).toHaveTextContent('Il flusso non può essere trasmesso: ha 53 errori.');
    const items = within(box).getAllByTestId('puc-problem');
    expect(items).toHaveLength(50);
    expect(items[0]).toHaveTextContent('PA00 · record 1 · COD_PROC_ATT: COD_PROC_ATT è obbligatorio.');
    expect(items[1]).toHaveTextContent('SC00 · record 2 · CF_SOGGETTO: CF_SOGGETTO non è un codice fiscale valido (1).');
    expect(screen.getByTestId('puc-more')).toHaveTextContent('e altri 3 errori.');
    expect(clicked).toEqual([]);

    const draft = screen.getByRole('link', { name: 'Scarica comunque la bozza' });
    expect(draft).toHaveAttribute('href', `${HREF}?bozza=1`);
    fetchMock.mockResolvedValueOnce(zipResponse('puc-d79j25000120006-bozza.zip'));
    await userEvent.click(draft);
    expect(await screen.findByTestId('puc-done')).toHaveTextContent('puc-d79j25000120006-bozza.zip');
    expect(fetchMock).toHaveBeenLastCalledWith(`${HREF}?bozza=1`, { credentials: 'same-origin' });
    expect(clicked).toEqual([{ href: 'blob:puc', download: 'puc-d79j25000120006-bozza.zip' }]);
  });

  it('shows the server message of a refusal (403)', async () => {
    const message = 'Il tracciato di monitoraggio del portafoglio di una Regione è riservato ai suoi funzionari e revisori e agli amministratori.';
    fetchMock.mockResolvedValueOnce(jsonResponse(403, { errors: [{ message, extensions: { code: 'FORBIDDEN', rule: 'puc.region_scope' } }] }));
    render(<PucDownload href="/exports/bodies/PB01MARCHE/puc.zip" fallbackName="puc-regione-marche.zip" label="Scarica il flusso PUC del portafoglio" />);
    await userEvent.click(screen.getByRole('button', { name: /portafoglio/ }));
    expect(await screen.findByTestId('puc-error')).toHaveTextContent(message);
    expect(screen.queryByTestId('puc-invalid')).toBeNull();
    expect(clicked).toEqual([]);
  });

  it('says the generic words of a refusal without a body', async () => {
    fetchMock.mockResolvedValueOnce(new Response('forbidden', { status: 403 }));
    render(<PucDownload href={HREF} fallbackName="puc.zip" />);
    await userEvent.click(screen.getByRole('button', { name: /Scarica il flusso PUC/ }));
    expect(await screen.findByTestId('puc-error')).toHaveTextContent('Non hai i permessi');
  });
});

describe('PUC helpers', () => {
  it('reads the file name of Content-Disposition', () => {
    expect(fileNameOf('attachment; filename=puc-regione-marche.zip', 'x.zip')).toBe('puc-regione-marche.zip');
    expect(fileNameOf('attachment; filename="puc a.zip"', 'x.zip')).toBe('puc a.zip');
    expect(fileNameOf("attachment; filename*=utf-8''puc-%C3%A0.zip", 'x.zip')).toBe('puc-à.zip');
    expect(fileNameOf(null, 'x.zip')).toBe('x.zip');
  });

  it('keeps only well-formed details', () => {
    expect(pucProblems([{ rule: 'puc.missing', message: 'Manca AP06.', facts: { family: 'AP06', record: 0 } }, { rule: 'x' }, null])).toEqual([
      { rule: 'puc.missing', message: 'Manca AP06.', field: null, family: 'AP06', record: null },
    ]);
    expect(pucProblems(undefined)).toEqual([]);
  });

  it('gives the next bimonthly transmission: data at the end of an even month, due by the end of the next', () => {
    expect(nextPucTransmission(new Date(2026, 11, 7))).toEqual({ cutOff: '2026-12-31', dueOn: '2027-01-31' });
    expect(nextPucTransmission(new Date(2027, 0, 31))).toEqual({ cutOff: '2026-12-31', dueOn: '2027-01-31' });
    expect(nextPucTransmission(new Date(2026, 2, 10))).toEqual({ cutOff: '2026-02-28', dueOn: '2026-03-31' });
    expect(nextPucTransmission(new Date(2028, 1, 1))).toEqual({ cutOff: '2028-02-29', dueOn: '2028-03-31' });
  });

  it('says the next transmission in the panel', () => {
    render(<ProjectPucPanel projectID="PR01JX" cup={CUP} today={new Date(2026, 11, 7)} />);
    expect(screen.getByTestId('puc-next')).toHaveTextContent('dati al 31/12/2026, da inviare entro il 31/01/2027');
  });
});
