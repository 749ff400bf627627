import { createContext, useContext } from 'react';

/** What the app shell offers to screens about the session. */
export type Session = {
  /** Drops every cached GraphQL result (after sign-in or sign-out). */
  resetClient: () => void;
};

export const SessionContext = createContext<Session>({ resetClient: () => {} });

/** The session helpers of the app shell. */
export function useSession(): Session {
  return useContext(SessionContext);
}
