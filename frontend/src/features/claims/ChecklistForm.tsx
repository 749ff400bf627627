import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetReviewChecklist } from './useClaim';
import { FormErrors } from '../../components/FormErrors';
import { serverErrors, type ServerError } from '../../lib/errors';

type Entry = { key: string; label: string; result: string; note: string };
const results = ['OK', 'KO', 'NA'] as const;

/**
 * The checks of a review: for each an outcome (OK, KO, not applicable)
 * and a note, required for a KO. Saved all together.
 */
export function ChecklistForm({ reviewID, checklist, readOnly }: { reviewID: string; checklist: Entry[]; readOnly?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const errorsRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<string, { result: string; note: string }>>(() =>
    Object.fromEntries(checklist.map((e) => [e.key, { result: e.result, note: e.note }])),
  );
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [missingNotes, setMissingNotes] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const [{ fetching }, save] = useSetReviewChecklist();

  function set(key: string, patch: Partial<{ result: string; note: string }>) {
    setValues((v) => ({ ...v, [key]: { ...v[key], ...patch } }));
    setSaved('');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = checklist.filter((c) => values[c.key]?.result === 'KO' && !values[c.key].note.trim()).map((c) => c.key);
    setMissingNotes(missing);
    if (missing.length) {
      document.getElementById(`${id}-${missing[0]}-note`)?.focus();
      return;
    }
    const res = await save({
      reviewID,
      results: checklist.filter((c) => values[c.key]?.result).map((c) => ({ key: c.key, result: values[c.key].result, note: values[c.key].note.trim() || null })),
    });
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => errorsRef.current?.focus(), 0);
      return;
    }
    setErrors([]);
    const answered = checklist.filter((c) => values[c.key]?.result).length;
    setSaved(t('review.checklist.saved', { answered, count: checklist.length }));
  }

  return (
    <form onSubmit={submit} noValidate data-testid="checklist">
      <FormErrors ref={errorsRef} errors={errors} />
      {checklist.map((c, i) => {
        const v = values[c.key] ?? { result: '', note: '' };
        const noteMissing = missingNotes.includes(c.key);
        return (
          <fieldset key={c.key} className="border-bottom pb-3 mb-3" data-check={c.key} disabled={readOnly}>
            <legend className="h6 fs-6 fw-semibold mb-2">
              {i + 1}. {c.label}
            </legend>
            <div className="row g-2 align-items-end">
              <div className="col-lg-6">
                <div className="d-flex flex-wrap gap-3">
                  {results.map((r) => (
                    <div key={r} className="form-check form-check-inline mb-0">
                      <input
                        className="form-check-input"
                        type="radio"
                        name={`${id}-${c.key}`}
                        id={`${id}-${c.key}-${r}`}
                        value={r}
                        checked={v.result === r}
                        onChange={() => set(c.key, { result: r })}
                      />
                      <label className="form-check-label" htmlFor={`${id}-${c.key}-${r}`}>
                        {t(`review.checklist.${r}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </div>
              <div className="col-lg-6">
                <div className="form-group mt-4 mb-0">
                  <label htmlFor={`${id}-${c.key}-note`} className="active">
                    {v.result === 'KO' ? t('review.checklist.noteRequired') : t('review.checklist.note')}
                  </label>
                  <input
                    id={`${id}-${c.key}-note`}
                    type="text"
                    className={`form-control${noteMissing ? ' is-invalid' : ''}`}
                    value={v.note}
                    onChange={(e) => set(c.key, { note: e.target.value })}
                    aria-invalid={noteMissing || undefined}
                    aria-describedby={noteMissing ? `${id}-${c.key}-error` : undefined}
                  />
                  {noteMissing && (
                    <div id={`${id}-${c.key}-error`} className="invalid-feedback d-block">
                      {t('review.checklist.koNote')}
                    </div>
                  )}
                </div>
              </div>
            </div>
          </fieldset>
        );
      })}
      {!readOnly && (
        <button type="submit" className="btn btn-primary" disabled={fetching} aria-busy={fetching}>
          {t('review.checklist.save')}
        </button>
      )}
      <p role="status" className="text-success mt-2 mb-0" data-testid="checklist-saved">{saved}</p>
    </form>
  );
}
