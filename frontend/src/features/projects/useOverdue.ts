import { useQuery } from 'urql';
import { graphql } from '../../gql';

/**
 * A page of what is late in a project on a day: deliverables past their due
 * date and not delivered (PLANNED, IN_PROGRESS, REJECTED), milestones past
 * their date and not met, oldest first. The same rule as the server's
 * Project.overdue, as connections so every item can be paged through.
 */
export const ProjectOverdueQuery = graphql(`
  query ProjectOverdue($id: ID!, $today: Date!, $first: Int!, $after: Cursor, $milestonesAfter: Cursor) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        lateDeliverables: deliverables(
          first: $first
          after: $after
          where: { dueOnLT: $today, statusIn: [PLANNED, IN_PROGRESS, REJECTED] }
          orderBy: { field: DUE_ON, direction: ASC }
        ) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id title dueOn status body { id name } } }
        }
        lateMilestones: milestones(
          first: $first
          after: $milestonesAfter
          where: { dueOnLT: $today, doneOnIsNil: true }
          orderBy: { field: DUE_ON, direction: ASC }
        ) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id title kind dueOn } }
        }
      }
    }
  }
`);

/** Runs ProjectOverdue. */
export function useProjectOverdue(id: string, today: string, first: number, after: string | null, milestonesAfter: string | null) {
  return useQuery({ query: ProjectOverdueQuery, variables: { id, today, first, after, milestonesAfter } });
}
