import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ProjectWhereInput } from '../../gql/graphql';

/** Funded projects the viewer may read (optionally of some aggregations). */
export const ProjectsListQuery = graphql(`
  query ProjectsList($where: ProjectWhereInput) {
    projects(first: 20, where: $where, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      edges { node { id title cup status grantedCents aggregation { id name } } }
    }
  }
`);

/** Runs ProjectsList. */
export function useProjects(where: ProjectWhereInput | null) {
  return useQuery({ query: ProjectsListQuery, variables: { where } });
}
