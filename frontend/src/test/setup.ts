import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from '../i18n';
import en from '../i18n/en';

// English is loaded on demand in the app; tests have it at hand.
i18n.addResourceBundle('en', 'translation', en, true, true);

afterEach(() => {
  cleanup();
  void i18n.changeLanguage('it');
});
