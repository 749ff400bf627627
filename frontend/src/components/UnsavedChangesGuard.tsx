import { useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router-dom';

type Props = { when: boolean };

/**
 * Warns before unsaved changes are lost: the browser's own prompt on reload
 * or closing the tab, and a confirmation inside the app before navigating
 * elsewhere (needs a data router; outside one, only the browser prompt).
 */
export function UnsavedChangesGuard({ when }: Props) {
  useBeforeUnload(when);
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  return dataRouter ? <NavigationGuard when={when} /> : null;
}

/** Asks the browser to confirm leaving the page while when is true. */
export function useBeforeUnload(when: boolean) {
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
}

function NavigationGuard({ when }: Props) {
  const { t } = useTranslation();
  // A screen that has just saved navigates with state { saved: true }: that
  // navigation is never blocked, whatever the render timing.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname && !(nextLocation.state as { saved?: boolean } | null)?.saved,
  );
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== 'blocked') return null;
  return (
    <LeaveDialog
      onStay={() => blocker.reset()}
      onLeave={() => blocker.proceed()}
      stayRef={stay}
      title={t('unsaved.title')}
      text={t('unsaved.text')}
      stayLabel={t('unsaved.stay')}
      leaveLabel={t('unsaved.leave')}
    />
  );
}

/** The in-app "leave without saving?" confirmation (a modal alert dialog). */
export function LeaveDialog({ onStay, onLeave, stayRef, title, text, stayLabel, leaveLabel }: {
  onStay: () => void;
  onLeave: () => void;
  stayRef?: React.RefObject<HTMLButtonElement | null>;
  title: string;
  text: string;
  stayLabel: string;
  leaveLabel: string;
}) {
  return (
    <div className="unsaved-backdrop" onKeyDown={(e) => e.key === 'Escape' && onStay()}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" aria-describedby="unsaved-text" className="unsaved-dialog bg-white p-4 rounded shadow" data-testid="unsaved-dialog">
        <h2 id="unsaved-title" className="h5">{title}</h2>
        <p id="unsaved-text">{text}</p>
        <div className="d-flex gap-2 justify-content-end">
          <button ref={stayRef} type="button" className="btn btn-primary" onClick={onStay}>{stayLabel}</button>
          <button type="button" className="btn btn-outline-danger" onClick={onLeave}>{leaveLabel}</button>
        </div>
      </div>
    </div>
  );
}
