import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { signIn } from './authApi';
import { SignInForm } from './SignInForm';
import { useSession } from './SessionContext';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/** The sign-in screen; after success it goes back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { resetClient } = useSession();
  const next = new URLSearchParams(location.search).get('next');
  const expired = new URLSearchParams(location.search).has('scaduta');

  return (
    <>
      <header className="it-header-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <div className="it-brand-text text-white">
                      <div className="it-brand-title">{t('app.name')}</div>
                      <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                    </div>
                  </div>
                  <div className="it-right-zone">
                    <LanguageSwitch />
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="container my-5" tabIndex={-1}>
        <div className="row justify-content-center">
          <div className="col-12 col-md-8 col-lg-5">
            <h1 className="h2 mb-3">{t('auth.title')}</h1>
            <p>{t('auth.intro')}</p>
            {expired && (
              <div className="alert alert-warning" role="status">
                {t('auth.sessionExpired')}
              </div>
            )}
            <SignInForm
              signIn={signIn}
              onSignedIn={() => {
                resetClient();
                navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
              }}
            />
          </div>
        </div>
      </main>
    </>
  );
}
