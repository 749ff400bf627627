/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AggregationMembers($id: ID!, $first: Int!, $after: Cursor, $where: MembershipWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on Aggregation {\n        id\n        name\n        description\n        lead { id name }\n        memberships(first: $first, after: $after, where: $where) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id\n              role\n              resolutionNumber\n              resolutionDate\n              resolutionOrgan\n              body { id name provinceCode provinceName population }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AggregationMembersDocument,
    "\n  query ApplicationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Application {\n        id\n        title\n        summary\n        status\n        protocolNumber\n        submittedAt\n        aggregation { id name }\n        call { id title }\n        totals {\n          totalCents\n          fundedCents\n          ownCents\n          population\n          perInhabitantCents\n          perMember {\n            body { id name }\n            amountCents\n            population\n          }\n        }\n        problems {\n          rule\n          message\n          bodyID\n          amountCents\n        }\n      }\n    }\n  }\n": typeof types.ApplicationDetailDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roleAssignments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            regionBody { id name }\n            aggregation { id name }\n            body { id name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AttentionApplications($where: ApplicationWhereInput) {\n    applications(first: 50, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          aggregation { id name }\n          call { id title }\n          totals { totalCents }\n          problems { rule }\n        }\n      }\n    }\n  }\n": typeof types.AttentionApplicationsDocument,
};
const documents: Documents = {
    "\n  query AggregationMembers($id: ID!, $first: Int!, $after: Cursor, $where: MembershipWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on Aggregation {\n        id\n        name\n        description\n        lead { id name }\n        memberships(first: $first, after: $after, where: $where) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id\n              role\n              resolutionNumber\n              resolutionDate\n              resolutionOrgan\n              body { id name provinceCode provinceName population }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AggregationMembersDocument,
    "\n  query ApplicationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Application {\n        id\n        title\n        summary\n        status\n        protocolNumber\n        submittedAt\n        aggregation { id name }\n        call { id title }\n        totals {\n          totalCents\n          fundedCents\n          ownCents\n          population\n          perInhabitantCents\n          perMember {\n            body { id name }\n            amountCents\n            population\n          }\n        }\n        problems {\n          rule\n          message\n          bodyID\n          amountCents\n        }\n      }\n    }\n  }\n": types.ApplicationDetailDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roleAssignments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            regionBody { id name }\n            aggregation { id name }\n            body { id name }\n          }\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query AttentionApplications($where: ApplicationWhereInput) {\n    applications(first: 50, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          aggregation { id name }\n          call { id title }\n          totals { totalCents }\n          problems { rule }\n        }\n      }\n    }\n  }\n": types.AttentionApplicationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AggregationMembers($id: ID!, $first: Int!, $after: Cursor, $where: MembershipWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on Aggregation {\n        id\n        name\n        description\n        lead { id name }\n        memberships(first: $first, after: $after, where: $where) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id\n              role\n              resolutionNumber\n              resolutionDate\n              resolutionOrgan\n              body { id name provinceCode provinceName population }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AggregationMembers($id: ID!, $first: Int!, $after: Cursor, $where: MembershipWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on Aggregation {\n        id\n        name\n        description\n        lead { id name }\n        memberships(first: $first, after: $after, where: $where) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id\n              role\n              resolutionNumber\n              resolutionDate\n              resolutionOrgan\n              body { id name provinceCode provinceName population }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Application {\n        id\n        title\n        summary\n        status\n        protocolNumber\n        submittedAt\n        aggregation { id name }\n        call { id title }\n        totals {\n          totalCents\n          fundedCents\n          ownCents\n          population\n          perInhabitantCents\n          perMember {\n            body { id name }\n            amountCents\n            population\n          }\n        }\n        problems {\n          rule\n          message\n          bodyID\n          amountCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Application {\n        id\n        title\n        summary\n        status\n        protocolNumber\n        submittedAt\n        aggregation { id name }\n        call { id title }\n        totals {\n          totalCents\n          fundedCents\n          ownCents\n          population\n          perInhabitantCents\n          perMember {\n            body { id name }\n            amountCents\n            population\n          }\n        }\n        problems {\n          rule\n          message\n          bodyID\n          amountCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roleAssignments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            regionBody { id name }\n            aggregation { id name }\n            body { id name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      roleAssignments(first: 50) {\n        edges {\n          node {\n            id\n            role\n            regionBody { id name }\n            aggregation { id name }\n            body { id name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttentionApplications($where: ApplicationWhereInput) {\n    applications(first: 50, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          aggregation { id name }\n          call { id title }\n          totals { totalCents }\n          problems { rule }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttentionApplications($where: ApplicationWhereInput) {\n    applications(first: 50, where: $where, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          aggregation { id name }\n          call { id title }\n          totals { totalCents }\n          problems { rule }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;