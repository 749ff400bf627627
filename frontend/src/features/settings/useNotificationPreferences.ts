import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

/** The signed-in user's e-mail delivery for every kind of notification. */
export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences { kind label delivery version }
  }
`);

/** Sets the e-mail delivery of one kind; a stale version is a CONFLICT. */
export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!, $version: Int) {
    setNotificationPreference(kind: $kind, delivery: $delivery, version: $version) { kind label delivery version }
  }
`);

/** The notificationPreferences query. */
export const useNotificationPreferences = () => useQuery({ query: NotificationPreferencesQuery });

/** The setNotificationPreference mutation. */
export const useSetNotificationPreference = () => useMutation(SetNotificationPreferenceMutation);
