import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n';

/** Switches the UI between Italian and English (English texts load on first use). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'it' : 'en';
  return (
    <button
      type="button"
      className="btn btn-sm btn-outline-light"
      lang={other}
      aria-label={t('app.switchToLabel')}
      onClick={() => void changeLanguage(other)}
    >
      {t('app.switchTo')}
    </button>
  );
}
