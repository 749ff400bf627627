package loadtest

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Targets are the entities and users the operations run on, found in the
// database so that the same harness measures the demo and the national
// dataset: the project with the most members, one of its members with a
// referent, the claim with the most expense items, the claim with the most
// members, and who may read each.
type Targets struct {
	Project     string `json:"project"`
	Members     int    `json:"members"`
	Lead        string `json:"lead"`
	Member      string `json:"member_body"`
	MemberUser  string `json:"member_user"`
	BigClaim    string `json:"big_claim"`
	BigItems    int    `json:"big_claim_items"`
	Auditor     string `json:"auditor"`
	WideClaim   string `json:"wide_claim"`
	WideProject string `json:"wide_claim_project"`
	WideMembers int    `json:"wide_claim_members"`
	WideLead    string `json:"wide_claim_lead"`
	ReviewQueue int    `json:"auditor_queue"`
	// SignInUsers are the active users with a password (at most 16),
	// whom the sign-in row signs in by turns.
	SignInUsers  []string `json:"sign_in_users"`
	Rows         int64    `json:"rows"`
	InvoicesRows int64    `json:"invoices"`
}

// Discover finds the targets in a PostgreSQL database.
func Discover(ctx context.Context, pool *pgxpool.Pool) (*Targets, error) {
	t := &Targets{}
	steps := []struct {
		what string
		sql  string
		args func() []any
		dest func() []any
	}{
		{"the project with the most members", `
			SELECT p.id, count(*) FROM projects p JOIN memberships m ON m.aggregation_id = p.aggregation_id AND m.left_on IS NULL
			WHERE p.status = 'ACTIVE' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
			func() []any { return nil }, func() []any { return []any{&t.Project, &t.Members} }},
		{"its lead", `
			SELECT u.email FROM role_assignments r JOIN users u ON u.id = r.user_id JOIN projects p ON p.aggregation_id = r.aggregation_id
			WHERE p.id = $1 AND r.role = 'LEAD_MANAGER' AND u.active ORDER BY u.email LIMIT 1`,
			func() []any { return []any{t.Project} }, func() []any { return []any{&t.Lead} }},
		{"a member with a referent", `
			SELECT r.body_id, u.email FROM role_assignments r JOIN users u ON u.id = r.user_id JOIN projects p ON p.aggregation_id = r.aggregation_id
			WHERE p.id = $1 AND r.role = 'MEMBER_REFERENT' AND u.active ORDER BY u.email LIMIT 1`,
			func() []any { return []any{t.Project} }, func() []any { return []any{&t.Member, &t.MemberUser} }},
		{"the claim with the most expense items", `
			SELECT c.id, count(*) FROM expense_claims c JOIN expense_items i ON i.claim_id = c.id
			WHERE c.status <> 'DRAFT' GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
			func() []any { return nil }, func() []any { return []any{&t.BigClaim, &t.BigItems} }},
		{"an auditor of its Region", `
			SELECT u.email FROM role_assignments r JOIN users u ON u.id = r.user_id JOIN expense_claims c ON c.tenant_region_id = r.region_body_id
			WHERE c.id = $1 AND r.role = 'AUDITOR' AND u.active ORDER BY u.email LIMIT 1`,
			func() []any { return []any{t.BigClaim} }, func() []any { return []any{&t.Auditor} }},
		{"the auditor's queue", `
			SELECT count(*) FROM expense_claims c WHERE c.status IN ('SUBMITTED', 'UNDER_REVIEW') AND c.tenant_region_id =
			(SELECT tenant_region_id FROM expense_claims WHERE id = $1)`,
			func() []any { return []any{t.BigClaim} }, func() []any { return []any{&t.ReviewQueue} }},
		{"the claim with the most members", `
			SELECT c.id, c.project_id, count(DISTINCT i.body_id) FROM expense_claims c JOIN expense_items i ON i.claim_id = c.id
			WHERE c.status <> 'DRAFT' GROUP BY c.id ORDER BY count(DISTINCT i.body_id) DESC, count(*), c.id LIMIT 1`,
			func() []any { return nil }, func() []any { return []any{&t.WideClaim, &t.WideProject, &t.WideMembers} }},
		{"its lead", `
			SELECT u.email FROM role_assignments r JOIN users u ON u.id = r.user_id JOIN expense_claims c ON c.tenant_aggregation_id = r.aggregation_id
			WHERE c.id = $1 AND r.role = 'LEAD_MANAGER' AND u.active ORDER BY u.email LIMIT 1`,
			func() []any { return []any{t.WideClaim} }, func() []any { return []any{&t.WideLead} }},
		{"the size of the data", `
			SELECT (SELECT sum(n_live_tup)::bigint FROM pg_stat_user_tables), (SELECT count(*) FROM invoices)`,
			func() []any { return nil }, func() []any { return []any{&t.Rows, &t.InvoicesRows} }},
	}
	for _, s := range steps {
		if err := pool.QueryRow(ctx, s.sql, s.args()...).Scan(s.dest()...); err != nil {
			return nil, fmt.Errorf("finding %s: %w", s.what, err)
		}
	}
	rows, err := pool.Query(ctx, `SELECT email FROM users WHERE active AND password_hash IS NOT NULL AND password_hash <> '' ORDER BY email LIMIT 16`)
	if err != nil {
		return nil, fmt.Errorf("finding the users with a password: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var email string
		if err := rows.Scan(&email); err != nil {
			return nil, err
		}
		t.SignInUsers = append(t.SignInUsers, email)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("finding the users with a password: %w", err)
	}
	if len(t.SignInUsers) == 0 {
		t.SignInUsers = []string{t.Lead}
	}
	return t, nil
}
