import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignIn, SignInErrorCode } from './authApi';

type Props = {
  signIn: SignIn;
  onSignedIn: () => void;
};

/** E-mail and password form; the server's refusal is shown above the fields and announced. */
export function SignInForm({ signIn, onSignedIn }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SignInErrorCode | null>(null);
  const [touched, setTouched] = useState(false);
  // Each failed attempt moves focus to the message, so it is read out even
  // when the same error repeats.
  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!email.trim() || !password) {
      setError('INVALID');
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setError(null);
    const res = await signIn(email.trim(), password);
    setBusy(false);
    if (res.ok) {
      onSignedIn();
      return;
    }
    setError(res.code);
    setAttempt((n) => n + 1);
  }

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error, attempt]);

  const emailMissing = touched && !email.trim();
  const passwordMissing = touched && !password;

  return (
    <form className="mt-5" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
      <div aria-live="assertive">
        {error && (
          <div ref={alertRef} id={errorId} className="alert alert-danger mb-5" role="alert" tabIndex={-1}>
            <strong>{t('auth.errorTitle')}: </strong>
            {t(`auth.errors.${error}`)}
          </div>
        )}
      </div>
      <div className="form-group mb-4">
        <label htmlFor={`${id}-email`} className="active">
          {t('auth.email')}
        </label>
        <input
          id={`${id}-email`}
          type="email"
          name="email"
          autoComplete="username"
          className={`form-control${emailMissing ? ' is-invalid' : ''}`}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          aria-required="true"
          aria-invalid={emailMissing || undefined}
          aria-describedby={emailMissing ? `${id}-email-msg` : undefined}
          autoFocus
        />
        {emailMissing && (
          <div id={`${id}-email-msg`} className="invalid-feedback d-block">
            {t('auth.required')}
          </div>
        )}
      </div>
      <div className="form-group mt-5 mb-4">
        <label htmlFor={`${id}-password`} className="active">
          {t('auth.password')}
        </label>
        <input
          id={`${id}-password`}
          type="password"
          name="password"
          autoComplete="current-password"
          className={`form-control${passwordMissing ? ' is-invalid' : ''}`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          aria-required="true"
          aria-invalid={passwordMissing || undefined}
          aria-describedby={passwordMissing ? `${id}-password-msg` : undefined}
        />
        {passwordMissing && (
          <div id={`${id}-password-msg`} className="invalid-feedback d-block">
            {t('auth.required')}
          </div>
        )}
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
        {busy ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
