import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** The signed-in user with the names of the scopes of its roles. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      version
      jobTitle
      email
      roleAssignments(first: 50) {
        edges {
          node {
            id
            role
            regionBody { id name }
            aggregation { id name }
            body { id name }
          }
        }
      }
    }
  }
`);

/** Runs the Me query (always asking the server, so a sign-out is noticed). */
export function useMe() {
  return useQuery({ query: MeQuery, requestPolicy: 'network-only' });
}
