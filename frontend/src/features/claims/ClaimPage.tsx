import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  useAllClaimItems,
  useClaim,
  useDecideExpenseItem,
  useDecideExpenseItems,
  useRemoveExpenseItem,
  useStartReview,
  useSubmitExpenseClaim,
  type ExpenseItem,
  type Review,
} from './useClaim';
import { ClaimItemsTable } from './ClaimItemsTable';
import { ChecklistForm } from './ChecklistForm';
import { OutcomeForm } from './OutcomeForm';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AddItemsForm } from './AddItemsForm';
import { ClaimEditForm } from './ClaimEditForm';
import { ClaimAttachments } from './ClaimAttachments';
import { useViewer } from '../auth/useViewer';
import { Downloads } from '../../components/Downloads';
import { leadsAggregation } from '../home/roles';
import { Badge } from '../../components/Badge';
import { FormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { PageError } from '../../components/PageError';
import { Breadcrumb } from '../../components/Breadcrumb';
import { QueryError } from '../../components/QueryError';
import { serverErrors, type ServerError } from '../../lib/errors';
import { formatCents, formatDate } from '../../lib/format';
import { nodesOf } from '../../lib/paging';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/**
 * An expense claim (/rendiconti/:id): period, status, narrative, the
 * expenses with their decisions and the totals admitted and cut. Auditors
 * start and carry out the review here (checklist, a decision per expense,
 * outcome); the lead picks the expenses of a draft and submits it.
 */
export function ClaimPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [{ data, error, fetching }, reexecute] = useClaim(id);
  useDocumentTitle([data?.node?.__typename === 'ExpenseClaim' ? `${t('claim.title', { number: data.node.number })} – ${data.node.project.title}` : undefined, t('lists.claims.title')]);
  const itemsState = useAllClaimItems(id);
  const [, decide] = useDecideExpenseItem();
  const [, decideMany] = useDecideExpenseItems();
  const [, remove] = useRemoveExpenseItem();
  const [bulk, setBulk] = useState<{ done: number; total: number } | null>(null);
  const [bulkErrors, setBulkErrors] = useState<ServerError[]>([]);
  const [editingClaim, setEditingClaim] = useState(false);

  if (fetching && !data) return <Loading />;
  const claim = data?.node?.__typename === 'ExpenseClaim' ? data.node : null;
  if (!claim) return <PageError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const reviews = nodesOf(claim.reviews);
  const open = reviews.find((r) => !r.completedAt) ?? null;
  const isLead = leadsAggregation(viewer, claim.project.aggregationID);
  const canReview = viewer.isAuditor || viewer.isAdmin;
  const reviewing = canReview && claim.status === 'UNDER_REVIEW' && !!open;
  const editable = isLead && (claim.status === 'DRAFT' || claim.status === 'CHANGES_REQUESTED');
  const items = itemsState.items ?? [];
  // The API's totals: the same figures as the report and the minutes.
  const totals = {
    claimed: claim.totals.claimedCents, admitted: claim.totals.admittedCents, cut: claim.totals.cutCents,
    pending: claim.totals.pending, count: claim.totals.items,
  };
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  async function decideItem(it: ExpenseItem, admittedCents: number, reason: string): Promise<ServerError[]> {
    const res = await decide({ id: it.id, admittedCents, reason: reason || null });
    if (res.error || !res.data) return serverErrors(res.error);
    itemsState.patch(res.data.decideExpenseItem);
    refresh();
    return [];
  }

  async function admitPending() {
    const pending = items.filter((it) => it.decision === 'PENDING');
    setBulkErrors([]);
    setBulk({ done: 0, total: pending.length });
    // One request, one transaction: all admitted or none.
    const res = await decideMany({ decisions: pending.map((it) => ({ id: it.id, admittedCents: it.claimedCents })) });
    if (res.error || !res.data) setBulkErrors(serverErrors(res.error));
    else res.data.decideExpenseItems.forEach((it) => itemsState.patch(it));
    setBulk(null);
    refresh();
  }

  return (
    <>
      <Breadcrumb trail={[{ to: `/progetti/${claim.project.id}?scheda=rendiconti`, label: claim.project.title }]} current={t('claim.title', { number: claim.number })} />
      <h1 className="h2">
        {t('claim.title', { number: claim.number })}{' '}
        <span className="fs-5 align-middle" data-testid="claim-status"><Badge group="claimStatus" value={claim.status} /></span>
      </h1>
      <dl className="row">
        <dt className="col-sm-4 col-lg-3">{t('claim.project')}</dt>
        <dd className="col-sm-8 col-lg-9">
          <Link to={`/progetti/${claim.project.id}`}>{claim.project.title}</Link> · CUP <code>{claim.project.cup}</code>
        </dd>
        <dt className="col-sm-4 col-lg-3">{t('claim.aggregation')}</dt>
        <dd className="col-sm-8 col-lg-9">{claim.project.aggregation.name}</dd>
        <dt className="col-sm-4 col-lg-3">{t('claim.period')}</dt>
        <dd className="col-sm-8 col-lg-9">{t('claim.periodRange', { from: formatDate(claim.periodStart), to: formatDate(claim.periodEnd) })}</dd>
        {claim.submittedAt && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('claim.submittedAt')}</dt>
            <dd className="col-sm-8 col-lg-9">{formatDate(claim.submittedAt)}</dd>
          </>
        )}
      </dl>
      <Downloads
        title={t('downloads.title')}
        testid="claim-downloads"
        items={[
          ...(isLead || viewer.isAuditor || viewer.isOfficer || viewer.isAdmin
            ? [{ href: `/reports/claims/${claim.id}/rendiconto.pdf`, label: claim.status === 'DRAFT' ? t('downloads.claimDraft') : t('downloads.claim'), format: 'PDF' }]
            : []),
          ...reviews
            .filter((r) => r.completedAt)
            .map((r) => ({ href: `/reports/reviews/${r.id}/verbale.pdf`, label: t('downloads.minutes', { date: formatDate(r.completedAt) }), format: 'PDF' })),
        ]}
      />
      {isLead && claim.status === 'DRAFT' && (
        editingClaim ? (
          <ClaimEditForm claim={claim} onCancel={() => setEditingClaim(false)} onDone={() => { setEditingClaim(false); refresh(); }} />
        ) : (
          <button type="button" className="btn btn-outline-primary btn-sm mb-4" onClick={() => setEditingClaim(true)}>{t('claimEdit.open')}</button>
        )
      )}
      {claim.narrative && (
        <section aria-labelledby="narrative-title" className="mb-4">
          <h2 id="narrative-title" className="h5">{t('claim.narrative')}</h2>
          <p>{claim.narrative}</p>
        </section>
      )}

      <section aria-labelledby="totals-title" className="mb-4">
        <h2 id="totals-title" className="h4">{t('claim.totals')}</h2>
        <div className="row g-3" data-testid="claim-totals">
          <Figure label={t('claim.claimed')} value={formatCents(totals.claimed)} testid="total-claimed" />
          <Figure label={t('claim.admitted')} value={formatCents(totals.admitted)} testid="total-admitted" />
          <Figure label={t('claim.cut')} value={formatCents(totals.cut)} testid="total-cut" />
          <Figure label={t('claim.pending')} value={t('claim.pendingCount', { count: totals.pending, total: totals.count })} testid="total-pending" />
        </div>
      </section>

      {canReview && claim.status === 'SUBMITTED' && <StartReview claimID={claim.id} onStarted={refresh} />}

      {reviewing && open && (
        <section aria-labelledby="checklist-title" className="mb-5">
          <h2 id="checklist-title" className="h4">{t('review.checklist.title')}</h2>
          <ChecklistForm key={open.id} reviewID={open.id} checklist={open.checklist} />
        </section>
      )}

      <section aria-labelledby="items-title" className="mb-5">
        <h2 id="items-title" className="h4">{t('claim.itemsTitle')}</h2>
        {reviewing && totals.pending > 0 && (
          <div className="mb-3">
            <button type="button" className="btn btn-success" onClick={() => void admitPending()} disabled={!!bulk} aria-busy={!!bulk}>
              {t('review.admitPending', { count: totals.pending })}
            </button>
            <span className="ms-3" aria-live="polite" data-testid="bulk-progress">
              {bulk ? t('review.admitProgress', bulk) : ''}
            </span>
          </div>
        )}
        <FormErrors errors={bulkErrors} />
        {itemsState.loading && !itemsState.items && <Loading />}
        <QueryError error={itemsState.error} onRetry={() => void itemsState.reload()} />
        {itemsState.items && (
          items.length === 0 ? (
            <div className="alert alert-info" role="status">{t('claim.empty')}</div>
          ) : (
            <ClaimItemsTable
              items={items}
              mode={reviewing ? 'review' : editable ? 'edit' : 'view'}
              onAdmit={(it) => decideItem(it, it.claimedCents, '')}
              onDecide={decideItem}
              onRemove={async (it) => {
                const res = await remove({ id: it.id });
                if (res.error) return serverErrors(res.error);
                await itemsState.reload();
                refresh();
                return [];
              }}
            />
          )
        )}
      </section>

      {editable && (
        <section aria-labelledby="edit-title" className="mb-5">
          <h2 id="edit-title" className="visually-hidden">{t('claim.edit')}</h2>
          <AddItemsForm claimID={claim.id} projectID={claim.project.id} periodEnd={claim.periodEnd} onAdded={() => { void itemsState.reload(); refresh(); }} />
          <SubmitClaim claimID={claim.id} onSubmitted={refresh} count={items.length} claimedCents={claim.totals.claimedCents} />
        </section>
      )}

      {reviewing && open && (
        <section aria-labelledby="outcome-title" className="mb-5">
          <h2 id="outcome-title" className="h4">{t('review.outcome.title')}</h2>
          <OutcomeForm
            reviewID={open.id}
            totals={totals}
            checklistMissing={open.checklist.filter((c) => !c.result).length}
            onDone={() => {
              refresh();
              void itemsState.reload();
            }}
          />
        </section>
      )}

      <ClaimAttachments claimID={claim.id} docs={nodesOf(claim.documents)} canUpload={isLead} onDone={refresh} />

      <ReviewHistory reviews={reviews.filter((r) => r.completedAt)} />
    </>
  );
}

function Figure({ label, value, testid }: { label: string; value: string; testid: string }) {
  return (
    <div className="col-6 col-lg-3">
      <div className="border rounded p-3 h-100">
        <div className="small text-secondary">{label}</div>
        <div className="h5 mb-0 text-nowrap" data-testid={testid}>{value}</div>
      </div>
    </div>
  );
}

function StartReview({ claimID, onStarted }: { claimID: string; onStarted: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, start] = useStartReview();
  const [errors, setErrors] = useState<ServerError[]>([]);
  return (
    <section aria-labelledby="start-title" className="border border-primary rounded p-3 mb-5" data-testid="start-review">
      <h2 id="start-title" className="h4">{t('review.start.title')}</h2>
      <p>{t('review.start.intro')}</p>
      <FormErrors errors={errors} />
      <button
        type="button"
        className="btn btn-primary"
        disabled={fetching}
        onClick={async () => {
          const res = await start({ claimID });
          if (res.error) setErrors(serverErrors(res.error));
          else onStarted();
        }}
      >
        {t('review.start.submit')}
      </button>
    </section>
  );
}

function SubmitClaim({ claimID, onSubmitted, count, claimedCents }: { claimID: string; onSubmitted: () => void; count: number; claimedCents: number }) {
  const { t } = useTranslation();
  const [{ fetching }, submit] = useSubmitExpenseClaim();
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  async function go() {
    const res = await submit({ id: claimID });
    setConfirming(false);
    if (res.error) {
      setErrors(serverErrors(res.error));
      setTimeout(() => ref.current?.focus(), 0);
    } else {
      setErrors([]);
      onSubmitted();
    }
  }
  return (
    <div className="border-top pt-4 mt-4" data-testid="submit-claim">
      <h3 className="h5">{t('claim.submit.title')}</h3>
      <p>{t('claim.submit.intro', { count })}</p>
      <FormErrors ref={ref} errors={errors} />
      <button type="button" className="btn btn-primary" disabled={fetching} onClick={() => setConfirming(true)}>
        {t('claim.submit.submit')}
      </button>
      {confirming && (
        <ConfirmDialog
          testid="confirm-submit-claim"
          title={t('acts.claimSubmit.title')}
          confirmLabel={t('acts.claimSubmit.yes')}
          busy={fetching}
          onConfirm={go}
          onCancel={() => setConfirming(false)}
        >
          <ul>
            <li>{t('acts.claimSubmit.amounts', { count, amount: formatCents(claimedCents) })}</li>
            <li>{t('acts.claimSubmit.frozen')}</li>
            <li>{t('acts.claimSubmit.told')}</li>
          </ul>
          <p className="mb-0">{t('acts.irreversible')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const { t } = useTranslation();
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="history-title" className="mb-5" data-testid="review-history">
      <h2 id="history-title" className="h4">{t('review.history.title')}</h2>
      {reviews.map((r) => (
        <article key={r.id} className="border rounded p-3 mb-3" aria-label={t('review.history.item', { date: formatDate(r.completedAt) })}>
          <div>
            <p className="mb-2">
              {r.outcome && <Badge group="reviewOutcome" value={r.outcome} />}{' '}
              {t('review.history.closed', { date: formatDate(r.completedAt) })} · {t('claim.admitted')}{' '}
              <strong data-testid="review-admitted">{formatCents(r.admittedCents)}</strong> · {t('claim.cut')}{' '}
              <strong data-testid="review-cut">{formatCents(r.cutCents)}</strong>
            </p>
            {r.comments && <p className="mb-2"><strong>{t('review.outcome.comments')}:</strong> {r.comments}</p>}
            <details>
              <summary>{t('review.history.checks')}</summary>
              <ul className="mt-2 mb-0">
                {r.checklist.map((c) => (
                  <li key={c.key}>
                    {c.label}: <strong>{c.result ? t(`review.checklist.${c.result}`) : '—'}</strong>
                    {c.note && ` — ${c.note}`}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        </article>
      ))}
    </section>
  );
}
