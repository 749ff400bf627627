import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { name: string; body: string | null; onSignOut: () => void };

/**
 * The signed-in user in the slim header: on wide screens the name, the
 * language switch and "Esci" side by side; on phones one "menu" button
 * opening the same items, so that the header fits 390 px.
 */
export function UserMenu({ name, body, onSignOut }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  // Close on Escape and on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  return (
    <>
      <div className="d-none d-lg-flex align-items-center">
        <span className="text-white me-3">
          <span className="visually-hidden">{t('auth.signedInAs')}: </span>
          <span data-testid="user-name">{name}</span>
        </span>
        <Link to="/impostazioni/notifiche" className="btn btn-sm btn-outline-light me-2">
          {t('notificationSettings.menu')}
        </Link>
        <Link className="btn btn-sm btn-outline-light me-2" to="/impostazioni/calendario">
          {t('calendar.menu')}
        </Link>
        <LanguageSwitch />
        <button type="button" className="btn btn-sm btn-outline-light ms-2" onClick={onSignOut}>
          {t('auth.signOut')}
        </button>
      </div>
      <div className="d-lg-none position-relative" ref={ref}>
        <button
          type="button"
          className="btn btn-sm btn-outline-light user-menu-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="me-1">
            <circle cx="8" cy="5" r="3" fill="currentColor" />
            <path d="M2 15c0-3.3 2.7-5 6-5s6 1.7 6 5z" fill="currentColor" />
          </svg>
          {t('shell.userMenu')}
        </button>
        <div id={id} className="user-menu-panel shadow" hidden={!open}>
          <p className="mb-1 fw-semibold">{name}</p>
          {body && <p className="small mb-3">{body}</p>}
          <div className="d-flex flex-wrap gap-2">
            <Link to="/impostazioni/notifiche" className="btn btn-sm btn-primary" onClick={() => setOpen(false)}>
              {t('notificationSettings.menu')}
            </Link>
            <Link className="btn btn-sm btn-primary" to="/impostazioni/calendario" onClick={() => setOpen(false)}>
              {t('calendar.menu')}
            </Link>
            <LanguageSwitch className="btn btn-sm btn-primary" />
            <button type="button" className="btn btn-sm btn-primary" onClick={onSignOut}>
              {t('auth.signOut')}
            </button>
          </div>
        </div>
      </div>
    </>
  );
}
