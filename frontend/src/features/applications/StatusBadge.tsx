import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../gql/graphql';

const tone: Record<ApplicationStatus, string> = {
  DRAFT: 'bg-secondary',
  SUBMITTED: 'bg-primary',
  INTEGRATION_REQUESTED: 'bg-warning text-dark',
  ADMISSIBLE: 'bg-success',
  INADMISSIBLE: 'bg-danger',
  FUNDED: 'bg-success',
  REJECTED: 'bg-danger',
  WITHDRAWN: 'bg-secondary',
};

/** The application's status as an Italian label. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${tone[status]}`} data-status={status}>{t(`status.${status}`)}</span>;
}
