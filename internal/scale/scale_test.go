package scale_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/procurementlaw"
	"github.com/capofila/capofila/internal/scale"
	"github.com/capofila/capofila/internal/testdb"
)

// small is 1/500 of the country: 4 aggregations, the first of 64 members.
var small = scale.National().Scaled(0.002)

// generated returns a fresh database filled with cfg, and the result.
func generated(t *testing.T, cfg scale.Config) (*db.DB, *pgx.Conn, *scale.Result) {
	t.Helper()
	d := testdb.Open(t, dialect.Postgres)
	ctx := context.Background()
	res, err := scale.Generate(ctx, testdb.URL(d), cfg, false, nil)
	if err != nil {
		t.Fatalf("generating: %v", err)
	}
	conn, err := pgx.Connect(ctx, testdb.URL(d))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return d, conn, res
}

func queryInt(t *testing.T, conn *pgx.Conn, q string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := conn.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func queryStrings(t *testing.T, conn *pgx.Conn, q string) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return out
}

// digests returns an MD5 of every table's rows (but the migrations'
// bookkeeping, which records when each ran), and the schema's index and
// foreign-key definitions.
func digests(t *testing.T, conn *pgx.Conn) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, table := range queryStrings(t, conn, `SELECT table_name::text FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('goose_db_version', 'river_migration')`) {
		out[table] = queryStrings(t, conn, fmt.Sprintf(`SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM %q t`, table))[0]
	}
	return out
}

func schemaDefinitions(t *testing.T, conn *pgx.Conn) []string {
	t.Helper()
	return queryStrings(t, conn, `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
		WHERE connamespace = current_schema()::regnamespace ORDER BY 1`)
}

func TestGenerate_Deterministic(t *testing.T) {
	_, a, resA := generated(t, small)
	_, b, resB := generated(t, small)
	da, dbs := digests(t, a), digests(t, b)
	for table, h := range da {
		if dbs[table] != h {
			t.Errorf("%s differs between two runs", table)
		}
	}
	if resA.ProjectID != resB.ProjectID || resA.LargeClaimID != resB.LargeClaimID {
		t.Errorf("known entities differ: %+v / %+v", resA, resB)
	}
	t.Run("SchemaRestored", func(t *testing.T) {
		fresh := testdb.Open(t, dialect.Postgres)
		c, err := pgx.Connect(context.Background(), testdb.URL(fresh))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close(context.Background())
		if want, got := schemaDefinitions(t, c), schemaDefinitions(t, a); !slices.Equal(want, got) {
			t.Errorf("indexes and constraints after generation differ from the migrated schema:\n%v\n%v", got, want)
		}
	})
	t.Run("ErrNotEmpty", func(t *testing.T) {
		d := testdb.Open(t, dialect.Postgres)
		if _, err := scale.Generate(context.Background(), testdb.URL(d), small, false, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := scale.Generate(context.Background(), testdb.URL(d), small, false, nil); err == nil {
			t.Error("a second generation into the same database succeeded; want ErrNotEmpty")
		}
		if _, err := scale.Generate(context.Background(), testdb.URL(d), small, true, nil); err != nil {
			t.Errorf("with reset: %v", err)
		}
	})
}

// TestGenerate_Invariants checks the rules of DOMAIN.md and what the hooks
// set, over every generated row.
func TestGenerate_Invariants(t *testing.T) {
	_, conn, res := generated(t, small)
	zero := func(name, q string) {
		t.Helper()
		if n := queryInt(t, conn, q); n != 0 {
			t.Errorf("%s: %d rows break it", name, n)
		}
	}
	t.Run("Counts", func(t *testing.T) {
		for table, want := range map[string]int64{"aggregations": 4, "projects": 4, "procurements": 40, "contracts": 80,
			"invoices": 800, "expense_claims": 120, "calls": 20} {
			if n := queryInt(t, conn, "SELECT count(*) FROM "+table); n != want {
				t.Errorf("%s: %d rows, want %d", table, n, want)
			}
		}
		if n := queryInt(t, conn, "SELECT count(*) FROM public_bodies WHERE kind = 'COMUNE'"); n < 7900 {
			t.Errorf("%d comuni", n)
		}
		if n := queryInt(t, conn, "SELECT count(*) FROM memberships WHERE aggregation_id = $1", res.AggregationID); n != scale.MaxMembers {
			t.Errorf("first aggregation: %d members", n)
		}
		zero("aggregation sizes", fmt.Sprintf(`SELECT count(*) FROM (SELECT aggregation_id FROM memberships GROUP BY 1
			HAVING count(*) NOT BETWEEN %d AND %d) x`, scale.MinMembers, scale.MaxMembers))
		zero("members of one region", `SELECT count(*) FROM (SELECT m.aggregation_id FROM memberships m JOIN public_bodies b ON b.id = m.body_id
			GROUP BY 1 HAVING count(DISTINCT b.region_code) > 1) x`)
	})
	t.Run("Money", func(t *testing.T) {
		zero("Σ cost shares = contract cost", `SELECT count(*) FROM contracts c
			LEFT JOIN (SELECT contract_id, sum(amount_cents) s, min(expense_category_id) k FROM cost_shares GROUP BY 1) cs ON cs.contract_id = c.id
			LEFT JOIN expense_categories k ON k.id = cs.k
			WHERE cs.s IS DISTINCT FROM c.net_cents + CASE WHEN k.vat_eligible THEN c.vat_cents ELSE 0 END`)
		zero("Σ invoice shares = invoice total", `SELECT count(*) FROM invoices i
			LEFT JOIN (SELECT invoice_id, sum(amount_cents) s FROM invoice_shares GROUP BY 1) x ON x.invoice_id = i.id
			WHERE x.s IS DISTINCT FROM i.total_cents OR i.total_cents <> i.taxable_cents + i.vat_cents`)
		zero("invoiced ≤ contract", `SELECT count(*) FROM contracts c JOIN (SELECT contract_id, sum(total_cents) s FROM invoices GROUP BY 1) x
			ON x.contract_id = c.id WHERE x.s > c.net_cents + c.vat_cents`)
		zero("paid ≤ invoice", `SELECT count(*) FROM invoices i JOIN (SELECT invoice_id, sum(amount_cents) s FROM payments GROUP BY 1) x
			ON x.invoice_id = i.id WHERE x.s > i.total_cents`)
		zero("Σ shares' paid = the invoice's payments", `SELECT count(*) FROM invoices i
			JOIN (SELECT invoice_id, sum(paid_cents) s FROM invoice_shares GROUP BY 1) x ON x.invoice_id = i.id
			LEFT JOIN (SELECT invoice_id, sum(amount_cents) s FROM payments GROUP BY 1) y ON y.invoice_id = i.id
			WHERE x.s <> COALESCE(y.s, 0)`)
		zero("Σ allocations = granted = Σ budget", `SELECT count(*) FROM projects p
			LEFT JOIN (SELECT project_id, sum(amount_cents) s FROM allocations GROUP BY 1) a ON a.project_id = p.id
			LEFT JOIN (SELECT application_id, sum(amount_cents) s FROM budget_lines GROUP BY 1) b ON b.application_id = p.application_id
			WHERE a.s IS DISTINCT FROM p.granted_cents OR b.s IS DISTINCT FROM p.granted_cents
			   OR p.eu_cents + p.state_cents + p.region_cents + p.own_cents <> p.granted_cents`)
		zero("member's budget ≤ the call's cap", `SELECT count(*) FROM (SELECT b.application_id, b.body_id, sum(b.amount_cents) s
			FROM budget_lines b GROUP BY 1, 2) x JOIN applications a ON a.id = x.application_id JOIN calls c ON c.id = a.call_id
			WHERE x.s > c.cap_per_member_cents`)
		zero("committed ≤ allocation", `SELECT count(*) FROM (SELECT pc.project_id, cs.body_id, cs.expense_category_id, sum(cs.amount_cents) s
			FROM cost_shares cs JOIN contracts c ON c.id = cs.contract_id JOIN lots l ON l.id = c.lot_id JOIN procurements pc ON pc.id = l.procurement_id
			GROUP BY 1, 2, 3) x LEFT JOIN allocations a ON (a.project_id, a.body_id, a.expense_category_id) = (x.project_id, x.body_id, x.expense_category_id)
			WHERE a.amount_cents IS NULL OR x.s > a.amount_cents`)
		zero("claimed ≤ allocation", `SELECT count(*) FROM (SELECT e.project_id, i.body_id, i.expense_category_id, sum(i.claimed_cents) s
			FROM expense_items i JOIN expense_claims e ON e.id = i.claim_id WHERE e.status <> 'REJECTED' GROUP BY 1, 2, 3) x
			JOIN allocations a ON (a.project_id, a.body_id, a.expense_category_id) = (x.project_id, x.body_id, x.expense_category_id)
			WHERE x.s > a.amount_cents`)
		zero("claimed = the member's paid share of a receipted invoice with the project's CUP", `SELECT count(*) FROM expense_items i
			JOIN invoices v ON v.id = i.invoice_id JOIN projects p ON p.id = v.project_id JOIN payments y ON y.id = i.payment_id
			JOIN invoice_shares s ON s.invoice_id = v.id AND s.body_id = i.body_id
			WHERE v.cup <> p.cup OR y.receipt_date IS NULL OR y.amount_cents <> v.total_cents OR i.claimed_cents <> s.amount_cents`)
		zero("review totals", `SELECT count(*) FROM reviews r JOIN expense_claims e ON e.id = r.claim_id
			JOIN (SELECT claim_id, sum(coalesce(admitted_cents, 0)) a, sum(claimed_cents - coalesce(admitted_cents, claimed_cents)) c,
			             count(*) FILTER (WHERE decision = 'PENDING') p FROM expense_items GROUP BY 1) x ON x.claim_id = e.id
			WHERE (r.completed_at IS NOT NULL AND (r.admitted_cents <> x.a OR r.cut_cents <> x.c OR x.p > 0 OR r.outcome <> e.status
			        OR (e.status = 'ACCEPTED' AND x.c > 0) OR (e.status = 'REJECTED' AND x.a > 0)
			        OR (e.status = 'PARTIALLY_ACCEPTED' AND (x.a = 0 OR x.c = 0))))
			   OR (r.completed_at IS NULL AND (e.status <> 'UNDER_REVIEW' OR r.outcome IS NOT NULL))`)
		zero("reviewed claims have one review", `SELECT count(*) FROM expense_claims e WHERE (e.status IN ('DRAFT', 'SUBMITTED'))
			<> NOT EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = e.id)`)
		zero("submitted claims are dated", `SELECT count(*) FROM expense_claims WHERE (status = 'DRAFT') <> (submitted_at IS NULL)
			OR period_start > period_end`)
	})
	t.Run("InvoiceSplitLikeTheApp", func(t *testing.T) {
		// shareInvoice: the total split by the cost shares ordered by body.
		rows, err := conn.Query(context.Background(), `SELECT i.id, i.total_cents, array_agg(cs.amount_cents ORDER BY cs.body_id),
			array_agg(coalesce(s.amount_cents, 0) ORDER BY cs.body_id) FROM invoices i JOIN cost_shares cs ON cs.contract_id = i.contract_id
			LEFT JOIN invoice_shares s ON s.invoice_id = i.id AND s.body_id = cs.body_id GROUP BY 1, 2`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var total int64
			var weights, got []int64
			if err := rows.Scan(&id, &total, &weights, &got); err != nil {
				t.Fatal(err)
			}
			want, err := money.SplitLargestRemainder(total, weights)
			if err != nil || !slices.Equal(want, got) {
				t.Fatalf("invoice %s: shares %v, want %v (%v)", id, got, want, err)
			}
		}
	})
	t.Run("Tenants", func(t *testing.T) {
		for _, c := range []struct{ child, fk, parent string }{
			{"budget_lines", "application_id", "applications"}, {"projects", "application_id", "applications"},
			{"allocations", "project_id", "projects"}, {"procurements", "project_id", "projects"},
			{"deliverables", "project_id", "projects"}, {"milestones", "project_id", "projects"},
			{"invoices", "project_id", "projects"}, {"expense_claims", "project_id", "projects"},
			{"disbursements", "project_id", "projects"}, {"lots", "procurement_id", "procurements"},
			{"contracts", "lot_id", "lots"}, {"cost_shares", "contract_id", "contracts"},
			{"payments", "invoice_id", "invoices"}, {"invoice_shares", "invoice_id", "invoices"},
			{"reviews", "claim_id", "expense_claims"},
			{"expense_categories", "call_id", "calls"}, {"intervention_lines", "call_id", "calls"},
		} {
			zero(c.child+" → "+c.parent, fmt.Sprintf(`SELECT count(*) FROM %s c LEFT JOIN %s p ON p.id = c.%s WHERE p.id IS NULL
				OR c.tenant_aggregation_id IS DISTINCT FROM p.tenant_aggregation_id OR c.tenant_region_id IS DISTINCT FROM p.tenant_region_id`,
				c.child, c.parent, c.fk))
		}
		// A draft claim's items are not yet in its Region's scope.
		zero("expense_items → expense_claims", `SELECT count(*) FROM expense_items c LEFT JOIN expense_claims p ON p.id = c.claim_id
			WHERE p.id IS NULL OR c.tenant_aggregation_id IS DISTINCT FROM p.tenant_aggregation_id
			OR c.tenant_region_id IS DISTINCT FROM CASE WHEN p.status = 'DRAFT' THEN NULL ELSE p.tenant_region_id END`)
		zero("calls", `SELECT count(*) FROM calls WHERE tenant_region_id IS DISTINCT FROM issuer_id OR tenant_aggregation_id IS NOT NULL`)
		zero("aggregations", `SELECT count(*) FROM aggregations WHERE tenant_aggregation_id IS DISTINCT FROM id OR tenant_region_id IS NOT NULL`)
		zero("memberships, agreements", `SELECT count(*) FROM (SELECT aggregation_id, tenant_aggregation_id, tenant_region_id FROM memberships
			UNION ALL SELECT aggregation_id, tenant_aggregation_id, tenant_region_id FROM agreements) x
			WHERE tenant_aggregation_id IS DISTINCT FROM aggregation_id OR tenant_region_id IS NOT NULL`)
		zero("applications", `SELECT count(*) FROM applications a JOIN calls c ON c.id = a.call_id
			WHERE a.tenant_aggregation_id IS DISTINCT FROM a.aggregation_id OR a.tenant_region_id IS DISTINCT FROM c.tenant_region_id`)
		zero("rows of another aggregation", `SELECT count(*) FROM expense_items i JOIN invoices v ON v.id = i.invoice_id
			JOIN memberships m ON m.aggregation_id = i.tenant_aggregation_id AND m.body_id = i.body_id
			RIGHT JOIN expense_items i2 ON i2.id = i.id WHERE m.id IS NULL OR v.tenant_aggregation_id <> i2.tenant_aggregation_id`)
	})
	t.Run("Identifiers", func(t *testing.T) {
		for _, c := range queryStrings(t, conn, "SELECT cig FROM lots UNION ALL SELECT cig FROM invoices") {
			if err := italy.ValidateCIG(c); err != nil {
				t.Fatalf("CIG %s: %v", c, err)
			}
		}
		for _, v := range queryStrings(t, conn, "SELECT vat_id FROM vendors UNION ALL SELECT supplier_vat_id FROM invoices") {
			if err := italy.ValidatePartitaIVA(v); err != nil {
				t.Fatalf("partita IVA %s: %v", v, err)
			}
		}
		for _, c := range queryStrings(t, conn, "SELECT cup FROM projects UNION ALL SELECT cup FROM invoices") {
			if err := italy.ValidateCUP(c); err != nil {
				t.Fatalf("CUP %s: %v", c, err)
			}
		}
		for _, c := range queryStrings(t, conn, "SELECT cpv FROM procurements") {
			if err := italy.ValidateCPV(c); err != nil {
				t.Fatalf("CPV %s: %v", c, err)
			}
		}
		zero("invoice CIG = its lot's", `SELECT count(*) FROM invoices i JOIN contracts c ON c.id = i.contract_id JOIN lots l ON l.id = c.lot_id
			WHERE i.cig <> l.cig OR i.vendor_id <> c.vendor_id`)
		zero("IDs in the schema's format", `SELECT count(*) FROM (SELECT id FROM public_bodies UNION ALL SELECT id FROM invoices
			UNION ALL SELECT id FROM expense_items) x WHERE id !~ '^[A-Z]{2}[0-9A-HJKMNP-TV-Z]{26}$'`)
	})
	t.Run("ProcedureTypes", func(t *testing.T) {
		rows, err := conn.Query(context.Background(), `SELECT pc.object_type, pc.procedure_type, pc.base_cents, pc.started_on,
			b.anac_qualified, coalesce(pc.framework_reference, ''),
			(SELECT coalesce(max(n), 0) FROM (SELECT count(*) n FROM lot_invited_vendors v JOIN lots l ON l.id = v.lot_id
			 WHERE l.procurement_id = pc.id GROUP BY l.id) x)
			FROM procurements pc JOIN public_bodies b ON b.id = pc.running_body_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var in procurementlaw.Input
			var obj, typ string
			var started civil.Date
			var invited int64
			if err := rows.Scan(&obj, &typ, &in.BaseCents, &started, &in.QualifiedBody, &in.FrameworkReference, &invited); err != nil {
				t.Fatal(err)
			}
			in.Object, in.Procedure, in.StartedOn, in.InvitedCount = procurementlaw.Object(obj), procurementlaw.Procedure(typ), started, int(invited)
			if fs := procurementlaw.Check(in); len(fs) > 0 {
				t.Errorf("%s of %d cents: %s", typ, in.BaseCents, fs[0].Message)
			}
		}
	})
	t.Run("LargeClaims", func(t *testing.T) {
		if res.LargeClaimID == "" {
			t.Fatal("no claim of 500 items reported")
		}
		if n := queryInt(t, conn, `SELECT count(*) FROM expense_items WHERE claim_id = $1`, res.LargeClaimID); n != 500 {
			t.Errorf("claim %s: %d items, want 500", res.LargeClaimID, n)
		}
		if n := queryInt(t, conn, `SELECT count(*) FROM (SELECT claim_id FROM expense_items GROUP BY 1 HAVING count(DISTINCT body_id) = 64) x`); n == 0 {
			t.Error("no claim covers 64 members")
		}
	})
}
