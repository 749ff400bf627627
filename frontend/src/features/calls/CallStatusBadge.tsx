import { useTranslation } from 'react-i18next';
import type { CallStatus } from '../../gql/graphql';

const tone: Record<CallStatus, string> = { DRAFT: 'bg-secondary', PUBLISHED: 'bg-success', CLOSED: 'bg-primary', ARCHIVED: 'bg-secondary' };

/** A call's status as an Italian label. */
export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${tone[status]}`} data-call-status={status}>{t(`calls.status.${status}`)}</span>;
}
