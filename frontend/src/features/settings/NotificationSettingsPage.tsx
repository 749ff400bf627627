import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from '@urql/core';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { NotificationDelivery, NotificationKind } from '../../gql/graphql';
import { useNotificationPreferences, useSetNotificationPreference } from './useNotificationPreferences';

const deliveries: NotificationDelivery[] = ['IMMEDIATE', 'DAILY', 'OFF'];

/**
 * /impostazioni/notifiche: for each kind of notification, whether it is
 * e-mailed at once, in the daily digest, or never. In-app notifications
 * are shown whatever the choice. Each choice is saved when it is made,
 * with the version it was read at (a change made elsewhere meanwhile is
 * refused, and the page reloads the choices).
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reload] = useNotificationPreferences();
  const [{ fetching: saving }, set] = useSetNotificationPreference();
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<CombinedError | undefined>();

  async function choose(kind: NotificationKind, label: string, delivery: NotificationDelivery, version: number) {
    setSaved(null);
    setFailure(undefined);
    const res = await set({ kind, delivery, version });
    if (res.error) {
      setFailure(res.error);
      reload({ requestPolicy: 'network-only' });
      return;
    }
    setSaved(t('notificationSettings.saved', { label, delivery: t(`notificationSettings.delivery.${delivery}`) }));
  }

  return (
    <div className="container my-4">
      <h1 className="h2">{t('notificationSettings.title')}</h1>
      <p>{t('notificationSettings.intro')}</p>
      {fetching && !data && <Loading />}
      <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      <QueryError error={failure} />
      <p className="visually-hidden" aria-live="polite" data-testid="saved">{saved}</p>
      {saved && <div className="alert alert-success" aria-hidden="true">{saved}</div>}
      {data?.notificationPreferences.map((p) => (
        <fieldset key={p.kind} className="border rounded p-3 mb-3" data-testid={`pref-${p.kind}`}>
          <legend className="h6 float-none w-auto px-1 mb-2">{p.label}</legend>
          <div className="d-flex flex-wrap gap-4">
            {deliveries.map((d) => {
              const id = `pref-${p.kind}-${d}`;
              return (
                <div className="form-check form-check-inline m-0" key={d}>
                  <input className="form-check-input" type="radio" id={id} name={`pref-${p.kind}`} value={d}
                    checked={p.delivery === d} disabled={saving}
                    onChange={() => void choose(p.kind, p.label, d, p.version)} />
                  <label className="form-check-label" htmlFor={id}>{t(`notificationSettings.delivery.${d}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
