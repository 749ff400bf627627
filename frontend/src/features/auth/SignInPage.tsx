import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { fetchSignInMethods, signIn, type SignInMethods } from './authApi';
import { SpidCieButton } from './SpidCieButton';
import { SignInForm } from './SignInForm';
import { useSession } from './SessionContext';
import { Shell } from '../layout/AppLayout';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The sign-in screen; after success it goes back to the page that asked for it. */
export function SignInPage({ methods: given }: { methods?: () => Promise<SignInMethods> } = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { resetClient } = useSession();
  const next = new URLSearchParams(location.search).get('next');
  const expired = new URLSearchParams(location.search).has('scaduta');
  useDocumentTitle([t('auth.submit')]);
  const [methods, setMethods] = useState<SignInMethods | null>(null);
  useEffect(() => {
    let live = true;
    void (given ?? fetchSignInMethods)().then((m) => live && setMethods(m));
    return () => {
      live = false;
    };
  }, [given]);

  return (
    <Shell user={null} sections={[]}>
      <div className="row justify-content-center">
        <div className="col-12 col-md-8 col-lg-5">
          <h1 className="h2 mb-3">{t('auth.title')}</h1>
          <p>{t('auth.intro')}</p>
          {expired && (
            <div className="alert alert-warning" role="status">
              {t('auth.sessionExpired')}
            </div>
          )}
          {methods?.oidc && methods.oidcLoginPath && (
            <section className="mb-4" aria-labelledby="oidc-title">
              <h2 id="oidc-title" className="h5">{t('auth.oidc.title')}</h2>
              <p>{t('auth.oidc.intro')}</p>
              <SpidCieButton loginPath={methods.oidcLoginPath} next={next} />
            </section>
          )}
          {methods?.password !== false && (
            <>
              {methods?.oidc && <h2 className="h5">{t('auth.oidc.passwordTitle')}</h2>}
              <SignInForm
                signIn={signIn}
                onSignedIn={() => {
                  resetClient();
                  navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
                }}
              />
            </>
          )}
        </div>
      </div>
    </Shell>
  );
}
