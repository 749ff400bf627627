import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DocumentKind, DocumentOrder } from '../../gql/graphql';

/** A page of the documents stored for a project that the viewer may read, with what each is attached to. */
export const ProjectDocumentsQuery = graphql(`
  query ProjectDocuments($id: ID!, $first: Int!, $after: Cursor, $orderBy: DocumentOrder, $where: DocumentWhereInput) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        documents(first: $first, after: $after, orderBy: $orderBy, where: $where) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              kind
              filename
              sizeBytes
              sha256
              signatureKind
              frozen
              createdAt
              body { id name }
              deliverable { id title }
              invoice { id number }
              expenseClaim { id number }
              contract { id reference }
            }
          }
        }
      }
    }
  }
`);

/** Runs ProjectDocuments; kind narrows the list to one type of document. */
export function useProjectDocuments(projectID: string, first: number, after: string | null, orderBy: DocumentOrder, kind: DocumentKind | '') {
  return useQuery({
    query: ProjectDocumentsQuery,
    variables: { id: projectID, first, after, orderBy, where: kind ? { kind } : null },
  });
}
