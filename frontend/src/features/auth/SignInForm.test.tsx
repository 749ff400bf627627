import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { SignInForm } from './SignInForm';
import type { SignIn } from './authApi';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText('E-mail'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('SignInForm', () => {
  it("shows the server's refusal of wrong credentials in Italian", async () => {
    const signIn: SignIn = vi.fn(async () => ({ ok: false as const, code: 'UNAUTHENTICATED' as const }));
    const onSignedIn = vi.fn();
    render(<SignInForm signIn={signIn} onSignedIn={onSignedIn} />);
    await fillAndSubmit('capofila@sanbenedetto.test', 'sbagliata');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('E-mail o password non corretti.');
    expect(alert).toHaveFocus();
    expect(signIn).toHaveBeenCalledWith('capofila@sanbenedetto.test', 'sbagliata');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('explains too many attempts', async () => {
    const signIn: SignIn = vi.fn(async () => ({ ok: false as const, code: 'RATE_LIMITED' as const }));
    render(<SignInForm signIn={signIn} onSignedIn={() => {}} />);
    await fillAndSubmit('a@b.it', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('Troppi tentativi di accesso');
  });

  it('asks for missing fields without calling the server', async () => {
    const signIn: SignIn = vi.fn();
    render(<SignInForm signIn={signIn} onSignedIn={() => {}} />);
    await fillAndSubmit('', '');
    expect(signIn).not.toHaveBeenCalled();
    expect(screen.getAllByText('Campo obbligatorio')).toHaveLength(2);
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes on after a successful sign-in', async () => {
    const signIn: SignIn = vi.fn(async () => ({ ok: true as const, displayName: 'Laura' }));
    const onSignedIn = vi.fn();
    render(<SignInForm signIn={signIn} onSignedIn={onSignedIn} />);
    await fillAndSubmit('a@b.it', 'capofila-demo');
    expect(onSignedIn).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
