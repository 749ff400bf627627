import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ProjectPageQuery as Result } from '../../gql/graphql';

/** The money of an allocation (project, member or category). */
export const AllocationFiguresFragment = graphql(`
  fragment AllocationFiguresFields on AllocationFigures {
    allocatedCents
    committedCents
    invoicedCents
    paidCents
    claimedCents
    admittedCents
    remainingCents
    spentBp
    population
  }
`);

/** A funded project: header, allocation summary per member and category, what is late, the schedule. */
export const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        title
        cup
        decreeNumber
        decreeDate
        grantedCents
        euCents
        stateCents
        regionCents
        ownCents
        status
        startsOn
        endsOn
        aggregation { id name }
        call { id title }
        allocationSummary {
          populationYear
          totals { ...AllocationFiguresFields }
          categories {
            expenseCategory { id code name }
            figures { ...AllocationFiguresFields }
          }
          lines {
            interventionLine { id code name }
            figures { ...AllocationFiguresFields }
          }
          members {
            body { id name }
            figures { ...AllocationFiguresFields }
          }
        }
        milestones(first: 100, orderBy: { field: DUE_ON, direction: ASC }) {
          totalCount
          edges { node { id version title kind dueOn doneOn location } }
        }
      }
    }
  }
`);

export type Project = Extract<NonNullable<Result['node']>, { __typename: 'Project' }>;
export type Figures = Project['allocationSummary']['totals'];
export type MemberFigures = Project['allocationSummary']['members'][number];

/** Runs ProjectPage. */
export function useProject(id: string) {
  return useQuery({ query: ProjectPageQuery, variables: { id } });
}
