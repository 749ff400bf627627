import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateLot } from './useProcurementActions';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import { formatCents, parseEuroToCents } from '../../lib/format';

const fields = ['title', 'cig', 'baseCents', 'legacyCigAcknowledged'];

/**
 * Adds a lot (one CIG) to a procedure; the server checks the CIG (unified,
 * standard or Smart, with its check characters) and that lots stay within
 * the base amount. A standard or Smart CIG (issued before 2024) on a
 * procedure started since 2024 comes back as lot.cig_legacy: the form shows
 * the server's explanation and asks the user to confirm the case (a
 * contract running on from an earlier procedure) before sending it again.
 */
export function LotForm({ procurementID, leftCents, onDone, onCancel }: { procurementID: string; leftCents: number; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { id, alertRef, errors, setErrors, refuse, fail } = useFormErrors(fields);
  const [title, setTitle] = useState('');
  const [cig, setCig] = useState('');
  const [base, setBase] = useState('');
  const [legacy, setLegacy] = useState<string | null>(null);
  const [ack, setAck] = useState(false);
  const [{ fetching }, create] = useCreateLot();
  useEffect(() => document.getElementById(`${id}-title`)?.focus(), [id]);
  // The confirmation takes the focus once it is shown.
  useEffect(() => {
    if (legacy) document.getElementById(`${id}-legacyCigAcknowledged`)?.focus();
  }, [id, legacy]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    const cents = parseEuroToCents(base);
    const code = cig.trim().toUpperCase();
    if (!title.trim()) local.push(invalidField('title', t('lotForm.errors.title')));
    if (!/^[0-9A-Z]{10}$/.test(code)) local.push(invalidField('cig', t('lotForm.errors.cig')));
    if (cents == null || cents <= 0) local.push(invalidField('baseCents', t('lotForm.errors.base')));
    if (legacy && !ack) local.push(invalidField('legacyCigAcknowledged', t('lotForm.errors.acknowledge')));
    if (refuse(local) || cents == null) return;
    const res = await create({ input: { procurementID, title: title.trim(), cig: code, baseCents: cents, legacyCigAcknowledged: legacy ? ack : null } });
    if (res.error) {
      const list = serverErrors(res.error);
      // A CIG issued before 2024 on a newer procedure: a case to confirm, not a failure.
      const w = list.find((x) => x.rule === 'lot.cig_legacy');
      if (w) {
        setLegacy(w.message);
        setAck(false);
        setErrors([]);
        return;
      }
      fail(list);
      return;
    }
    onDone();
  }

  const changeCig = (value: string) => {
    setCig(value);
    setLegacy(null);
    setAck(false);
  };

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 my-3" aria-labelledby={`${id}-h`} data-testid="lot-form">
      <h4 id={`${id}-h`} className="h6">{t('lotForm.title')}</h4>
      <p className="small">{t('lotForm.left', { amount: formatCents(leftCents) })}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <div className="row">
        <div className="col-md-6">
          <Field id={`${id}-title`} label={t('lotForm.object')} error={fieldError(errors, 'title')} required>
            {(p) => <input {...p} type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-cig`} label={t('lotForm.cig')} hint={t('lotForm.cigHint')} error={fieldError(errors, 'cig')} required>
            {(p) => <input {...p} type="text" value={cig} onChange={(e) => changeCig(e.target.value)} autoComplete="off" maxLength={10} spellCheck={false} />}
          </Field>
        </div>
        <div className="col-md-3">
          <Field id={`${id}-baseCents`} label={t('lotForm.base')} hint={t('procurementForm.euroHint')} error={fieldError(errors, 'baseCents')} required>
            {(p) => <input {...p} type="text" inputMode="decimal" value={base} onChange={(e) => setBase(e.target.value)} autoComplete="off" />}
          </Field>
        </div>
      </div>
      {legacy && (
        <div className="alert alert-warning" data-testid="cig-legacy-warning">
          <h5 className="h6">{t('lotForm.legacyTitle')}</h5>
          <p id={`${id}-legacy-text`}>{legacy}</p>
          <div className="form-check">
            <input id={`${id}-legacyCigAcknowledged`} className="form-check-input" type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)}
              aria-describedby={`${id}-legacy-text${fieldError(errors, 'legacyCigAcknowledged') ? ` ${id}-legacy-error` : ''}`}
              aria-invalid={fieldError(errors, 'legacyCigAcknowledged') ? true : undefined} />
            <label htmlFor={`${id}-legacyCigAcknowledged`} className="form-check-label">{t('lotForm.legacyConfirm')}</label>
          </div>
          {fieldError(errors, 'legacyCigAcknowledged') && (
            <div id={`${id}-legacy-error`} className="invalid-feedback d-block" data-testid="field-error">{fieldError(errors, 'legacyCigAcknowledged')}</div>
          )}
        </div>
      )}
      <FormButtons submit={t('lotForm.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
