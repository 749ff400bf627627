import { useEffect, useMemo, useRef } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { signOut } from '../auth/authApi';
import { useSession } from '../auth/SessionContext';
import { viewerOf } from '../home/roles';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { navSections, workingBody } from './navigation';
import { QueryError } from '../../components/QueryError';
import { Loading } from '../../components/Loading';
import { isUnauthenticated } from '../../lib/errors';
import { nodesOf } from '../../lib/paging';
import type { MeQuery } from '../../gql/graphql';

/** The signed-in user, as the screens inside the layout receive it. */
export type Me = NonNullable<MeQuery['me']>;

/**
 * The frame of every screen: skip link, Bootstrap Italia header (user menu,
 * search, navigation by role), the page in <main>, the footer. Without a
 * session it sends the visitor to the sign-in page, remembering where they
 * wanted to go — except on public pages (publicPages), which render in the
 * same frame without the user's parts. If the user cannot be read, the
 * frame stays and the error shows in <main>.
 */
export function AppLayout({ publicPages = false }: { publicPages?: boolean }) {
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

  const me = data?.me ?? null;
  const shell = useMemo(() => {
    if (!me) return { user: null, sections: [] };
    const assignments = nodesOf(me.roleAssignments);
    return { user: { name: me.displayName, body: workingBody(assignments) }, sections: navSections(viewerOf(assignments)) };
  }, [me]);

  const signedOut = isUnauthenticated(error) || (data && !data.me);
  if (signedOut && !publicPages) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/accedi?next=${next}`} replace />;
  }

  async function onSignOut() {
    await signOut();
    resetClient();
    navigate('/accedi', { replace: true });
  }

  let content;
  if (fetching && !data && !error) content = <Loading />;
  else if (me || publicPages) content = <Outlet context={me} />;
  else content = <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  return <Shell user={shell.user} sections={shell.sections} onSignOut={() => void onSignOut()} mainRef={mainRef}>{content}</Shell>;
}

/** Skip link, header, <main> and footer around children. */
export function Shell({ user, sections, onSignOut, mainRef, children }: {
  user: Parameters<typeof AppHeader>[0]['user'];
  sections: Parameters<typeof AppHeader>[0]['sections'];
  onSignOut?: () => void;
  mainRef?: React.Ref<HTMLElement>;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="d-flex flex-column min-vh-100">
      <a className="visually-hidden-focusable skiplink-item" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={user} sections={sections} onSignOut={onSignOut} />
      <main id="main" ref={mainRef} tabIndex={-1} className="container my-4 outline-0 flex-grow-1">
        {children}
      </main>
      <AppFooter />
    </div>
  );
}
