import { useTranslation } from 'react-i18next';

/** Switches the UI between Italian and English. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'it' : 'en';
  return (
    <button
      type="button"
      className="btn btn-sm btn-outline-light"
      lang={other}
      aria-label={t('app.switchToLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('app.switchTo')}
    </button>
  );
}
