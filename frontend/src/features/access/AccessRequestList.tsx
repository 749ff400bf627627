import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../components/DataTable';
import type { AccessRequestFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';

type Proposal = NonNullable<AccessRequestFieldsFragment['proposal']>;
type ProposedMember = Proposal['members'][number];

/** One of the own requests, with the role assignment an approval made (for a proposal, it names the new aggregation). */
export type MyRequest = AccessRequestFieldsFragment & { roleAssignment?: { id: string; aggregationID: string | null } | null };

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

/**
 * What a request to form an aggregation proposes: the description and the
 * members with their resolutions; open shows it unfolded (the approvers'
 * queue), otherwise it unfolds on demand.
 */
export function ProposalDetails({ p, open = false }: { p: Proposal; open?: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="my-2" open={open} data-testid="proposal-details">
      <summary>{t('access.proposal.details')}</summary>
      {p.description && <p className="small mb-1 mt-1">{t('access.proposal.description', { text: p.description })}</p>}
      <DataTable<ProposedMember>
        caption={t('access.proposal.members')}
        className="table table-sm align-middle mb-1"
        testid="proposal-members"
        rows={p.members}
        rowKey={(m) => m.bodyID}
        rowProps={() => ({ 'data-testid': 'proposal-member' })}
        columns={[
          { key: 'body', header: t('access.proposal.columns.body'), rowHeader: true, cell: (m) => m.bodyName },
          { key: 'number', header: t('access.proposal.columns.number'), cell: (m) => m.resolutionNumber || '—' },
          { key: 'date', header: t('access.proposal.columns.date'), cell: (m) => (m.resolutionDate ? formatDate(m.resolutionDate) : '—') },
          { key: 'organ', header: t('access.proposal.columns.organ'), cell: (m) => (m.resolutionOrgan ? t(`aggregation.organ.${m.resolutionOrgan}`) : '—') },
        ]}
      />
    </details>
  );
}

/** One request: role, where (for a proposal: the aggregation, its lead and how many members), the act and its PDF. */
export function RequestSummary({ r }: { r: AccessRequestFieldsFragment }) {
  const { t } = useTranslation();
  const p = r.proposal;
  return (
    <>
      {p ? (
        <span data-testid="proposal-summary">
          <strong>{t('access.proposal.kind')}</strong> — {t('access.proposal.summary', { name: p.name, lead: p.leadBodyName, count: p.members.length })}
        </span>
      ) : (
        <><strong>{t(`access.roles.${r.role}`)}</strong> — {r.scopeLabel}</>
      )}
      <br />
      <span className="small">
        {t('access.act', { kind: t(`access.actKinds.${r.actKind}`), number: r.actNumber, date: formatDate(r.actDate), issuer: r.actIssuer })}{' '}
        <a href={r.actURL} download>{t('access.download', { name: r.actFilename })}</a>
      </span>
    </>
  );
}

/** The requester's own requests with their status. */
export function AccessRequestList({ rows, onWithdraw }: { rows: MyRequest[]; onWithdraw?: (r: MyRequest) => void }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p data-testid="no-access-requests">{t('access.mine.none')}</p>;
  return (
    <ul className="list-unstyled" data-testid="my-access-requests">
      {rows.map((r) => (
        <li key={r.id} className="border-bottom py-2" data-testid="my-access-request" data-status={r.status}>
          <RequestSummary r={r} /> <Status r={r} />
          {r.proposal && <ProposalDetails p={r.proposal} />}
          {r.proposal && r.status === 'APPROVED' && r.roleAssignment?.aggregationID && (
            <p className="mb-0"><Link to={`/aggregazioni/${r.roleAssignment.aggregationID}`}>{t('access.proposal.open', { name: r.proposal.name })}</Link></p>
          )}
          {r.status === 'PENDING' && onWithdraw && (
            <button type="button" className="btn btn-outline-secondary btn-sm ms-2" onClick={() => onWithdraw(r)}>{t('access.mine.withdraw')}</button>
          )}
        </li>
      ))}
    </ul>
  );
}
