// Package loadtest holds what the load harness (cmd/loadbench) and the
// server's benchmarks ask for: the web app's GraphQL documents of the
// operations users wait on, the floor statement of each, and how to find
// the entities to ask about in a dataset.
package loadtest

// The floors: for each operation, the same data fetched by one hand-written
// SQL statement through pgx that returns the JSON document itself, served
// by a minimal HTTP handler of this process over loopback (so the floor
// pays the same HTTP round trip and none of Capofila's: no GraphQL, no
// authorization, no ORM). It is the lowest a request for that data can
// cost on this machine and this database.

// figuresSQL are the allocation figures of one project (and one member
// when $2 is not empty) per member × category × line cell, like
// project.AllocationSummary: allocated; committed (cost shares of contracts
// not terminated); invoiced and paid (the invoice shares and their part of
// the payments); claimed (submitted claims) and admitted (completed
// reviews). Money follows the line of its contract or item.
const figuresSQL = `
cells AS (
	SELECT body_id, expense_category_id AS cat, intervention_line_id AS line, amount_cents AS allocated,
		0::bigint AS committed, 0::bigint AS invoiced, 0::bigint AS paid, 0::bigint AS claimed, 0::bigint AS admitted
	FROM allocations WHERE project_id = $1
	UNION ALL
	SELECT cs.body_id, cs.expense_category_id, c.intervention_line_id, 0, cs.amount_cents, 0, 0, 0, 0
	FROM cost_shares cs JOIN contracts c ON c.id = cs.contract_id JOIN lots l ON l.id = c.lot_id
		JOIN procurements pr ON pr.id = l.procurement_id
	WHERE pr.project_id = $1 AND c.status <> 'TERMINATED'
	UNION ALL
	SELECT s.body_id, s.expense_category_id, c.intervention_line_id, 0, 0, s.amount_cents, s.paid_cents, 0, 0
	FROM invoice_shares s JOIN invoices i ON i.id = s.invoice_id LEFT JOIN contracts c ON c.id = i.contract_id
	WHERE i.project_id = $1
	UNION ALL
	SELECT it.body_id, it.expense_category_id, it.intervention_line_id, 0, 0, 0, 0, it.claimed_cents,
		CASE WHEN ec.status IN ('ACCEPTED', 'PARTIALLY_ACCEPTED') THEN COALESCE(it.admitted_cents, 0) ELSE 0 END
	FROM expense_items it JOIN expense_claims ec ON ec.id = it.claim_id
	WHERE ec.project_id = $1 AND ec.status <> 'DRAFT'),
mine AS (SELECT * FROM cells WHERE $2 = '' OR body_id = $2),
grouped AS (
	SELECT GROUPING(body_id, cat, line) AS g, body_id, cat, line, sum(allocated) AS allocated, sum(committed) AS committed,
		sum(invoiced) AS invoiced, sum(paid) AS paid, sum(claimed) AS claimed, sum(admitted) AS admitted
	FROM mine GROUP BY GROUPING SETS ((), (cat), (line), (body_id))),
figures AS (
	SELECT g.g, g.body_id, g.cat, g.line, json_build_object(
		'allocatedCents', g.allocated, 'committedCents', g.committed, 'invoicedCents', g.invoiced, 'paidCents', g.paid,
		'claimedCents', g.claimed, 'admittedCents', g.admitted, 'remainingCents', g.allocated - g.committed,
		'spentBp', CASE WHEN g.allocated > 0 THEN g.paid * 10000 / g.allocated ELSE 0 END,
		'population', COALESCE(b.population, 0)) AS f
	FROM grouped g LEFT JOIN public_bodies b ON b.id = g.body_id)
`

// GROUPING(body_id, cat, line) of a grouping set: 7 the whole project, 5
// per category, 6 per line, 3 per member.

// summarySQL is the allocation summary document of project $1 (member $2,
// or every member when $2 is ”): totals, categories, lines and members.
const summarySQL = `json_build_object(
	'totals', (SELECT f FROM figures WHERE g = 7),
	'categories', (SELECT json_agg(json_build_object('expenseCategory', json_build_object('id', k.id, 'code', k.code, 'name', k.name),
		'figures', f.f) ORDER BY k.position, k.id) FROM expense_categories k LEFT JOIN figures f ON f.g = 5 AND f.cat = k.id
		WHERE k.call_id = (SELECT call_id FROM projects WHERE id = $1)),
	'lines', (SELECT json_agg(json_build_object('interventionLine', json_build_object('id', l.id, 'code', l.code, 'name', l.name),
		'figures', f.f) ORDER BY l.position, l.id) FROM intervention_lines l LEFT JOIN figures f ON f.g = 6 AND f.line = l.id
		WHERE l.call_id = (SELECT call_id FROM projects WHERE id = $1)),
	'members', (SELECT json_agg(json_build_object('body', json_build_object('id', b.id, 'name', b.name), 'figures', f.f) ORDER BY b.name, b.id)
		FROM memberships m JOIN public_bodies b ON b.id = m.body_id LEFT JOIN figures f ON f.g = 3 AND f.body_id = b.id
		WHERE m.aggregation_id = (SELECT aggregation_id FROM projects WHERE id = $1) AND m.left_on IS NULL AND ($2 = '' OR b.id = $2)))`

// FloorSQL holds the statement of each operation's floor: $1 and $2 are
// the operation's arguments, the result is one JSON document.
var FloorSQL = map[string]string{
	// A member's dashboard: its allocation summary, its deliverables and
	// the project's newest invoices.
	"member-dashboard": `WITH ` + figuresSQL + `
SELECT json_build_object('data', json_build_object('node', json_build_object('id', p.id, 'title', p.title, 'cup', p.cup, 'status', p.status,
	'allocationSummary', ` + summarySQL + `,
	'deliverables', json_build_object('totalCount', (SELECT count(*) FROM deliverables WHERE project_id = $1 AND body_id = $2),
		'edges', (SELECT json_agg(json_build_object('node', json_build_object('id', d.id, 'title', d.title, 'dueOn', d.due_on,
			'status', d.status, 'deliveredOn', d.delivered_on))) FROM (SELECT * FROM deliverables WHERE project_id = $1 AND body_id = $2
			ORDER BY due_on, id LIMIT 50) d)),
	'invoices', json_build_object('totalCount', (SELECT count(*) FROM invoices i WHERE i.project_id = $1),
		'edges', (SELECT json_agg(json_build_object('node', json_build_object('id', i.id, 'number', i.number, 'issuedOn', i.issued_on,
			'supplierName', i.supplier_name, 'totalCents', i.total_cents))) FROM (SELECT * FROM invoices i WHERE i.project_id = $1
			ORDER BY issued_on DESC, id LIMIT 20) i)))))
FROM projects p WHERE p.id = $1`,

	// The lead's project page: header, the summary of every member, what
	// is late, the schedule.
	"project-overview": `WITH ` + figuresSQL + `
SELECT json_build_object('data', json_build_object('node', json_build_object('id', p.id, 'title', p.title, 'cup', p.cup,
	'decreeNumber', p.decree_number, 'decreeDate', p.decree_date, 'grantedCents', p.granted_cents, 'euCents', p.eu_cents,
	'stateCents', p.state_cents, 'regionCents', p.region_cents, 'ownCents', p.own_cents, 'status', p.status,
	'startsOn', p.starts_on, 'endsOn', p.ends_on,
	'aggregation', (SELECT json_build_object('id', a.id, 'name', a.name) FROM aggregations a WHERE a.id = p.aggregation_id),
	'call', (SELECT json_build_object('id', c.id, 'title', c.title) FROM calls c WHERE c.id = p.call_id),
	'allocationSummary', ` + summarySQL + `,
	'overdue', json_build_object(
		'deliverables', (SELECT json_agg(json_build_object('id', d.id, 'title', d.title, 'dueOn', d.due_on, 'status', d.status,
			'body', json_build_object('id', b.id, 'name', b.name))) FROM (SELECT * FROM deliverables WHERE project_id = $1
			AND due_on < current_date AND status IN ('PLANNED', 'IN_PROGRESS', 'REJECTED') ORDER BY due_on, id LIMIT 100) d
			JOIN public_bodies b ON b.id = d.body_id),
		'milestones', (SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'kind', m.kind, 'dueOn', m.due_on))
			FROM (SELECT * FROM milestones WHERE project_id = $1 AND due_on < current_date AND done_on IS NULL ORDER BY due_on, id LIMIT 100) m)),
	'milestones', json_build_object('totalCount', (SELECT count(*) FROM milestones WHERE project_id = $1),
		'edges', (SELECT json_agg(json_build_object('node', json_build_object('id', m.id, 'title', m.title, 'kind', m.kind,
			'dueOn', m.due_on, 'doneOn', m.done_on, 'location', m.location)))
			FROM (SELECT * FROM milestones WHERE project_id = $1 ORDER BY due_on, id LIMIT 50) m)))))
FROM projects p WHERE p.id = $1 AND $2 = ''`,

	// The auditor's queue: the 50 oldest claims submitted in the Region.
	"review-queue": `
SELECT json_build_object('data', json_build_object('reviewQueue', COALESCE(json_agg(json_build_object('id', c.id, 'number', c.number,
	'status', c.status, 'periodStart', c.period_start, 'periodEnd', c.period_end, 'submittedAt', c.submitted_at,
	'items', json_build_object('totalCount', (SELECT count(*) FROM expense_items i WHERE i.claim_id = c.id)),
	'project', (SELECT json_build_object('id', p.id, 'title', p.title, 'cup', p.cup,
		'aggregation', json_build_object('id', a.id, 'name', a.name)) FROM projects p JOIN aggregations a ON a.id = p.aggregation_id
		WHERE p.id = c.project_id)) ORDER BY c.submitted_at, c.id), '[]')))
FROM (SELECT * FROM expense_claims WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')
	AND tenant_region_id = (SELECT tenant_region_id FROM expense_claims WHERE id = $1) ORDER BY submitted_at, id LIMIT 50) c
WHERE $2 = ''`,

	// A claim's page with every expense item (the web app reads them 100
	// at a time; the floor in one go).
	"claim-items": `
SELECT json_build_object('data', json_build_object('node', json_build_object('id', c.id, 'number', c.number, 'status', c.status,
	'periodStart', c.period_start, 'periodEnd', c.period_end, 'narrative', c.narrative, 'submittedAt', c.submitted_at,
	'project', (SELECT json_build_object('id', p.id, 'title', p.title, 'cup', p.cup, 'aggregationID', p.aggregation_id,
		'aggregation', json_build_object('id', a.id, 'name', a.name)) FROM projects p JOIN aggregations a ON a.id = p.aggregation_id
		WHERE p.id = c.project_id),
	'reviews', json_build_object('edges', (SELECT json_agg(json_build_object('node', json_build_object('id', r.id, 'outcome', r.outcome,
		'comments', r.comments, 'completedAt', r.completed_at, 'createdAt', r.created_at, 'admittedCents', r.admitted_cents,
		'cutCents', r.cut_cents, 'checklist', r.checklist)) ORDER BY r.created_at DESC) FROM reviews r WHERE r.claim_id = c.id)),
	'items', json_build_object('edges', (SELECT json_agg(json_build_object('node', json_build_object('id', i.id, 'claimedCents', i.claimed_cents,
			'decision', i.decision, 'admittedCents', i.admitted_cents, 'cutReason', i.cut_reason,
			'body', json_build_object('id', b.id, 'name', b.name),
			'expenseCategory', json_build_object('id', k.id, 'name', k.name),
			'invoice', json_build_object('id', v.id, 'number', v.number, 'issuedOn', v.issued_on, 'supplierName', v.supplier_name, 'cig', v.cig),
			'payment', CASE WHEN pm.id IS NULL THEN NULL ELSE json_build_object('id', pm.id, 'mandateNumber', pm.mandate_number,
				'receiptDate', pm.receipt_date) END)) ORDER BY i.id)
			FROM expense_items i JOIN public_bodies b ON b.id = i.body_id JOIN expense_categories k ON k.id = i.expense_category_id
			JOIN invoices v ON v.id = i.invoice_id LEFT JOIN payments pm ON pm.id = i.payment_id WHERE i.claim_id = c.id)))))
FROM expense_claims c WHERE c.id = $1 AND $2 = ''`,

	// One statement that reads no table: the floor of any request.
	"request-baseline": `
SELECT json_build_object('data', json_build_object('serverVersion', 'floor')) WHERE $1 = $2`,

	// The stored (frozen) report of a submitted claim.
	"claim-pdf": `
SELECT json_build_object('id', d.id, 'filename', d.filename, 'size', d.size_bytes, 'sha256', d.sha256, 'key', d.storage_key)
FROM documents d WHERE d.expense_claim_documents = $1 AND d.kind = 'CLAIM_REPORT' AND d.frozen AND $2 = ''
ORDER BY d.created_at DESC LIMIT 1`,

	// Sign-in: the user and its grants by e-mail (the password is then
	// checked with the same argon2id parameters).
	"sign-in": `
SELECT json_build_object('id', u.id, 'hash', u.password_hash, 'active', u.active, 'grants', (SELECT json_agg(json_build_object(
	'role', r.role, 'aggregation', r.aggregation_id, 'body', r.body_id, 'region', r.region_body_id)) FROM role_assignments r
	WHERE r.user_id = u.id)) FROM users u WHERE u.email = $1 AND $2 = ''`,
}
