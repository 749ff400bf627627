import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** The signed-in user's calendar feeds, revoked ones included. */
export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    me {
      id
      calendarFeeds(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
        edges { node { id prefix createdAt lastUsedAt revokedAt } }
      }
    }
  }
`);

/** Opens a feed; its address is returned only here, once. */
export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed { url calendarFeed { id prefix createdAt lastUsedAt revokedAt } }
  }
`);

/** Revokes a feed: its address stops working. */
export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) { id revokedAt }
  }
`);

/** The CalendarFeeds query (always asking the server: last use changes outside the app). */
export const useCalendarFeeds = () => useQuery({ query: CalendarFeedsQuery, requestPolicy: 'cache-and-network' });
/** The createCalendarFeed mutation. */
export const useCreateCalendarFeed = () => useMutation(CreateCalendarFeedMutation);
/** The revokeCalendarFeed mutation. */
export const useRevokeCalendarFeed = () => useMutation(RevokeCalendarFeedMutation);
