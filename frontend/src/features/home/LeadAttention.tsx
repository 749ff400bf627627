import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLeadAttention } from './useLeadAttention';
import { groupOverdue } from '../projects/OverduePanel';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatCents, formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

/** For a lead: per project, what is late, which invoices were flagged, which claims wait for it. */
export function LeadAttention({ aggregationIDs }: { aggregationIDs: string[] }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useLeadAttention(aggregationIDs);
  const projects = nodesOf(data?.projects);
  if (fetching && !data) return <Loading />;
  return (
    <div data-testid="lead-attention">
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      {projects.map((p) => {
        const groups = groupOverdue(p.overdue.deliverables);
        const flagged = nodesOf(p.invoices).filter((i) => i.problems && i.problems.length > 0);
        const claims = nodesOf(p.expenseClaims);
        const nothing = groups.length === 0 && p.overdue.milestones.length === 0 && flagged.length === 0 && claims.length === 0;
        return (
          <section key={p.id} aria-labelledby={`la-${p.id}`} className="mb-4">
            <h3 id={`la-${p.id}`} className="h5">
              <Link to={`/progetti/${p.id}`}>{p.title}</Link>
            </h3>
            {nothing && <p className="text-success">{t('lead.nothing')}</p>}
            <ul className="list-group">
              {groups.map((g) => (
                <li key={g.key} className="list-group-item" data-testid="attention-overdue">
                  <span className="badge bg-danger me-2">{t('lead.late')}</span>
                  {t('lead.overdueDeliverable', { title: g.title, count: g.bodies.length, date: formatDate(g.dueOn) })}{' '}
                  <Link to={`/progetti/${p.id}?scheda=prodotti`}>{t('lead.see')}<span className="visually-hidden"> {g.title}</span></Link>
                </li>
              ))}
              {p.overdue.milestones.map((m) => (
                <li key={m.id} className="list-group-item" data-testid="attention-milestone">
                  <span className="badge bg-danger me-2">{t('lead.late')}</span>
                  {t('lead.overdueMilestone', { title: m.title, date: formatDate(m.dueOn) })}
                </li>
              ))}
              {flagged.map((i) => (
                <li key={i.id} className="list-group-item" data-testid="attention-invoice">
                  <span className="badge bg-warning text-dark me-2">{t('lead.flagged')}</span>
                  {t('lead.flaggedInvoice', { number: i.number, date: formatDate(i.issuedOn), supplier: i.supplierName ?? '', total: formatCents(i.totalCents) })}
                  <div className="small">{i.problems?.join(' ')}</div>
                  <Link to={`/progetti/${p.id}?scheda=fatture`}>{t('lead.see')}<span className="visually-hidden"> {i.number}</span></Link>
                </li>
              ))}
              {claims.map((c) => (
                <li key={c.id} className="list-group-item" data-testid="attention-claim">
                  <Badge group="claimStatus" value={c.status} />{' '}
                  <Link to={`/rendiconti/${c.id}`}>
                    {t('claim.title', { number: c.number })} ({t('claim.periodRange', { from: formatDate(c.periodStart), to: formatDate(c.periodEnd) })})
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
