import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorrectCall } from './useCalls';
import { pucLines } from '../monitoring/pucSettings';
import { Field } from '../../components/Field';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';

/**
 * A call's national monitoring codes (PUC), one KEY=VALUE a line; the
 * Region's officers correct them on a published call (correctCall: a new
 * version of the call). A draft's are edited in the call's form.
 */
export function CallPucSettings({ id, settings, rowVersion, canCorrect, onSaved }: {
  id: string; settings: string | null | undefined; rowVersion: number; canCorrect: boolean; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(settings ?? '');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [saved, setSaved] = useState(false);
  // What was saved, shown until the call is read again (while the prop is
  // still the value it replaced).
  const [override, setOverride] = useState<{ from: string | null | undefined; value: string | null } | null>(null);
  const shown = override && override.from === settings ? override.value : settings;
  const [{ fetching }, correct] = useCorrectCall();

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const value = pucLines(text);
    // The line numbers of a refusal are those of the text sent: show it.
    setText(value);
    const input = value ? { pucSettings: value, rowVersion } : { clearPucSettings: true, rowVersion };
    const r = await correct({ id, input });
    if (r.error) {
      setErrors(serverErrors(r.error));
      return;
    }
    setErrors([]);
    setOverride({ from: settings, value: r.data?.correctCall.pucSettings ?? null });
    setEditing(false);
    setSaved(true);
    onSaved();
  }

  return (
    <section aria-labelledby="call-puc-title" className="mb-4" data-testid="call-puc">
      <h2 id="call-puc-title" className="h4">{t('puc.settings')}</h2>
      {saved && <p className="small" role="status">{t('puc.saved')}</p>}
      {editing ? (
        <form onSubmit={(e) => void save(e)} noValidate>
          <FormErrors errors={errors} shownFields={['pucSettings']} />
          <Field id="call-puc-correct" label={t('puc.settings')} error={fieldError(errors, 'pucSettings')} hint={t('puc.settingsHint')}>
            {(p) => <textarea {...p} rows={8} spellCheck={false} className={`${p.className} font-monospace`} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary btn-sm" disabled={fetching}>{t('puc.save')}</button>
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => { setEditing(false); setErrors([]); setText(shown ?? ''); }}>{t('app.cancel')}</button>
          </div>
        </form>
      ) : (
        <>
          {shown ? (
            <ul className="list-unstyled small font-monospace bg-light p-2 text-break" data-testid="call-puc-settings">
              {shown.split('\n').map((l, i) => <li key={i}>{l}</li>)}
            </ul>
          ) : (
            <p className="small">{t('puc.settingsNone')}</p>
          )}
          {canCorrect && (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => { setText(shown ?? ''); setSaved(false); setEditing(true); }}>
              {t('puc.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
