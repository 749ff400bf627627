import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Collapse, Header, HeaderContent, HeaderRightZone, HeaderToggler, Headers, Icon, Nav, NavItem, NavLink } from 'design-react-kit';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchForm } from './SearchForm';
import { UserMenu } from './UserMenu';
import { NotificationBell } from '../inbox/NotificationBell';
import { currentSection, type NavSection } from './navigation';

type Props = {
  /** The signed-in user; null without a session (public pages) or when it could not be read. */
  user: { name: string; body: string | null } | null;
  /** The main navigation's sections for the viewer (none without a session). */
  sections: NavSection[];
  onSignOut?: () => void;
};

/**
 * Bootstrap Italia's header as in the Designers Italia kit: the slim header
 * with the body the user works for and the user menu, the centre header with
 * Capofila's name and the search, and the navbar of the viewer's sections
 * (behind the hamburger on phones).
 */
export function AppHeader({ user, sections, onSignOut }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const current = currentSection(sections, pathname);

  // A followed link closes the phone menu.
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <header>
      <Headers>
        <Header type="slim">
          <HeaderContent>
            <span className="navbar-brand text-white text-truncate slim-body" data-testid="working-body">
              {user?.body ? (
                <>
                  <span className="visually-hidden">{t('shell.worksFor')}: </span>
                  {user.body}
                </>
              ) : (
                t('app.tagline')
              )}
            </span>
            <HeaderRightZone>
              {user ? (
                <div className="d-flex align-items-center gap-2">
                  <NotificationBell />
                  <UserMenu name={user.name} body={user.body} onSignOut={() => onSignOut?.()} />
                </div>
              ) : (
                <div className="d-flex align-items-center gap-2">
                  <LanguageSwitch />
                  {!pathname.startsWith('/accedi') && (
                    <Link className="btn btn-sm btn-outline-light" to={`/accedi?next=${encodeURIComponent(pathname)}`}>
                      {t('auth.submit')}
                    </Link>
                  )}
                </div>
              )}
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center" small>
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link to="/" className="d-flex align-items-center">
                  <BrandMark />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                  </div>
                </Link>
              </div>
              {user && (
                <HeaderRightZone>
                  <SearchForm id="header-search" className="d-none d-md-flex" dark />
                  <Link to="/cerca" className="btn btn-sm btn-outline-light d-md-none">{t('shell.search')}</Link>
                </HeaderRightZone>
              )}
            </HeaderContent>
          </Header>
          {sections.length > 0 && (
            <Header type="navbar" theme="">
              <HeaderContent expand="lg" aria-label={t('shell.mainNav')}>
                <HeaderToggler
                  aria-controls="main-nav"
                  aria-label={t('shell.openMenu')}
                  isOpen={menuOpen}
                  onClick={() => setMenuOpen((o) => !o)}
                >
                  <Icon icon="it-burger" />
                </HeaderToggler>
                <Collapse
                  id="main-nav"
                  navbar
                  header
                  isOpen={menuOpen}
                  onOverlayClick={() => setMenuOpen(false)}
                  closeSrText={t('shell.closeMenu')}
                >
                  <div className="menu-wrapper">
                    <Nav navbar>
                      {sections.map((s) => (
                        <NavItem key={s.key} active={current === s.key}>
                          <NavLink
                            tag={Link}
                            to={s.to}
                            active={current === s.key}
                            aria-current={current === s.key ? 'page' : undefined}
                            data-nav={s.key}
                          >
                            <span>{t(`shell.nav.${s.key}`)}</span>
                          </NavLink>
                        </NavItem>
                      ))}
                    </Nav>
                  </div>
                </Collapse>
              </HeaderContent>
            </Header>
          )}
        </div>
      </Headers>
    </header>
  );
}
