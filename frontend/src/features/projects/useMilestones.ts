import { useMutation } from 'urql';
import { graphql } from '../../gql';

/** Adds a milestone, meeting or deadline to a project. */
export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) { id version title kind dueOn doneOn location }
  }
`);

/** Updates a milestone (e.g. marks it done, or reopens it). */
export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {
    updateMilestone(id: $id, input: $input) { id version title kind dueOn doneOn location }
  }
`);

/** The createMilestone mutation. */
export function useCreateMilestone() {
  return useMutation(CreateMilestoneMutation);
}

/** The updateMilestone mutation. */
export function useUpdateMilestone() {
  return useMutation(UpdateMilestoneMutation);
}
