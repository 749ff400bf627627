package scale

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// table buffers the rows of one database table until they are copied.
type table struct {
	name string
	cols []string
	rows [][]any
	// Written and Elapsed count what was copied so far.
	written int64
	elapsed time.Duration
}

func newTable(name, cols string) *table {
	return &table{name: name, cols: strings.Fields(cols)}
}

// add buffers a row; values follow the column list.
func (t *table) add(vals ...any) {
	if len(vals) != len(t.cols) {
		panic(fmt.Sprintf("scale: %s takes %d values, got %d", t.name, len(t.cols), len(vals)))
	}
	t.rows = append(t.rows, vals)
}

// copy writes the buffered rows with COPY and empties the buffer.
func (t *table) copy(ctx context.Context, tx pgx.Tx) error {
	if len(t.rows) == 0 {
		return nil
	}
	start := time.Now()
	n, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromRows(t.rows))
	if err != nil {
		return fmt.Errorf("writing %s: %w", t.name, err)
	}
	t.written += n
	t.elapsed += time.Since(start)
	clear(t.rows)
	t.rows = t.rows[:0]
	return nil
}

// Common leading columns.
const (
	entityCols = "id created_at updated_at "
	scopedCols = entityCols + "tenant_aggregation_id tenant_region_id "
)

// tables are every table the generator writes, in an order that respects
// the foreign keys.
type tables struct {
	publicBodies, vendors, users, roleAssignments                              *table
	calls, categories, lines                                                   *table
	aggregations, memberships, agreements                                      *table
	applications, applicationLines, budgetLines, projects, allocations         *table
	disbursements, milestones, deliverables                                    *table
	procurements, beneficiaries, lots, invited, bidders, contracts, costShares *table
	invoices, invoiceShares, payments                                          *table
	claims, items, reviews                                                     *table
	all                                                                        []*table
}

func newTables() *tables {
	ts := &tables{
		publicBodies:     newTable("public_bodies", entityCols+"name kind codice_fiscale codice_ipa istat_code codice_catastale province_code province_name region_code region_name population population_year pec address anac_qualified"),
		vendors:          newTable("vendors", entityCols+"name vat_id codice_fiscale pec address city is_grouping"),
		users:            newTable("users", entityCols+"email display_name password_hash active last_sign_in_at"),
		calls:            newTable("calls", scopedCols+"title reference description fund regime status version total_budget_cents cap_per_member_cents cap_per_project_cents min_project_cents cofinancing_rate_bp min_members max_members eligible_applicant_kinds opens_at closes_at eligible_from eligible_until duration_months cup_deadline_days contract_deadline_months reporting_every_months advance_bp interim_max_bp balance_bp issuer_id required_attachments review_checklist"),
		categories:       newTable("expense_categories", scopedCols+"code name description cap_bp cap_cents vat_eligible position call_id"),
		lines:            newTable("intervention_lines", scopedCols+"code name description position call_id"),
		aggregations:     newTable("aggregations", scopedCols+"name description lead_id"),
		memberships:      newTable("memberships", scopedCols+"role joined_on left_on resolution_number resolution_date resolution_organ aggregation_id body_id"),
		agreements:       newTable("agreements", scopedCols+"kind title purpose signed_on valid_from valid_until financial_rules aggregation_id"),
		roleAssignments:  newTable("role_assignments", entityCols+"role region_body_id aggregation_id body_id granted_by_id user_id"),
		applications:     newTable("applications", scopedCols+"title summary narrative status call_version submitted_at protocol_number decision_reason aggregation_id call_id integration_items"),
		applicationLines: newTable("application_intervention_lines", "application_id intervention_line_id"),
		budgetLines:      newTable("budget_lines", scopedCols+"year amount_cents note application_id body_id intervention_line_id expense_category_id version"),
		projects:         newTable("projects", scopedCols+"title cup decree_number decree_date granted_cents eu_cents state_cents region_cents own_cents status starts_on ends_on aggregation_id application_id call_id"),
		allocations:      newTable("allocations", scopedCols+"amount_cents body_id expense_category_id intervention_line_id project_id"),
		disbursements:    newTable("disbursements", scopedCols+"kind amount_cents status requested_on approved_on paid_on claim_id project_id"),
		milestones:       newTable("milestones", scopedCols+"title kind due_on done_on location notes project_id"),
		deliverables:     newTable("deliverables", scopedCols+"group_key title description due_on status delivered_on progress_note body_id intervention_line_id project_id"),
		procurements:     newTable("procurements", scopedCols+"title object_type procedure_type legal_basis base_cents cpv rup_name rup_codice_fiscale determina_number determina_date started_on status framework_reference needs_plan_reference needs_project_reference separate_estimate_cents threshold_warning_acknowledged running_body_id project_id threshold_warnings"),
		beneficiaries:    newTable("procurement_beneficiaries", "procurement_id public_body_id"),
		lots:             newTable("lots", scopedCols+"number title cig base_cents award_cents awarded_on awarded_vendor_id procurement_id"),
		invited:          newTable("lot_invited_vendors", "lot_id vendor_id"),
		bidders:          newTable("lot_bidders", "lot_id vendor_id"),
		contracts:        newTable("contracts", scopedCols+"reference signed_on net_cents vat_cents starts_on ends_on split_method status lot_id vendor_id version intervention_line_id"),
		costShares:       newTable("cost_shares", scopedCols+"amount_cents contract_id body_id expense_category_id"),
		invoices:         newTable("invoices", scopedCols+"supplier_vat_id supplier_name buyer_codice_fiscale number issued_on document_type cig cup taxable_cents vat_cents total_cents split_payment due_on problems contract_id vendor_id project_id"),
		invoiceShares:    newTable("invoice_shares", scopedCols+"amount_cents paid_cents invoice_id body_id expense_category_id"),
		payments:         newTable("payments", scopedCols+"mandate_number mandate_date amount_cents receipt_date invoice_id"),
		claims:           newTable("expense_claims", scopedCols+"number period_start period_end status narrative submitted_at project_id"),
		items:            newTable("expense_items", scopedCols+"claimed_cents decision admitted_cents cut_reason claim_id invoice_id payment_id body_id expense_category_id intervention_line_id"),
		reviews:          newTable("reviews", scopedCols+"checklist outcome comments completed_at admitted_cents cut_cents claim_id reviewer_id"),
	}
	ts.all = []*table{
		ts.publicBodies, ts.vendors, ts.users,
		ts.calls, ts.categories, ts.lines,
		ts.aggregations, ts.memberships, ts.agreements, ts.roleAssignments,
		ts.applications, ts.applicationLines, ts.budgetLines, ts.projects, ts.allocations,
		ts.milestones, ts.deliverables,
		ts.procurements, ts.beneficiaries, ts.lots, ts.invited, ts.bidders, ts.contracts, ts.costShares,
		ts.invoices, ts.invoiceShares, ts.payments,
		ts.claims, ts.items, ts.reviews, ts.disbursements,
	}
	return ts
}

// copyAll writes every buffered row, parents before children.
func (ts *tables) copyAll(ctx context.Context, tx pgx.Tx) error {
	for _, t := range ts.all {
		if err := t.copy(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

// buffered counts the rows waiting to be copied.
func (ts *tables) buffered() int {
	n := 0
	for _, t := range ts.all {
		n += len(t.rows)
	}
	return n
}

// Null helpers: the generator writes NULL where Ent leaves an optional
// field unset.

func optStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func optDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}
