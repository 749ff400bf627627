import { useTranslation } from 'react-i18next';

const tones: Record<string, string> = {
  DRAFT: 'bg-secondary', REQUESTED: 'bg-primary', APPROVED: 'bg-success', PARTIALLY_APPROVED: 'bg-success', REJECTED: 'bg-danger', WITHDRAWN: 'bg-secondary',
};

/** A variation's status as a coloured badge. */
export function VariationBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge ${tones[status] ?? 'bg-secondary'}`} data-status={status} data-testid="variation-status">{t(`variationStatus.${status}`)}</span>;
}
