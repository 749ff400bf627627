import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** Notifications per page of the inbox. */
export const INBOX_PAGE = 20;

/** How often the header asks for the unread count, in milliseconds. */
export const UNREAD_POLL_MS = 60_000;

/** The signed-in user's notifications, newest first. */
export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: Cursor, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title body path dueOn readAt createdAt } }
    }
    unreadNotificationCount
  }
`);

/** The unread count behind the header's badge. */
export const UnreadCountQuery = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

/** Marks notifications read (some, or all). */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

/** Runs Inbox. */
export function useInbox(after: string | null, unreadOnly: boolean) {
  return useQuery({ query: InboxQuery, variables: { first: INBOX_PAGE, after, unreadOnly } });
}

/** Runs UnreadCount. */
export function useUnreadCount() {
  return useQuery({ query: UnreadCountQuery, requestPolicy: 'cache-and-network' });
}

export const useMarkRead = () => useMutation(MarkNotificationsReadMutation);
