import { useMutation } from 'urql';
import { graphql } from '../../gql';

/** Changes a user's name and job title (admins, or the user itself). */
export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($userID: ID!, $input: UpdateProfileInput!) {
    updateProfile(userID: $userID, input: $input) { id version displayName jobTitle }
  }
`);

/** The updateProfile mutation. */
export const useUpdateProfile = () => useMutation(UpdateProfileMutation);
