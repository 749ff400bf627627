import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import it from './it';
import en from './en';

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

void i18n.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'it',
  interpolation: { escapeValue: false },
  returnNull: false,
});

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
