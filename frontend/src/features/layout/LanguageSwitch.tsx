import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n';

/**
 * Switches the UI between Italian and English (English texts load on first
 * use). The accessible name ("Lingua: English") contains the visible text.
 */
export function LanguageSwitch({ className = 'btn btn-sm btn-outline-light' }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'it' : 'en';
  return (
    <button type="button" className={className} title={t('app.switchToLabel')} onClick={() => void changeLanguage(other)}>
      <span className="visually-hidden">{t('app.language')}: </span>
      <span lang={other}>{t('app.switchTo')}</span>
    </button>
  );
}
