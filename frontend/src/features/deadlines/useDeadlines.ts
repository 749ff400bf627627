import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** The fields a deadline row shows. */
export const DeadlineFields = graphql(`
  fragment DeadlineFields on Deadline {
    key
    kind
    title
    dueOn
    daysLeft
    overdue
    path
  }
`);

/** The viewer's own open deadlines (those its roles must act on), missed ones first. */
export const MyDeadlinesQuery = graphql(`
  query MyDeadlines($first: Int!) {
    deadlines(first: $first, where: { mine: true }) {
      totalCount
      edges { node { ...DeadlineFields } }
    }
  }
`);

/** A project's open deadlines the viewer reads, missed ones first. */
export const ProjectDeadlinesQuery = graphql(`
  query ProjectDeadlines($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        deadlines(first: $first) {
          totalCount
          edges { node { ...DeadlineFields } }
        }
      }
    }
  }
`);

/** Runs MyDeadlines. */
export function useMyDeadlines(first: number) {
  return useQuery({ query: MyDeadlinesQuery, variables: { first } });
}

/** Runs ProjectDeadlines. */
export function useProjectDeadlines(id: string, first: number) {
  return useQuery({ query: ProjectDeadlinesQuery, variables: { id, first } });
}
