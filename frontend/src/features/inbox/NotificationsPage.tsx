import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ConnectionPager } from '../../components/Pager';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDate, formatDateTime } from '../../lib/format';
import { nodesOf, useCursorPages } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { INBOX_PAGE, useInbox, useMarkRead } from './useInbox';

/**
 * /notifiche: the signed-in user's inbox, newest first: what happened that
 * concerns them and reminders of their deadlines, each with the page where
 * they act. Opening one marks it read; "Segna tutte come lette" marks all.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle([t('inbox.title')]);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pager = useCursorPages(String(unreadOnly));
  const [{ data, error, fetching }, reexecute] = useInbox(pager.after, unreadOnly);
  const [marking, markRead] = useMarkRead();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const mark = async (ids: string[] | null) => {
    const res = await markRead(ids ? { ids } : { all: true }, { additionalTypenames: ['Notification'] });
    if (!res.error) refresh();
  };
  const items = nodesOf(data?.notifications);
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <>
      <Breadcrumb current={t('inbox.title')} />
      <h1 className="h2">{t('inbox.title')}</h1>
      <p>{t('inbox.intro')}</p>
      <div className="d-flex flex-wrap gap-3 align-items-center mb-3">
        <div className="form-check mb-0">
          <input className="form-check-input" type="checkbox" id="inbox-unread-only" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          <label className="form-check-label" htmlFor="inbox-unread-only">{t('inbox.unreadOnly')}</label>
        </div>
        <button type="button" className="btn btn-outline-primary btn-sm" disabled={unread === 0 || marking.fetching} onClick={() => void mark(null)}>
          {t('inbox.markAll')}
        </button>
        <Link to="/impostazioni/notifiche" className="small">{t('inbox.preferences')}</Link>
      </div>
      <QueryError error={marking.error} />
      <QueryError error={error} onRetry={refresh} />
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p role="status" data-testid="inbox-count">
            {t('inbox.count', { count: data.notifications.totalCount })} · {t('inbox.unread', { count: unread })}
          </p>
          {items.length === 0 ? (
            <p data-testid="inbox-empty">{unreadOnly ? t('inbox.noneUnread') : t('inbox.none')}</p>
          ) : (
            <ul className="list-unstyled inbox-list" data-testid="inbox-list">
              {items.map((n) => (
                <li key={n.id} className={`inbox-item border-bottom py-3${n.readAt ? '' : ' inbox-unread'}`} data-testid="inbox-item">
                  <div className="d-flex flex-wrap justify-content-between gap-2">
                    <span className="small text-secondary">
                      {t(`inbox.kind.${n.kind}`)} · <time dateTime={String(n.createdAt)}>{formatDateTime(n.createdAt)}</time>
                      {n.dueOn && <> · {t('inbox.dueOn', { date: formatDate(n.dueOn) })}</>}
                    </span>
                    {!n.readAt && <span className="badge bg-primary">{t('inbox.new')}</span>}
                  </div>
                  <p className="mb-1 mt-1">
                    <Link to={n.path} className={n.readAt ? '' : 'fw-semibold'} onClick={() => { if (!n.readAt) void mark([n.id]); }}>
                      {n.title}
                    </Link>
                  </p>
                  {n.body && <p className="mb-1 small inbox-body">{n.body}</p>}
                  {!n.readAt && (
                    <button type="button" className="btn btn-link btn-sm p-0" disabled={marking.fetching} onClick={() => void mark([n.id])}>
                      {t('inbox.markRead')}<span className="visually-hidden">: {n.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <ConnectionPager label={t('inbox.pages')} pager={pager} connection={data.notifications} pageSize={INBOX_PAGE} disabled={fetching} />
        </>
      )}
    </>
  );
}
