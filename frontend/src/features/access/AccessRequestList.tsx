import { useTranslation } from 'react-i18next';
import type { AccessRequestFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';

/** A request's status as a badge, with the refusal's reason. */
function Status({ r }: { r: AccessRequestFieldsFragment }) {
  const { t } = useTranslation();
  const tone = { PENDING: 'bg-warning', APPROVED: 'bg-success', REFUSED: 'bg-danger', WITHDRAWN: 'bg-secondary' }[r.status];
  return (
    <>
      <span className={`badge ${tone}`}>{t(`access.status.${r.status}`)}</span>
      {r.status === 'REFUSED' && r.reason && <p className="mb-0 small">{t('access.reason', { reason: r.reason })}</p>}
    </>
  );
}

/** One request: role, where, the act and its PDF. */
export function RequestSummary({ r }: { r: AccessRequestFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(`access.roles.${r.role}`)}</strong> — {r.scopeLabel}
      <br />
      <span className="small">
        {t('access.act', { kind: t(`access.actKinds.${r.actKind}`), number: r.actNumber, date: formatDate(r.actDate), issuer: r.actIssuer })}{' '}
        <a href={r.actURL} download>{t('access.download', { name: r.actFilename })}</a>
      </span>
    </>
  );
}

/** The requester's own requests with their status. */
export function AccessRequestList({ rows, onWithdraw }: { rows: AccessRequestFieldsFragment[]; onWithdraw?: (r: AccessRequestFieldsFragment) => void }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p data-testid="no-access-requests">{t('access.mine.none')}</p>;
  return (
    <ul className="list-unstyled" data-testid="my-access-requests">
      {rows.map((r) => (
        <li key={r.id} className="border-bottom py-2">
          <RequestSummary r={r} /> <Status r={r} />
          {r.status === 'PENDING' && onWithdraw && (
            <button type="button" className="btn btn-outline-secondary btn-sm ms-2" onClick={() => onWithdraw(r)}>{t('access.mine.withdraw')}</button>
          )}
        </li>
      ))}
    </ul>
  );
}
