import { Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { Route, RouterProvider, Routes, createBrowserRouter, useNavigate } from 'react-router-dom';
import { createClient } from './lib/client';
import { SessionContext } from './features/auth/SessionContext';
import { SignInPage } from './features/auth/SignInPage';
import { AppLayout } from './features/layout/AppLayout';
import { HomePage } from './features/home/HomePage';
import { AggregationPage } from './features/aggregations/AggregationPage';
import { ApplicationPage } from './features/applications/ApplicationPage';
import { Loading } from './components/Loading';
import { NotFoundPage } from './features/layout/NotFoundPage';

// The screens for running a project load on first use: the first load stays lean.
const ProjectPage = lazy(() => import('./features/projects/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const ProjectOverview = lazy(() => import('./features/projects/ProjectSections').then((m) => ({ default: m.ProjectOverview })));
const ProjectSection = lazy(() => import('./features/projects/ProjectSections').then((m) => ({ default: m.ProjectSection })));
const VariationPage = lazy(() => import('./features/variations/VariationPage').then((m) => ({ default: m.VariationPage })));
const ClaimPage = lazy(() => import('./features/claims/ClaimPage').then((m) => ({ default: m.ClaimPage })));
// The Region's calls and the administration are for few users: loaded on demand too.
const CallsPage = lazy(() => import('./features/calls/CallsPage').then((m) => ({ default: m.CallsPage })));
const CallPage = lazy(() => import('./features/calls/CallPage').then((m) => ({ default: m.CallPage })));
const CallFormPage = lazy(() => import('./features/calls/CallFormPage').then((m) => ({ default: m.CallFormPage })));
const UsersPage = lazy(() => import('./features/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const CalendarFeedsPage = lazy(() => import('./features/calendar/CalendarFeedsPage').then((m) => ({ default: m.CalendarFeedsPage })));
const UserPage = lazy(() => import('./features/admin/UserPage').then((m) => ({ default: m.UserPage })));
// The lists of the navbar, the search and the footer's information pages.
const ApplicationsListPage = lazy(() => import('./features/lists/ApplicationsListPage').then((m) => ({ default: m.ApplicationsListPage })));
const ProjectsListPage = lazy(() => import('./features/lists/ProjectsListPage').then((m) => ({ default: m.ProjectsListPage })));
const ClaimsListPage = lazy(() => import('./features/lists/ClaimsListPage').then((m) => ({ default: m.ClaimsListPage })));
const SearchPage = lazy(() => import('./features/lists/SearchPage').then((m) => ({ default: m.SearchPage })));
const NotificationsPage = lazy(() => import('./features/inbox/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const AccessibilityPage = lazy(() => import('./features/legal/LegalPages').then((m) => ({ default: m.AccessibilityPage })));
const PrivacyPage = lazy(() => import('./features/legal/LegalPages').then((m) => ({ default: m.PrivacyPage })));
const NotificationSettingsPage = lazy(() => import('./features/settings/NotificationSettingsPage').then((m) => ({ default: m.NotificationSettingsPage })));
const AccessRequestPage = lazy(() => import('./features/access/AccessPages').then((m) => ({ default: m.AccessRequestPage })));
const AccessQueuePage = lazy(() => import('./features/access/AccessPages').then((m) => ({ default: m.AccessQueuePage })));
const LegalNotesPage = lazy(() => import('./features/legal/LegalPages').then((m) => ({ default: m.LegalNotesPage })));

// The screens of a project (/progetti/:id/<name>), as in its sub-navigation (ProjectNav).
const projectSections = ['procedure', 'fatture', 'prodotti', 'rendiconti', 'erogazioni', 'cronoprogramma', 'riparto', 'variazioni', 'documenti'] as const;

/** Routes (Italian paths); everything but /accedi and the information pages of the footer needs a session. Project, claim, call and administration pages are loaded lazily. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/accedi" element={<SignInPage />} />
      <Route element={<AppLayout publicPages />}>
        <Route path="accessibilita" element={<Suspense fallback={<Loading />}><AccessibilityPage /></Suspense>} />
        <Route path="privacy" element={<Suspense fallback={<Loading />}><PrivacyPage /></Suspense>} />
        <Route path="note-legali" element={<Suspense fallback={<Loading />}><LegalNotesPage /></Suspense>} />
      </Route>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="domande" element={<Suspense fallback={<Loading />}><ApplicationsListPage /></Suspense>} />
        <Route path="progetti" element={<Suspense fallback={<Loading />}><ProjectsListPage /></Suspense>} />
        <Route path="rendiconti" element={<Suspense fallback={<Loading />}><ClaimsListPage /></Suspense>} />
        <Route path="notifiche" element={<Suspense fallback={<Loading />}><NotificationsPage /></Suspense>} />
        <Route path="cerca" element={<Suspense fallback={<Loading />}><SearchPage /></Suspense>} />
        <Route path="aggregazioni/:id" element={<AggregationPage />} />
        <Route path="domande/:id" element={<ApplicationPage />} />
        <Route path="progetti/:id" element={<Suspense fallback={<Loading />}><ProjectPage /></Suspense>}>
          <Route index element={<Suspense fallback={<Loading />}><ProjectOverview /></Suspense>} />
          {projectSections.map((s) => (
            <Route key={s} path={s} element={<Suspense fallback={<Loading />}><ProjectSection name={s} /></Suspense>} />
          ))}
          <Route path="variazioni/:variationId" element={<Suspense fallback={<Loading />}><VariationPage /></Suspense>} />
        </Route>
        <Route path="rendiconti/:id" element={<Suspense fallback={<Loading />}><ClaimPage /></Suspense>} />
        <Route path="bandi" element={<Suspense fallback={<Loading />}><CallsPage /></Suspense>} />
        <Route path="bandi/nuovo" element={<Suspense fallback={<Loading />}><CallFormPage /></Suspense>} />
        <Route path="bandi/:id" element={<Suspense fallback={<Loading />}><CallPage /></Suspense>} />
        <Route path="bandi/:id/modifica" element={<Suspense fallback={<Loading />}><CallFormPage /></Suspense>} />
        <Route path="impostazioni/notifiche" element={<Suspense fallback={<Loading />}><NotificationSettingsPage /></Suspense>} />
        <Route path="impostazioni/calendario" element={<Suspense fallback={<Loading />}><CalendarFeedsPage /></Suspense>} />
        <Route path="accesso" element={<Suspense fallback={<Loading />}><AccessRequestPage /></Suspense>} />
        <Route path="richieste-accesso" element={<Suspense fallback={<Loading />}><AccessQueuePage /></Suspense>} />
        <Route path="amministrazione" element={<Suspense fallback={<Loading />}><UsersPage /></Suspense>} />
        <Route path="amministrazione/utenti/:id" element={<Suspense fallback={<Loading />}><UserPage /></Suspense>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Holds the GraphQL client; a new one (empty cache) after sign-in and sign-out. */
function ClientShell() {
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  const [generation, setGeneration] = useState(0);
  const client = useMemo(
    () =>
      createClient(() => {
        const here = window.location.pathname + window.location.search;
        if (!window.location.pathname.startsWith('/accedi')) {
          navigateRef.current(`/accedi?scaduta&next=${encodeURIComponent(here)}`, { replace: true });
        }
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [generation],
  );
  const resetClient = useCallback(() => setGeneration((g) => g + 1), []);
  const session = useMemo(() => ({ resetClient }), [resetClient]);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <AppRoutes />
      </Provider>
    </SessionContext.Provider>
  );
}

// A data router, so that screens with unsaved changes can block in-app
// navigation (useBlocker); the routes themselves stay declarative below.
const router = createBrowserRouter([{ path: '*', element: <ClientShell /> }]);

/** The application. */
export function App() {
  return <RouterProvider router={router} />;
}
