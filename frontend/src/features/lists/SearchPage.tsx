import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSearch } from './useLists';
import { SearchForm } from '../layout/SearchForm';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { nodesOf } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

type Hit = { id: string; to: string; title: string; detail?: React.ReactNode };

/** /cerca?q=…: projects (title or CUP), applications and calls (title) matching the text, as links. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  useDocumentTitle([q ? t('search.resultsFor', { q }) : undefined, t('search.title')]);
  const [{ data, error, fetching }, reexecute] = useSearch(q);

  const groups: { key: string; title: string; count: number; hits: Hit[] }[] = data
    ? [
        {
          key: 'projects',
          title: t('search.projects'),
          count: data.projects.totalCount,
          hits: nodesOf(data.projects).map((p) => ({ id: p.id, to: `/progetti/${p.id}`, title: p.title, detail: <>CUP <code>{p.cup}</code> · {p.aggregation.name}</> })),
        },
        {
          key: 'applications',
          title: t('search.applications'),
          count: data.applications.totalCount,
          hits: nodesOf(data.applications).map((a) => ({ id: a.id, to: `/domande/${a.id}`, title: a.title, detail: <>{a.aggregation.name} · {t(`status.${a.status}`)}</> })),
        },
        {
          key: 'calls',
          title: t('search.calls'),
          count: data.calls.totalCount,
          hits: nodesOf(data.calls).map((c) => ({ id: c.id, to: `/bandi/${c.id}`, title: c.title, detail: t(`calls.status.${c.status}`) })),
        },
      ]
    : [];

  return (
    <>
      <Breadcrumb current={t('search.title')} />
      <h1 className="h2">{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
      <p>{t('search.intro')}</p>
      <SearchForm key={q} id="page-search" initial={q} className="mb-4 search-page-form" name={t('shell.searchLabel')} />
      {q.length > 0 && q.length < 2 && <p role="status">{t('search.tooShort')}</p>}
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {fetching && !data && <Loading />}
      {q.length >= 2 && groups.map((g) => (
        <section key={g.key} aria-labelledby={`search-${g.key}`} className="mb-4" data-testid={`search-${g.key}`}>
          <h2 id={`search-${g.key}`} className="h4">{g.title} <span className="badge bg-secondary">{g.count}</span></h2>
          {g.hits.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <ul className="list-group">
              {g.hits.map((h) => (
                <li key={h.id} className="list-group-item">
                  <Link to={h.to} className="fw-semibold">{h.title}</Link>
                  {h.detail && <div className="small">{h.detail}</div>}
                </li>
              ))}
            </ul>
          )}
          {g.count > g.hits.length && <p className="small mt-2">{t('search.more', { shown: g.hits.length, count: g.count })}</p>}
        </section>
      ))}
    </>
  );
}
