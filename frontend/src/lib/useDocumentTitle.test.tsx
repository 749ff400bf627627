import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { documentTitle, useDocumentTitle } from './useDocumentTitle';

function Page({ parts }: { parts: (string | undefined)[] }) {
  useDocumentTitle(parts);
  return null;
}

describe('useDocumentTitle', () => {
  it('joins the parts, most specific first, and ends with the app name', () => {
    expect(documentTitle(['Marche Sud Digitale', 'Progetti'])).toBe('Marche Sud Digitale – Progetti – Capofila');
    expect(documentTitle([])).toBe('Capofila');
  });

  it('skips parts not loaded yet', () => {
    expect(documentTitle([undefined, null, '', 'Progetto'])).toBe('Progetto – Capofila');
  });

  it('sets document.title and follows changes', () => {
    const { rerender } = render(<Page parts={[undefined, 'Progetto']} />);
    expect(document.title).toBe('Progetto – Capofila');
    rerender(<Page parts={['Marche Sud Digitale', 'Progetto']} />);
    expect(document.title).toBe('Marche Sud Digitale – Progetto – Capofila');
  });
});
