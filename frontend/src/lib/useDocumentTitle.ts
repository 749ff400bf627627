import { useEffect } from 'react';
import i18n from '../i18n';

/** The document title for the given parts, most specific first: "Progetto X – Capofila". Empty parts are skipped. */
export function documentTitle(parts: (string | null | undefined | false)[]): string {
  const app = i18n.t('app.name');
  return [...parts.filter((p): p is string => !!p && p.trim() !== ''), app].join(' – ');
}

/**
 * Sets the browser tab's title (<title>) while the page is shown, e.g.
 * useDocumentTitle([project?.title, t('projects.title')]). Parts not yet
 * loaded (undefined) are left out until they arrive.
 */
export function useDocumentTitle(parts: (string | null | undefined | false)[]): void {
  const title = documentTitle(parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
