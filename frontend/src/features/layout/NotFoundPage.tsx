import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The 404 page: what happened, and the ways back (the previous page, Home). */
export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle([t('errors.pageNotFound')]);
  // Only when there is a page to go back to (not when the address was opened in a new tab).
  const canGoBack = window.history.length > 1;
  return (
    <div data-testid="not-found">
      <h1 className="h2">{t('errors.pageNotFound')}</h1>
      <p>{t('shell.notFoundText')}</p>
      <div className="d-flex flex-wrap gap-2">
        {canGoBack && (
          <button type="button" className="btn btn-outline-primary" onClick={() => navigate(-1)}>
            {t('shell.goBack')}
          </button>
        )}
        <Link className="btn btn-primary" to="/">{t('shell.goHome')}</Link>
      </div>
    </div>
  );
}
