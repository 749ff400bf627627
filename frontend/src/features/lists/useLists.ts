import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ApplicationWhereInput, ExpenseClaimStatus, ExpenseClaimWhereInput, ProjectWhereInput } from '../../gql/graphql';

/** Rows per page of the list pages. */
export const LIST_PAGE = 20;

/** One page of the applications the viewer reaches, most recently changed first. */
export const ApplicationsPageQuery = graphql(`
  query ApplicationsPage($first: Int!, $after: Cursor, $where: ApplicationWhereInput) {
    applications(first: $first, after: $after, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          title
          status
          submittedAt
          aggregation { id name }
          call { id title }
          totals { totalCents }
          problems { rule }
        }
      }
    }
  }
`);

/** Runs ApplicationsPage. */
export function useApplicationsPage(after: string | null, where: ApplicationWhereInput | undefined) {
  return useQuery({ query: ApplicationsPageQuery, variables: { first: LIST_PAGE, after, where } });
}

/** One page of the funded projects the viewer reaches, by title. */
export const ProjectsPageQuery = graphql(`
  query ProjectsPage($first: Int!, $after: Cursor, $where: ProjectWhereInput) {
    projects(first: $first, after: $after, where: $where, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title cup status grantedCents aggregation { id name } } }
    }
  }
`);

/** Runs ProjectsPage. */
export function useProjectsPage(after: string | null, where: ProjectWhereInput | undefined) {
  return useQuery({ query: ProjectsPageQuery, variables: { first: LIST_PAGE, after, where } });
}

/**
 * The expense claims of the projects the viewer reaches (the API lists
 * claims per project): up to 100 projects, up to 100 claims each.
 */
export const ClaimsOverviewQuery = graphql(`
  query ClaimsOverview($claimWhere: ExpenseClaimWhereInput) {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          title
          cup
          expenseClaims(first: 100, where: $claimWhere, orderBy: { field: CREATED_AT, direction: DESC }) {
            totalCount
            edges { node { id number status periodStart periodEnd submittedAt createdAt } }
          }
        }
      }
    }
  }
`);

/**
 * Runs ClaimsOverview: the projects' claims (in the status, if given). The
 * API allows no filter on edges (hasExpenseClaims), so every project comes
 * and those without claims are simply empty.
 */
export function useClaimsOverview(status: ExpenseClaimStatus | null) {
  const claimWhere: ExpenseClaimWhereInput | null = status ? { status } : null;
  return useQuery({ query: ClaimsOverviewQuery, variables: { claimWhere } });
}

/** Projects (title or CUP), applications and calls (title) matching a text, at most 10 of each. */
export const SearchQuery = graphql(`
  query Search($q: String!) {
    projects(first: 10, where: { or: [{ titleContainsFold: $q }, { cupContainsFold: $q }] }, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      edges { node { id title cup aggregation { id name } } }
    }
    applications(first: 10, where: { titleContainsFold: $q }, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      edges { node { id title status aggregation { id name } } }
    }
    calls(first: 10, where: { titleContainsFold: $q }, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      edges { node { id title status } }
    }
  }
`);

/** Runs Search (paused for texts shorter than 2 characters). */
export function useSearch(q: string) {
  return useQuery({ query: SearchQuery, variables: { q }, pause: q.length < 2 });
}
