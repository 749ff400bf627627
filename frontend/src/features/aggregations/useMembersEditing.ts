import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** Reference comuni and unioni by name and, optionally, province (sigla), 10 at a time. */
export const SearchBodiesQuery = graphql(`
  query SearchBodies($where: PublicBodyWhereInput!) {
    publicBodies(first: 10, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges { node { id name kind istatCode provinceCode provinceName population } }
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($input: CreateMembershipInput!) {
    createMembership(input: $input) { id body { id name } }
  }
`);

export const UpdateMembershipResolutionMutation = graphql(`
  mutation UpdateMembershipResolution($id: ID!, $input: UpdateMembershipInput!) {
    updateMembership(id: $id, input: $input) { id version resolutionNumber resolutionDate resolutionOrgan }
  }
`);

/** The lead corrects a member's codice fiscale and e-invoicing office codes. */
export const UpdateMemberBodyCodesMutation = graphql(`
  mutation UpdateMemberBodyCodes($bodyID: ID!, $input: MemberBodyCodesInput!, $version: Int!) {
    updateMemberBodyCodes(bodyID: $bodyID, input: $input, version: $version) { id version codiceFiscale invoicingOfficeCodes }
  }
`);

export const DeleteMembershipMutation = graphql(`
  mutation DeleteMembership($id: ID!) { deleteMembership(id: $id) }
`);

/** Runs SearchBodies (paused until two letters are typed). */
export function useSearchBodies(name: string, province: string) {
  const where = {
    nameContainsFold: name,
    kindIn: ['COMUNE' as const, 'UNIONE_COMUNI' as const],
    ...(province ? { provinceCodeEqualFold: province } : {}),
  };
  return useQuery({ query: SearchBodiesQuery, variables: { where }, pause: name.length < 2 });
}
export const useAddMembership = () => useMutation(AddMembershipMutation);
export const useUpdateMembershipResolution = () => useMutation(UpdateMembershipResolutionMutation);
export const useUpdateMemberBodyCodes = () => useMutation(UpdateMemberBodyCodesMutation);
export const useDeleteMembership = () => useMutation(DeleteMembershipMutation);
