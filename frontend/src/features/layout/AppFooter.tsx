import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BrandMark } from './BrandMark';

/** Bootstrap Italia's footer: Capofila's name and purpose, then the links to the accessibility statement, privacy notice and legal notes. */
export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-7">
              <div className="it-brand-wrapper">
                <Link to="/" className="d-flex align-items-center">
                  <BrandMark size={40} />
                  <div className="it-brand-text">
                    <p className="it-brand-title h4 mb-0">{t('app.name')}</p>
                  </div>
                </Link>
              </div>
              <p className="mt-2 mb-0">{t('shell.footer.about')}</p>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <nav aria-label={t('shell.footer.links')}>
            <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
              <li className="list-inline-item"><Link to="/accessibilita">{t('shell.footer.accessibility')}</Link></li>
              <li className="list-inline-item"><Link to="/privacy">{t('shell.footer.privacy')}</Link></li>
              <li className="list-inline-item"><Link to="/note-legali">{t('shell.footer.legal')}</Link></li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
