/**
 * The longest free texts the server stores, in characters: each is the
 * bound of its field in ent/schema (maxRunes, optText) or of its service
 * (internal/access MaxProposalDescription). The server refuses a longer
 * text (INVALID text.too_long) with nothing saved; the web app's textareas
 * stop the user at the same length first (maxLength counts UTF-16 units,
 * so a text of emoji stops sooner, never later).
 */
export const textLimits = {
  aggregationDescription: 2000,
  accessRequestNote: 2000,
  decisionReason: 4000,
  callDescription: 4000,
  deliverableDescription: 4000,
  progressNote: 4000,
  reviewComments: 10000,
  claimNarrative: 20000,
  cutReason: 1000,
} as const;
