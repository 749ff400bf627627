import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** A public information page: breadcrumb, title, the deployer's note, then its sections. */
function LegalPage({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle([title]);
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <Breadcrumb current={title} />
        <h1 className="h2">{title}</h1>
        <p className="lead">{intro}</p>
        <div className="callout note my-4">
          <p className="mb-0">{t('legal.deployerNote')}</p>
        </div>
        {children}
      </div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mb-4">
      <h2 className="h4">{title}</h2>
      {children}
    </section>
  );
}

/** /accessibilita: the accessibility statement, with the headings of AgID's model. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const k = (s: string) => t(`legal.accessibility.${s}`);
  return (
    <LegalPage title={k('title')} intro={k('intro')}>
      <Section title={k('statusTitle')}><p>{k('status')}</p></Section>
      <Section title={k('nonAccessibleTitle')}>
        <ul>
          <li>{k('nonAccessible1')}</li>
          <li>{k('nonAccessible2')}</li>
          <li>{k('nonAccessible3')}</li>
        </ul>
      </Section>
      <Section title={k('preparationTitle')}><p>{k('preparation')}</p></Section>
      <Section title={k('feedbackTitle')}>
        <p>{k('feedback')}</p>
        <p data-testid="accessibility-contact">{k('contact')}</p>
      </Section>
      <Section title={k('enforcementTitle')}>
        <p>
          {k('enforcement')} <a href="https://form.agid.gov.it" rel="noopener noreferrer">{k('agidLink')}</a>.
        </p>
      </Section>
    </LegalPage>
  );
}

/** /privacy: the privacy notice under GDPR art. 13. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const k = (s: string) => t(`legal.privacy.${s}`);
  return (
    <LegalPage title={k('title')} intro={k('intro')}>
      <Section title={k('controllerTitle')}><p>{k('controller')}</p></Section>
      <Section title={k('dpoTitle')}><p>{k('dpo')}</p></Section>
      <Section title={k('dataTitle')}>
        <ul>
          <li>{k('data1')}</li>
          <li>{k('data2')}</li>
          <li>{k('data3')}</li>
        </ul>
      </Section>
      <Section title={k('purposesTitle')}><p>{k('purposes')}</p></Section>
      <Section title={k('legalBasisTitle')}><p>{k('legalBasis')}</p></Section>
      <Section title={k('recipientsTitle')}><p>{k('recipients')}</p></Section>
      <Section title={k('retentionTitle')}><p>{k('retention')}</p><p>{k('cookies')}</p></Section>
      <Section title={k('rightsTitle')}>
        <p>{k('rights')}</p>
        <p><a href="https://www.garanteprivacy.it" rel="noopener noreferrer">{k('garante')}</a></p>
      </Section>
    </LegalPage>
  );
}

/** /note-legali: the software's licence, the contents' copyright, third-party data and links. */
export function LegalNotesPage() {
  const { t } = useTranslation();
  const k = (s: string) => t(`legal.notes.${s}`);
  return (
    <LegalPage title={k('title')} intro={k('software')}>
      <Section title={k('contentsTitle')}><p>{k('contents')}</p></Section>
      <Section title={k('dataTitle')}>
        <p>{k('data')}</p>
        <p><a href="https://creativecommons.org/licenses/by/3.0/it/" rel="noopener noreferrer">{k('ccLink')}</a></p>
      </Section>
      <Section title={k('linksTitle')}><p>{k('links')}</p></Section>
      <Section title={k('designTitle')}><p>{k('design')}</p></Section>
    </LegalPage>
  );
}
