import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { signIn } from './authApi';
import { SignInForm } from './SignInForm';
import { useSession } from './SessionContext';
import { Shell } from '../layout/AppLayout';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The sign-in screen; after success it goes back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { resetClient } = useSession();
  const next = new URLSearchParams(location.search).get('next');
  const expired = new URLSearchParams(location.search).has('scaduta');
  useDocumentTitle([t('auth.submit')]);

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
          <SignInForm
            signIn={signIn}
            onSignedIn={() => {
              resetClient();
              navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
            }}
          />
        </div>
      </div>
    </Shell>
  );
}
