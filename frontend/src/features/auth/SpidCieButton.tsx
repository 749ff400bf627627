import { useTranslation } from 'react-i18next';

/**
 * "Entra con SPID / CIE": one button to the server's OpenID Connect sign-in
 * (/auth/oidc/login), behind which a gateway offers both SPID and CIE.
 *
 * It follows AgID's access-button guidelines (italia/spid-sp-access-button,
 * "italia-it-button"): the blue #0066CC, white bold text "Entra con …",
 * the logo on the left in a white circle, separated by a thin rule, the
 * medium size (at least 220 × 40 px, 16 px text), darker blue on hover and
 * focus; a plain link (GET), so it works without JavaScript. The logos are
 * drawn here (no external asset): the SPID person mark and the letters CIE.
 */
export function SpidCieButton({ loginPath, next }: { loginPath: string; next?: string | null }) {
  const { t } = useTranslation();
  const ret = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <a className="italia-it-button" href={`${loginPath}?return=${encodeURIComponent(ret)}`} data-testid="oidc-sign-in">
      <span className="italia-it-button-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
          <circle cx="12" cy="12" r="12" fill="#fff" />
          <circle cx="12" cy="8.2" r="3.2" fill="#0066cc" />
          <path d="M6.6 18.6c0-3.2 2.4-5.6 5.4-5.6s5.4 2.4 5.4 5.6z" fill="#0066cc" />
        </svg>
        <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
          <circle cx="12" cy="12" r="12" fill="#fff" />
          <text x="12" y="15.6" textAnchor="middle" fontFamily="Titillium Web, Arial, sans-serif" fontWeight="700" fontSize="9.5" fill="#0066cc">CIE</text>
        </svg>
      </span>
      <span className="italia-it-button-text">{t('auth.oidc.button')}</span>
    </a>
  );
}
