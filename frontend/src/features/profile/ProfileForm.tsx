import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateProfile } from './useProfile';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';
import { FormErrors } from '../../components/FormErrors';
import { useFormErrors } from '../../lib/useFormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import { invalidField } from '../../lib/forms';

const fields = ['displayName', 'jobTitle'];

type Props = {
  userID: string;
  displayName: string;
  jobTitle?: string | null;
  /** The account's version as read: a change made meanwhile is a CONFLICT. */
  version?: number;
  /** True when the user edits its own profile (the texts speak to it). */
  own?: boolean;
  onDone: () => void;
  onCancel: () => void;
};

/**
 * A user's name and job title: both are printed in the declarations the
 * user signs (a claim's report names its declarant and role, D.P.R.
 * 445/2000 art. 47). Admins edit anyone's, users their own.
 */
export function ProfileForm({ userID, displayName, jobTitle, version, own = false, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { id, alertRef, errors, refuse, fail } = useFormErrors(fields);
  const [name, setName] = useState(displayName);
  const [title, setTitle] = useState(jobTitle ?? '');
  const [{ fetching }, update] = useUpdateProfile();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: ServerError[] = [];
    if (!name.trim()) local.push(invalidField('displayName', t('profile.errors.name')));
    if (refuse(local)) return;
    const res = await update({ userID, input: { displayName: name.trim(), jobTitle: title.trim(), version } });
    if (res.error) return fail(serverErrors(res.error));
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 my-3" aria-labelledby={`${id}-h`} data-testid="profile-form">
      <h3 id={`${id}-h`} className="h6">{t(own ? 'profile.ownTitle' : 'profile.title')}</h3>
      <p className="small">{t('profile.intro')}</p>
      <FormErrors ref={alertRef} errors={errors} shownFields={fields} />
      <Field id={`${id}-displayName`} label={t('profile.displayName')} error={fieldError(errors, 'displayName')} required>
        {(p) => <input {...p} type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete={own ? 'name' : 'off'} maxLength={200} />}
      </Field>
      <Field id={`${id}-jobTitle`} label={t('profile.jobTitle')} hint={t('profile.jobTitleHint')} error={fieldError(errors, 'jobTitle')}>
        {(p) => <input {...p} type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete={own ? 'organization-title' : 'off'} maxLength={200} />}
      </Field>
      <FormButtons submit={t('profile.submit')} busy={fetching} onCancel={onCancel} />
    </form>
  );
}
