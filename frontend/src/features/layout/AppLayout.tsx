import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Header, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { useMe } from '../auth/useMe';
import { signOut } from '../auth/authApi';
import { useSession } from '../auth/SessionContext';
import { LanguageSwitch } from './LanguageSwitch';
import { QueryError } from '../../components/QueryError';
import { Loading } from '../../components/Loading';
import { isUnauthenticated } from '../../lib/errors';
import type { MeQuery } from '../../gql/graphql';

/** The signed-in user, as the screens inside the layout receive it. */
export type Me = NonNullable<MeQuery['me']>;

/**
 * The frame of every signed-in screen: Bootstrap Italia header with the
 * user's name and "Esci", then the page. Without a session it sends the
 * visitor to the sign-in page, remembering where they wanted to go.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { resetClient } = useSession();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the page's content on navigation, so keyboard and screen
  // reader users start from the new page, not from the link they used.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  if (fetching && !data) return <Loading />;
  const next = encodeURIComponent(location.pathname + location.search);
  if (isUnauthenticated(error) || (data && !data.me)) {
    return <Navigate to={`/accedi?next=${next}`} replace />;
  }
  if (error || !data?.me) {
    return (
      <main id="main" className="container my-5">
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </main>
    );
  }
  const me = data.me;

  async function onSignOut() {
    await signOut();
    resetClient();
    navigate('/accedi', { replace: true });
  }

  return (
    <>
      <a className="visually-hidden-focusable skiplink-item" href="#main">
        {t('app.skipToContent')}
      </a>
      <header>
        <Headers>
          <Header type="slim">
            <HeaderContent>
              <span className="d-lg-block navbar-brand text-white">{t('app.tagline')}</span>
              <HeaderRightZone>
                <span className="text-white me-3 d-none d-md-inline">
                  <span className="visually-hidden">{t('auth.signedInAs')}: </span>
                  <span data-testid="user-name">{me.displayName}</span>
                </span>
                <LanguageSwitch />
                <button type="button" className="btn btn-sm btn-outline-light ms-2" onClick={() => void onSignOut()}>
                  {t('auth.signOut')}
                </button>
              </HeaderRightZone>
            </HeaderContent>
          </Header>
          <Header type="center" small>
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link to="/">
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                  </div>
                </Link>
              </div>
            </HeaderContent>
          </Header>
        </Headers>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container my-4 outline-0">
        <Outlet context={me} />
      </main>
    </>
  );
}
