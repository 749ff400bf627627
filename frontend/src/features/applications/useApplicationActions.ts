import { useMutation } from 'urql';
import { graphql } from '../../gql';

/** Sends the application to the Region (only without problems, while the call is open). */
export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($id: ID!) {
    submitApplication(id: $id) { id status submittedAt protocolNumber }
  }
`);

/** Withdraws the application before a decision. */
export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) { id status }
  }
`);

/** The Region's decision on a submitted application. */
export const DecideApplicationMutation = graphql(`
  mutation DecideApplication($id: ID!, $decision: ApplicationDecision!, $reason: String, $items: [IntegrationItem!], $integrationDueOn: Date) {
    decideApplication(id: $id, decision: $decision, reason: $reason, items: $items, integrationDueOn: $integrationDueOn) { id status decisionReason integrationItems integrationDueOn }
  }
`);

/** Funds an admissible application: creates its project. */
export const FundApplicationMutation = graphql(`
  mutation FundApplication($id: ID!, $input: FundApplicationInput!) {
    fundApplication(id: $id, input: $input) { id title cup grantedCents application { id status } }
  }
`);

/** Runs SubmitApplication. */
export const useSubmitApplication = () => useMutation(SubmitApplicationMutation);
/** Runs WithdrawApplication. */
export const useWithdrawApplication = () => useMutation(WithdrawApplicationMutation);
/** Runs DecideApplication. */
export const useDecideApplication = () => useMutation(DecideApplicationMutation);
/** Runs FundApplication. */
export const useFundApplication = () => useMutation(FundApplicationMutation);
