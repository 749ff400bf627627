import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../i18n';
import { SpidCieButton } from './SpidCieButton';

describe('SpidCieButton', () => {
  it('leads to the OpenID Connect sign-in with the page to return to', () => {
    render(<SpidCieButton loginPath="/auth/oidc/login" next="/progetti/42?tab=spese" />);
    const link = screen.getByRole('link', { name: 'Entra con SPID / CIE' });
    expect(link).toHaveAttribute('href', '/auth/oidc/login?return=%2Fprogetti%2F42%3Ftab%3Dspese');
    expect(link).toHaveClass('italia-it-button');
  });

  it('never returns to another site', () => {
    render(<SpidCieButton loginPath="/auth/oidc/login" next="//evil.example" />);
    expect(screen.getByRole('link', { name: 'Entra con SPID / CIE' })).toHaveAttribute('href', '/auth/oidc/login?return=%2F');
  });
});
