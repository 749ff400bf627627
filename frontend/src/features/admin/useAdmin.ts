import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** Page size of the users list. */
export const USERS_PAGE = 20;

/** One page of the users, by e-mail, optionally filtered by e-mail or name. */
export const UsersListQuery = graphql(`
  query UsersList($first: Int!, $after: Cursor, $where: UserWhereInput) {
    users(first: $first, after: $after, where: $where, orderBy: { field: EMAIL, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          email
          displayName
          active
          lastSignInAt
          roleAssignments(first: 20) { totalCount edges { node { id role } } }
        }
      }
    }
  }
`);

/** A user with its role assignments and their scopes. */
export const UserDetailQuery = graphql(`
  query UserDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on User {
        id
        version
        email
        displayName
        jobTitle
        active
        lastSignInAt
        roleAssignments(first: 50) {
          edges {
            node {
              id
              role
              createdAt
              regionBody { id name }
              aggregation { id name }
              body { id name }
              grantedBy { id displayName }
            }
          }
        }
      }
    }
  }
`);

/** What a role's scope may be: the Regions and the aggregations. */
export const RoleScopesQuery = graphql(`
  query RoleScopes {
    publicBodies(first: 30, where: { kind: REGIONE }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name } }
    }
    aggregations(first: 100) { edges { node { id name } } }
  }
`);

/** The member bodies of an aggregation (for a member referent's scope). */
export const AggregationBodiesQuery = graphql(`
  query AggregationBodies($id: ID!) {
    node(id: $id) {
      __typename
      ... on Aggregation { memberships(first: 100) { edges { node { id body { id name } } } } }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email displayName } }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) { grantRole(input: $input) { id role } }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($id: ID!) { revokeRole(id: $id) }
`);

/** Runs UsersList. */
export function useUsersList(after: string | null, search: string) {
  const where = search ? { or: [{ emailContainsFold: search }, { displayNameContainsFold: search }] } : undefined;
  return useQuery({ query: UsersListQuery, variables: { first: USERS_PAGE, after, where }, requestPolicy: 'cache-and-network' });
}
/** Runs UserDetail. */
export const useUserDetail = (id: string) => useQuery({ query: UserDetailQuery, variables: { id }, requestPolicy: 'cache-and-network' });
/** Runs RoleScopes. */
export const useRoleScopes = () => useQuery({ query: RoleScopesQuery });
/** Runs AggregationBodies (paused without an aggregation). */
export const useAggregationBodies = (id: string) => useQuery({ query: AggregationBodiesQuery, variables: { id }, pause: !id });
export const useCreateUser = () => useMutation(CreateUserMutation);
export const useGrantRole = () => useMutation(GrantRoleMutation);
export const useRevokeRole = () => useMutation(RevokeRoleMutation);
