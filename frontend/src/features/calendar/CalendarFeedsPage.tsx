import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/format';
import { serverErrors, type ServerError } from '../../lib/errors';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from './useCalendarFeeds';

type Feed = { id: string; prefix: string; createdAt: string; lastUsedAt?: string | null; revokedAt?: string | null };

/**
 * "Calendario delle scadenze" (/impostazioni/calendario): the addresses
 * through which Outlook, Thunderbird or Google Calendar show the user's
 * deadlines. An address carries a secret, so it is shown once, on
 * creation; the list shows each by its first characters, and revoking one
 * (after a confirmation) stops it.
 */
export function CalendarFeedsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useCalendarFeeds();
  const [{ fetching: creating }, create] = useCreateCalendarFeed();
  const [{ fetching: revoking }, revoke] = useRevokeCalendarFeed();
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [confirming, setConfirming] = useState<Feed | null>(null);

  const feeds: Feed[] = (data?.me?.calendarFeeds.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  async function onCreate() {
    setErrors([]);
    setCopied(false);
    const res = await create({});
    if (res.error) return setErrors(serverErrors(res.error));
    setCreated(res.data?.createCalendarFeed.url ?? null);
    refetch({ requestPolicy: 'network-only' });
  }

  async function onCopy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  async function onRevoke(feed: Feed) {
    setErrors([]);
    const res = await revoke({ id: feed.id });
    setConfirming(null);
    if (res.error) return setErrors(serverErrors(res.error));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <div className="container my-4" data-testid="calendar-feeds">
      <h1 className="h2">{t('calendar.title')}</h1>
      <p>{t('calendar.intro')}</p>
      <p className="small">{t('calendar.secret')}</p>

      {errors.length > 0 && (
        <div className="alert alert-danger" role="alert" data-testid="calendar-error">
          {errors.map((e, i) => <p key={i} className="mb-0">{e.message ?? t(`errors.${e.kind}`)}</p>)}
        </div>
      )}

      <button type="button" className="btn btn-primary mb-3" onClick={onCreate} disabled={creating}>
        {t('calendar.create')}
      </button>

      {created && (
        <div className="alert alert-success" role="status" data-testid="calendar-created">
          <p className="fw-semibold">{t('calendar.createdOnce')}</p>
          <div className="input-group mb-2">
            <label htmlFor="calendar-url" className="visually-hidden">{t('calendar.address')}</label>
            <input id="calendar-url" className="form-control" readOnly value={created} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="btn btn-outline-primary" onClick={onCopy}>{t('calendar.copy')}</button>
          </div>
          <p className="small mb-0" aria-live="polite">{copied ? t('calendar.copied') : ''}</p>
        </div>
      )}

      <h2 className="h4 mt-4">{t('calendar.howTo')}</h2>
      <dl data-testid="calendar-howto">
        <dt>Microsoft Outlook</dt>
        <dd>{t('calendar.outlook')}</dd>
        <dt>Mozilla Thunderbird</dt>
        <dd>{t('calendar.thunderbird')}</dd>
        <dt>Google Calendar</dt>
        <dd>{t('calendar.google')}</dd>
      </dl>
      <p className="small">{t('calendar.refresh')}</p>

      <h2 className="h4 mt-4">{t('calendar.list')}</h2>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && (
        <DataTable
          caption={t('calendar.list')}
          testid="calendar-feeds-table"
          rows={feeds}
          rowKey={(f) => f.id}
          rowProps={(f) => ({ 'data-testid': 'calendar-feed', 'data-revoked': !!f.revokedAt })}
          empty={t('calendar.none')}
          columns={[
            { key: 'prefix', header: t('calendar.prefix'), rowHeader: true, cell: (f) => <code>{f.prefix}…</code> },
            { key: 'created', header: t('calendar.createdAt'), cell: (f) => formatDateTime(f.createdAt) },
            { key: 'used', header: t('calendar.lastUsedAt'), cell: (f) => (f.lastUsedAt ? formatDateTime(f.lastUsedAt) : t('calendar.neverUsed')) },
            {
              key: 'state',
              header: t('calendar.state'),
              cell: (f) =>
                f.revokedAt ? (
                  t('calendar.revokedOn', { when: formatDateTime(f.revokedAt) })
                ) : (
                  <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setConfirming(f)}
                    aria-label={t('calendar.revokeOne', { prefix: f.prefix })}>
                    {t('calendar.revoke')}
                  </button>
                ),
            },
          ]}
        />
      )}

      {confirming && (
        <ConfirmDialog
          title={t('calendar.confirmTitle')}
          confirmLabel={t('calendar.revoke')}
          tone="danger"
          busy={revoking}
          testid="calendar-revoke-confirm"
          onConfirm={() => onRevoke(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('calendar.confirmText', { prefix: confirming.prefix })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
