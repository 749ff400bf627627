import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from '../i18n';

afterEach(() => {
  cleanup();
  void i18n.changeLanguage('it');
});
