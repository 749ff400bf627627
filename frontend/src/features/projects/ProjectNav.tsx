import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/** The screens of a project after its overview, in the order of its sub-navigation; each is a route /progetti/:id/<key>. */
export const sectionKeys = ['procedure', 'fatture', 'prodotti', 'rendiconti', 'erogazioni', 'cronoprogramma', 'riparto', 'variazioni', 'documenti'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/**
 * The project's own navigation: Bootstrap Italia tabs of links (the current
 * one has aria-current="page"); on a phone the row scrolls sideways inside
 * itself, never the page.
 */
export function ProjectNav({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const base = `/progetti/${projectID}`;
  const items = [{ to: base, key: 'panoramica', end: true }, ...sectionKeys.map((k) => ({ to: `${base}/${k}`, key: k, end: false }))];
  return (
    <nav aria-label={t('project.nav.label')} className="project-nav" data-testid="project-nav">
      <ul className="nav nav-tabs flex-nowrap">
        {items.map((i) => (
          <li key={i.key} className="nav-item">
            <NavLink to={i.to} end={i.end} className={({ isActive }) => `nav-link text-nowrap${isActive ? ' active' : ''}`} data-section={i.key}>
              {t(`project.nav.${i.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
