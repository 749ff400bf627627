import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { deliverablesMatrix, matrixStatuses } from './matrix';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { nodesOf } from '../../lib/paging';
import { todayISO } from '../../lib/format';

const PAGE = 100;

const DeliverablesMatrixQuery = graphql(`
  query DeliverablesMatrix($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        deliverables(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id status dueOn body { id name } interventionLine { id code name } } }
        }
      }
    }
  }
`);

/**
 * The deliverables of a project, the first two pages (200): enough for the
 * matrix of a large aggregation. Paged by creation, not by due date: a
 * cursor on a date field (DUE_ON) fails on the server from the second page.
 */
function useMatrixDeliverables(projectID: string) {
  const [first] = useQuery({ query: DeliverablesMatrixQuery, variables: { id: projectID, first: PAGE, after: null } });
  const p1 = first.data?.node?.__typename === 'Project' ? first.data.node.deliverables : null;
  const [second] = useQuery({
    query: DeliverablesMatrixQuery,
    variables: { id: projectID, first: PAGE, after: p1?.pageInfo.endCursor ?? null },
    pause: !p1?.pageInfo.hasNextPage,
  });
  const p2 = p1?.pageInfo.hasNextPage && second.data?.node?.__typename === 'Project' ? second.data.node.deliverables : null;
  return {
    list: [...nodesOf(p1), ...nodesOf(p2)],
    totalCount: p1?.totalCount ?? 0,
    fetching: first.fetching || second.fetching,
    error: first.error ?? second.error,
    ready: !!p1 && (!p1.pageInfo.hasNextPage || !!p2),
  };
}

/**
 * For the lead: the status of every member's deliverables at a glance, a
 * compact table (members × intervention lines) whose cells give the count
 * per status in words and colour, late ones outlined.
 */
export function DeliverablesMatrix({ projectID }: { projectID: string }) {
  const { t } = useTranslation();
  const { list, totalCount, error, ready } = useMatrixDeliverables(projectID);
  if (error) return <QueryError error={error} />;
  if (!ready) return <Loading />;
  if (list.length === 0) return null;
  const m = deliverablesMatrix(list, todayISO());
  return (
    <section aria-labelledby="matrix-title" className="mb-5" data-testid="deliverables-matrix">
      <h3 id="matrix-title" className="h5">{t('project.matrix.title')}</h3>
      {list.length < totalCount && <p className="small">{t('project.matrix.truncated', { shown: list.length, count: totalCount })}</p>}
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('project.matrix.caption')} style={{ maxHeight: '26rem' }}>
        <table className="table table-sm small align-middle deliverables-matrix mb-0">
          <caption className="visually-hidden">{t('project.matrix.caption')}</caption>
          <thead className="sticky-top bg-white">
            <tr>
              <th scope="col">{t('project.matrix.body')}</th>
              {m.lines.map((l) => (
                <th key={l.id} scope="col" title={l.name}>{l.code} {l.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.bodies.map((b) => (
              <tr key={b.id} data-testid="matrix-row">
                <th scope="row" className="fw-normal">{b.name}</th>
                {m.lines.map((l) => {
                  const c = m.cell(b.id, l.id);
                  return (
                    <td key={l.id}>
                      {c ? matrixStatuses.filter((s) => c.counts[s]).map((s) => (
                        <span key={s} className={`cell-status st-${s}`}>{t('project.matrix.cell', { count: c.counts[s], status: t(`deliverableStatus.${s}`) })}</span>
                      )) : '—'}
                      {c && c.late > 0 && <span className="cell-status st-LATE st-REJECTED">{t('project.overdue.deliverables', { count: c.late })}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
