import { useTranslation } from 'react-i18next';

// Colours per status; every label comes from i18n (<group>.<VALUE>).
const tones: Record<string, Record<string, string>> = {
  projectStatus: { ACTIVE: 'bg-success', SUSPENDED: 'bg-warning text-dark', COMPLETED: 'bg-primary', CLOSED: 'bg-secondary', REVOKED: 'bg-danger' },
  deliverableStatus: { PLANNED: 'bg-secondary', IN_PROGRESS: 'bg-primary', DELIVERED: 'bg-warning text-dark', ACCEPTED: 'bg-success', REJECTED: 'bg-danger' },
  claimStatus: {
    DRAFT: 'bg-secondary', SUBMITTED: 'bg-primary', UNDER_REVIEW: 'bg-warning text-dark', CHANGES_REQUESTED: 'bg-danger',
    ACCEPTED: 'bg-success', PARTIALLY_ACCEPTED: 'bg-success', REJECTED: 'bg-danger',
  },
  itemDecision: { PENDING: 'bg-secondary', ADMITTED: 'bg-success', PARTIALLY_ADMITTED: 'bg-warning text-dark', CUT: 'bg-danger' },
  procurementStatus: {
    PLANNED: 'bg-secondary', PUBLISHED: 'bg-primary', AWARDED: 'bg-primary', CONTRACTED: 'bg-success', DESERTED: 'bg-danger', CANCELLED: 'bg-danger',
  },
  reviewOutcome: { ACCEPTED: 'bg-success', PARTIALLY_ACCEPTED: 'bg-success', REJECTED: 'bg-danger', CHANGES_REQUESTED: 'bg-danger' },
};

export type BadgeGroup = keyof typeof tones;

/** A status as a coloured badge with its label in the UI's language. */
export function Badge({ group, value }: { group: BadgeGroup; value: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${tones[group][value] ?? 'bg-secondary'}`} data-status={value}>
      {t(`${group}.${value}`)}
    </span>
  );
}
