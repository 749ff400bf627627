import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import it from './it';

/** Languages of the UI; Italian first. */
export const languages = ['it', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'capofila.lang';

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'it') return saved;
  } catch {
    // storage unavailable: keep the default
  }
  return 'it';
}

// Italian is bundled; English is fetched the first time it is chosen, so
// that most users do not download texts they never read.
void i18n.use(initReactI18next).init({
  resources: { it: { translation: it } },
  partialBundledLanguages: true,
  lng: 'it',
  fallbackLng: 'it',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Loads a language's texts (once) and switches the UI to it. */
export async function changeLanguage(lng: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'translation')) {
    const m = await import('./en');
    i18n.addResourceBundle(lng, 'translation', m.default, true, true);
  }
  await i18n.changeLanguage(lng);
}

/** Resolves when the language the user chose last time is ready. */
export const i18nReady: Promise<void> = initialLanguage() === 'it' ? Promise.resolve() : changeLanguage(initialLanguage());

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
});
document.documentElement.lang = i18n.language;

export default i18n;
