import { useQuery } from 'urql';
import { graphql } from '../../gql';

/** A page of a project's procedures with their lots, awards, contracts and savings. */
export const ProjectProcurementsQuery = graphql(`
  query ProjectProcurements($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        procurements(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id
              title
              status
              objectType
              anacCode
              procedureLabel
              legalBasis
              baseCents
              separateEstimateCents
              frameworkReference
              startedOn
              cpv
              rupName
              thresholdWarnings
              runningBody { id name }
              beneficiaries { id name population }
              savings { awardCents savingsCents savingsBp jointSavingsCents jointSavingsBp }
              lots(first: 50) {
                edges {
                  node {
                    id
                    number
                    cig
                    legacyCigAcknowledged
                    title
                    baseCents
                    awardCents
                    awardedOn
                    awardedVendor { id name vatID }
                    contracts(first: 10) {
                      edges {
                        node { id version reference signedOn netCents vatCents status splitMethod populationYear vendor { id name vatID } }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Runs ProjectProcurements. */
export function useProjectProcurements(id: string, first: number, after: string | null) {
  return useQuery({ query: ProjectProcurementsQuery, variables: { id, first, after } });
}
