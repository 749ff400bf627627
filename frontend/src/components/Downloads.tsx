import { useTranslation } from 'react-i18next';

export type Download = { href: string; label: string; format: string };

/** A list of files the server renders on request (reports, exports), with
 * their format; the browser downloads them with the session cookie. */
export function Downloads({ title, items, testid }: { title: string; items: Download[]; testid?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section aria-label={title} className="mb-4" data-testid={testid}>
      <h2 className="h5">{title}</h2>
      <ul className="list-unstyled d-flex flex-wrap gap-3 mb-0">
        {items.map((d) => (
          <li key={d.href}>
            <a className="btn btn-outline-primary btn-sm" href={d.href} download>
              {d.label} <span className="visually-hidden">({t('downloads.format', { format: d.format })})</span>
              <span aria-hidden="true"> · {d.format}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
