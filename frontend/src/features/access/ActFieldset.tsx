import { useState, type Dispatch, type ReactNode, type Ref, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Field } from '../../components/Field';
import { FileField } from '../../components/FileField';
import { fieldError, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';
import type { AccessRequestActKind } from '../../gql/graphql';

export const actKinds: AccessRequestActKind[] = ['DECRETO_NOMINA', 'DELIBERA', 'DETERMINA', 'ALTRO'];
/** The fields of the act that the server names in its refusals (shown next to their inputs). */
export const actFields = ['actNumber', 'actDate', 'actIssuer', 'act'];
/** Largest act accepted (the server's limit, access.MaxActSize). */
export const maxActBytes = 10 << 20;

/** The act appointing the requester, as the form keeps it until it is sent. */
export type ActValue = { kind: AccessRequestActKind; number: string; date: string; issuer: string };

export const emptyAct: ActValue = { kind: 'DECRETO_NOMINA', number: '', date: '', issuer: '' };

/** The act and its PDF, as a request form keeps them. */
export function useActState() {
  const [act, setAct] = useState<ActValue>(emptyAct);
  const [file, setFile] = useState<File | null>(null);
  return { act, setAct, file, setFile };
}

/** What is missing or wrong in the act before it is sent, by field (actNumber, actDate, actIssuer, act). */
export function actProblems(t: TFunction, act: ActValue, file: File | null): ServerError[] {
  const problems: ServerError[] = [];
  if (!act.number.trim()) problems.push(invalidField('actNumber', t('access.form.errors.actNumber')));
  if (!act.date) problems.push(invalidField('actDate', t('access.form.errors.actDate')));
  if (!act.issuer.trim()) problems.push(invalidField('actIssuer', t('access.form.errors.actIssuer')));
  if (!file) problems.push(invalidField('act', t('access.form.errors.act')));
  else if (file.size > maxActBytes) problems.push(invalidField('act', t('access.form.errors.actSize')));
  return problems;
}

/** The act's fields of the API's request inputs (the PDF is sent apart, as `act`). */
export function actInput(act: ActValue) {
  return { actKind: act.kind, actNumber: act.number.trim(), actDate: act.date, actIssuer: act.issuer.trim() };
}

type Props = {
  /** Prefix of the inputs' ids (the form's id). */
  idPrefix: string;
  /**
   * How the inputs are named after the prefix: 'short' (-kind, -number,
   * -date, -issuer, -file) or 'fields', after the fields the server names
   * (-kind, -actNumber, -actDate, -actIssuer, -act), as focusFirstError
   * expects.
   */
  ids?: 'short' | 'fields';
  act: ActValue;
  setAct: Dispatch<SetStateAction<ActValue>>;
  file: File | null;
  setFile: (file: File | null) => void;
  errors: ServerError[];
  /** The file input, for a form that clears it after sending. */
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the legend, before the fields. */
  children?: ReactNode;
};

/**
 * The act appointing the requester: its kind, number, date, issuer and PDF,
 * with the errors of those fields next to them.
 */
export function ActFieldset({ idPrefix, ids = 'short', act, setAct, file, setFile, errors, inputRef, children }: Props) {
  const { t } = useTranslation();
  const name = ids === 'fields'
    ? { number: 'actNumber', date: 'actDate', issuer: 'actIssuer', file: 'act' }
    : { number: 'number', date: 'date', issuer: 'issuer', file: 'file' };
  return (
    <fieldset className="mt-4">
      <legend className="h5">{t('access.form.act')}</legend>
      {children}
      <Field id={`${idPrefix}-kind`} label={t('access.form.actKind')} control="form-select" required>
        {(p) => (
          <select {...p} value={act.kind} onChange={(e) => { const kind = e.target.value as AccessRequestActKind; setAct((a) => ({ ...a, kind })); }}>
            {actKinds.map((k) => <option key={k} value={k}>{t(`access.actKinds.${k}`)}</option>)}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-${name.number}`} label={t('access.form.actNumber')} error={fieldError(errors, 'actNumber')} required>
        {(p) => <input {...p} value={act.number} onChange={(e) => { const number = e.target.value; setAct((a) => ({ ...a, number })); }} />}
      </Field>
      <Field id={`${idPrefix}-${name.date}`} label={t('access.form.actDate')} error={fieldError(errors, 'actDate')} required>
        {(p) => <input {...p} type="date" value={act.date} onChange={(e) => { const date = e.target.value; setAct((a) => ({ ...a, date })); }} />}
      </Field>
      <Field id={`${idPrefix}-${name.issuer}`} label={t('access.form.actIssuer')} hint={t('access.form.actIssuerHint')} error={fieldError(errors, 'actIssuer')} required>
        {(p) => <input {...p} value={act.issuer} onChange={(e) => { const issuer = e.target.value; setAct((a) => ({ ...a, issuer })); }} />}
      </Field>
      <FileField id={`${idPrefix}-${name.file}`} label={t('access.form.file')} hint={t('access.form.fileHint')} accept="application/pdf,.pdf"
        file={file} inputRef={inputRef} error={fieldError(errors, 'act')} onChange={setFile} />
    </fieldset>
  );
}
