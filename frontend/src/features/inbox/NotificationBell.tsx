import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { UNREAD_POLL_MS, useUnreadCount } from './useInbox';

/**
 * The header's link to the inbox, with the number of unread notifications
 * as a badge (asked again every minute and on every navigation).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [{ data }, reexecute] = useUnreadCount();
  const unread = data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    const id = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), UNREAD_POLL_MS);
    return () => window.clearInterval(id);
  }, [reexecute]);
  useEffect(() => reexecute({ requestPolicy: 'network-only' }), [pathname, reexecute]);

  const label = unread > 0 ? t('inbox.bellUnread', { count: unread }) : t('inbox.bell');
  return (
    <Link to="/notifiche" className="btn btn-sm btn-outline-light position-relative inbox-bell" aria-label={label} title={label} data-testid="inbox-bell">
      <svg className="inbox-bell-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 && (
        <span className="badge bg-danger rounded-pill ms-1" aria-hidden data-testid="inbox-unread">{unread > 99 ? '99+' : unread}</span>
      )}
    </Link>
  );
}
