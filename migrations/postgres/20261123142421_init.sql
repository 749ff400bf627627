-- +goose Up
-- create "api_tokens" table
CREATE TABLE "api_tokens" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "token_hash" character varying NOT NULL, "prefix" character varying NOT NULL, "expires_at" timestamptz NULL, "last_used_at" timestamptz NULL, "revoked_at" timestamptz NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "api_tokens_token_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens" ("token_hash");
-- create "aggregations" table
CREATE TABLE "aggregations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "name" character varying NOT NULL, "description" text NULL, "lead_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "aggregation_lead_id" to table: "aggregations"
CREATE INDEX "aggregation_lead_id" ON "aggregations" ("lead_id");
-- create index "aggregation_name" to table: "aggregations"
CREATE INDEX "aggregation_name" ON "aggregations" ("name");
-- create index "aggregation_tenant_aggregation_id" to table: "aggregations"
CREATE INDEX "aggregation_tenant_aggregation_id" ON "aggregations" ("tenant_aggregation_id");
-- create index "aggregation_tenant_region_id" to table: "aggregations"
CREATE INDEX "aggregation_tenant_region_id" ON "aggregations" ("tenant_region_id");
-- create "agreements" table
CREATE TABLE "agreements" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "kind" character varying NOT NULL, "title" character varying NOT NULL, "purpose" text NULL, "signed_on" date NULL, "valid_from" date NULL, "valid_until" date NULL, "financial_rules" text NULL, "aggregation_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "agreement_tenant_aggregation_id" to table: "agreements"
CREATE INDEX "agreement_tenant_aggregation_id" ON "agreements" ("tenant_aggregation_id");
-- create index "agreement_tenant_region_id" to table: "agreements"
CREATE INDEX "agreement_tenant_region_id" ON "agreements" ("tenant_region_id");
-- create "allocations" table
CREATE TABLE "allocations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "amount_cents" bigint NOT NULL, "body_id" character varying NOT NULL, "expense_category_id" character varying NOT NULL, "intervention_line_id" character varying NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "allocation_project_id_body_id__4ccba09e931281517581ddb70cc3edf9" to table: "allocations"
CREATE UNIQUE INDEX "allocation_project_id_body_id__4ccba09e931281517581ddb70cc3edf9" ON "allocations" ("project_id", "body_id", "expense_category_id", "intervention_line_id");
-- create index "allocation_tenant_aggregation_id" to table: "allocations"
CREATE INDEX "allocation_tenant_aggregation_id" ON "allocations" ("tenant_aggregation_id");
-- create index "allocation_tenant_region_id" to table: "allocations"
CREATE INDEX "allocation_tenant_region_id" ON "allocations" ("tenant_region_id");
-- create "applications" table
CREATE TABLE "applications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "title" character varying NOT NULL, "summary" text NULL, "narrative" jsonb NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "call_version" bigint NOT NULL DEFAULT 1, "submitted_at" timestamptz NULL, "protocol_number" character varying NULL, "decision_reason" text NULL, "aggregation_id" character varying NOT NULL, "call_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "application_aggregation_id_call_id" to table: "applications"
CREATE UNIQUE INDEX "application_aggregation_id_call_id" ON "applications" ("aggregation_id", "call_id");
-- create index "application_call_id_status" to table: "applications"
CREATE INDEX "application_call_id_status" ON "applications" ("call_id", "status");
-- create index "application_tenant_aggregation_id" to table: "applications"
CREATE INDEX "application_tenant_aggregation_id" ON "applications" ("tenant_aggregation_id");
-- create index "application_tenant_region_id" to table: "applications"
CREATE INDEX "application_tenant_region_id" ON "applications" ("tenant_region_id");
-- create "audit_events" table
CREATE TABLE "audit_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "actor_id" character varying NULL, "actor_label" character varying NULL, "entity_type" character varying NOT NULL, "entity_id" character varying NOT NULL, "operation" character varying NOT NULL, "changes" jsonb NULL, "request_id" character varying NULL, "aggregation_id" character varying NULL, "region_body_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "auditevent_aggregation_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_aggregation_id_created_at" ON "audit_events" ("aggregation_id", "created_at");
-- create index "auditevent_entity_id" to table: "audit_events"
CREATE INDEX "auditevent_entity_id" ON "audit_events" ("entity_id");
-- create "budget_lines" table
CREATE TABLE "budget_lines" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "year" bigint NOT NULL DEFAULT 0, "amount_cents" bigint NOT NULL, "note" character varying NULL, "application_id" character varying NOT NULL, "body_id" character varying NOT NULL, "intervention_line_id" character varying NOT NULL, "expense_category_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "budgetline_application_id_body_051b68a93de0b1b193a212edf601f138" to table: "budget_lines"
CREATE UNIQUE INDEX "budgetline_application_id_body_051b68a93de0b1b193a212edf601f138" ON "budget_lines" ("application_id", "body_id", "intervention_line_id", "expense_category_id", "year");
-- create index "budgetline_tenant_aggregation_id" to table: "budget_lines"
CREATE INDEX "budgetline_tenant_aggregation_id" ON "budget_lines" ("tenant_aggregation_id");
-- create index "budgetline_tenant_region_id" to table: "budget_lines"
CREATE INDEX "budgetline_tenant_region_id" ON "budget_lines" ("tenant_region_id");
-- create "calls" table
CREATE TABLE "calls" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "title" character varying NOT NULL, "reference" character varying NULL, "description" text NULL, "fund" character varying NOT NULL, "regime" character varying NOT NULL DEFAULT 'COST_BASED', "status" character varying NOT NULL DEFAULT 'DRAFT', "version" bigint NOT NULL DEFAULT 1, "total_budget_cents" bigint NOT NULL, "cap_per_member_cents" bigint NULL, "cap_per_project_cents" bigint NULL, "min_project_cents" bigint NULL, "cofinancing_rate_bp" bigint NOT NULL DEFAULT 10000, "min_members" bigint NULL, "max_members" bigint NULL, "eligible_applicant_kinds" jsonb NULL, "opens_at" timestamptz NULL, "closes_at" timestamptz NULL, "eligible_from" date NULL, "eligible_until" date NULL, "duration_months" bigint NULL, "cup_deadline_days" bigint NULL, "contract_deadline_months" bigint NULL, "reporting_every_months" bigint NULL, "advance_bp" bigint NOT NULL DEFAULT 0, "interim_max_bp" bigint NOT NULL DEFAULT 0, "balance_bp" bigint NOT NULL DEFAULT 0, "issuer_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "call_closes_at" to table: "calls"
CREATE INDEX "call_closes_at" ON "calls" ("closes_at");
-- create index "call_issuer_id_status" to table: "calls"
CREATE INDEX "call_issuer_id_status" ON "calls" ("issuer_id", "status");
-- create index "call_tenant_aggregation_id" to table: "calls"
CREATE INDEX "call_tenant_aggregation_id" ON "calls" ("tenant_aggregation_id");
-- create index "call_tenant_region_id" to table: "calls"
CREATE INDEX "call_tenant_region_id" ON "calls" ("tenant_region_id");
-- create "contracts" table
CREATE TABLE "contracts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "reference" character varying NULL, "signed_on" date NULL, "net_cents" bigint NOT NULL, "vat_cents" bigint NOT NULL DEFAULT 0, "starts_on" date NULL, "ends_on" date NULL, "split_method" character varying NOT NULL DEFAULT 'CUSTOM', "status" character varying NOT NULL DEFAULT 'ACTIVE', "lot_id" character varying NOT NULL, "vendor_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "contract_tenant_aggregation_id" to table: "contracts"
CREATE INDEX "contract_tenant_aggregation_id" ON "contracts" ("tenant_aggregation_id");
-- create index "contract_tenant_region_id" to table: "contracts"
CREATE INDEX "contract_tenant_region_id" ON "contracts" ("tenant_region_id");
-- create "cost_shares" table
CREATE TABLE "cost_shares" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "amount_cents" bigint NOT NULL, "contract_id" character varying NOT NULL, "body_id" character varying NOT NULL, "expense_category_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "costshare_body_id" to table: "cost_shares"
CREATE INDEX "costshare_body_id" ON "cost_shares" ("body_id");
-- create index "costshare_contract_id_body_id" to table: "cost_shares"
CREATE UNIQUE INDEX "costshare_contract_id_body_id" ON "cost_shares" ("contract_id", "body_id");
-- create index "costshare_tenant_aggregation_id" to table: "cost_shares"
CREATE INDEX "costshare_tenant_aggregation_id" ON "cost_shares" ("tenant_aggregation_id");
-- create index "costshare_tenant_region_id" to table: "cost_shares"
CREATE INDEX "costshare_tenant_region_id" ON "cost_shares" ("tenant_region_id");
-- create "deliverables" table
CREATE TABLE "deliverables" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "group_key" character varying NULL, "title" character varying NOT NULL, "description" text NULL, "due_on" date NULL, "status" character varying NOT NULL DEFAULT 'PLANNED', "delivered_on" date NULL, "progress_note" text NULL, "body_id" character varying NOT NULL, "intervention_line_id" character varying NOT NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "deliverable_due_on_status" to table: "deliverables"
CREATE INDEX "deliverable_due_on_status" ON "deliverables" ("due_on", "status");
-- create index "deliverable_project_id_body_id" to table: "deliverables"
CREATE INDEX "deliverable_project_id_body_id" ON "deliverables" ("project_id", "body_id");
-- create index "deliverable_tenant_aggregation_id" to table: "deliverables"
CREATE INDEX "deliverable_tenant_aggregation_id" ON "deliverables" ("tenant_aggregation_id");
-- create index "deliverable_tenant_region_id" to table: "deliverables"
CREATE INDEX "deliverable_tenant_region_id" ON "deliverables" ("tenant_region_id");
-- create "disbursements" table
CREATE TABLE "disbursements" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "kind" character varying NOT NULL, "amount_cents" bigint NOT NULL, "status" character varying NOT NULL DEFAULT 'REQUESTED', "requested_on" date NULL, "approved_on" date NULL, "paid_on" date NULL, "claim_id" character varying NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "disbursement_tenant_aggregation_id" to table: "disbursements"
CREATE INDEX "disbursement_tenant_aggregation_id" ON "disbursements" ("tenant_aggregation_id");
-- create index "disbursement_tenant_region_id" to table: "disbursements"
CREATE INDEX "disbursement_tenant_region_id" ON "disbursements" ("tenant_region_id");
-- create "documents" table
CREATE TABLE "documents" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "kind" character varying NOT NULL DEFAULT 'OTHER', "filename" character varying NOT NULL, "mime_type" character varying NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character varying NOT NULL, "storage_key" character varying NOT NULL, "signature_kind" character varying NOT NULL DEFAULT 'NONE', "frozen" boolean NOT NULL DEFAULT false, "agreement_documents" character varying NULL, "application_documents" character varying NULL, "contract_documents" character varying NULL, "deliverable_documents" character varying NULL, "aggregation_id" character varying NULL, "body_id" character varying NULL, "uploaded_by_id" character varying NULL, "expense_claim_documents" character varying NULL, "invoice_documents" character varying NULL, PRIMARY KEY ("id"));
-- create index "document_aggregation_id" to table: "documents"
CREATE INDEX "document_aggregation_id" ON "documents" ("aggregation_id");
-- create index "document_sha256" to table: "documents"
CREATE INDEX "document_sha256" ON "documents" ("sha256");
-- create index "document_tenant_aggregation_id" to table: "documents"
CREATE INDEX "document_tenant_aggregation_id" ON "documents" ("tenant_aggregation_id");
-- create index "document_tenant_region_id" to table: "documents"
CREATE INDEX "document_tenant_region_id" ON "documents" ("tenant_region_id");
-- create "expense_categories" table
CREATE TABLE "expense_categories" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "description" text NULL, "cap_bp" bigint NULL, "cap_cents" bigint NULL, "vat_eligible" boolean NOT NULL DEFAULT true, "position" bigint NOT NULL DEFAULT 0, "call_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "expensecategory_call_id_code" to table: "expense_categories"
CREATE UNIQUE INDEX "expensecategory_call_id_code" ON "expense_categories" ("call_id", "code");
-- create index "expensecategory_tenant_aggregation_id" to table: "expense_categories"
CREATE INDEX "expensecategory_tenant_aggregation_id" ON "expense_categories" ("tenant_aggregation_id");
-- create index "expensecategory_tenant_region_id" to table: "expense_categories"
CREATE INDEX "expensecategory_tenant_region_id" ON "expense_categories" ("tenant_region_id");
-- create "expense_claims" table
CREATE TABLE "expense_claims" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "number" bigint NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "narrative" text NULL, "submitted_at" timestamptz NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "expenseclaim_project_id_number" to table: "expense_claims"
CREATE UNIQUE INDEX "expenseclaim_project_id_number" ON "expense_claims" ("project_id", "number");
-- create index "expenseclaim_status" to table: "expense_claims"
CREATE INDEX "expenseclaim_status" ON "expense_claims" ("status");
-- create index "expenseclaim_tenant_aggregation_id" to table: "expense_claims"
CREATE INDEX "expenseclaim_tenant_aggregation_id" ON "expense_claims" ("tenant_aggregation_id");
-- create index "expenseclaim_tenant_region_id" to table: "expense_claims"
CREATE INDEX "expenseclaim_tenant_region_id" ON "expense_claims" ("tenant_region_id");
-- create "expense_items" table
CREATE TABLE "expense_items" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "claimed_cents" bigint NOT NULL, "decision" character varying NOT NULL DEFAULT 'PENDING', "admitted_cents" bigint NULL, "cut_reason" character varying NULL, "claim_id" character varying NOT NULL, "invoice_id" character varying NOT NULL, "payment_id" character varying NULL, "body_id" character varying NOT NULL, "expense_category_id" character varying NOT NULL, "intervention_line_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "expenseitem_body_id_expense_category_id" to table: "expense_items"
CREATE INDEX "expenseitem_body_id_expense_category_id" ON "expense_items" ("body_id", "expense_category_id");
-- create index "expenseitem_claim_id" to table: "expense_items"
CREATE INDEX "expenseitem_claim_id" ON "expense_items" ("claim_id");
-- create index "expenseitem_invoice_id" to table: "expense_items"
CREATE INDEX "expenseitem_invoice_id" ON "expense_items" ("invoice_id");
-- create index "expenseitem_tenant_aggregation_id" to table: "expense_items"
CREATE INDEX "expenseitem_tenant_aggregation_id" ON "expense_items" ("tenant_aggregation_id");
-- create index "expenseitem_tenant_region_id" to table: "expense_items"
CREATE INDEX "expenseitem_tenant_region_id" ON "expense_items" ("tenant_region_id");
-- create "grouping_members" table
CREATE TABLE "grouping_members" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "role" character varying NOT NULL, "share_bp" bigint NULL, "member_id" character varying NOT NULL, "grouping_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "groupingmember_grouping_id_member_id" to table: "grouping_members"
CREATE UNIQUE INDEX "groupingmember_grouping_id_member_id" ON "grouping_members" ("grouping_id", "member_id");
-- create "intervention_lines" table
CREATE TABLE "intervention_lines" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "description" text NULL, "position" bigint NOT NULL DEFAULT 0, "application_intervention_lines" character varying NULL, "call_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "interventionline_call_id_code" to table: "intervention_lines"
CREATE UNIQUE INDEX "interventionline_call_id_code" ON "intervention_lines" ("call_id", "code");
-- create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
CREATE INDEX "interventionline_tenant_aggregation_id" ON "intervention_lines" ("tenant_aggregation_id");
-- create index "interventionline_tenant_region_id" to table: "intervention_lines"
CREATE INDEX "interventionline_tenant_region_id" ON "intervention_lines" ("tenant_region_id");
-- create "invoices" table
CREATE TABLE "invoices" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "supplier_vat_id" character varying NOT NULL, "supplier_name" character varying NULL, "buyer_codice_fiscale" character varying NULL, "number" character varying NOT NULL, "issued_on" date NOT NULL, "document_type" character varying NOT NULL DEFAULT 'TD01', "cig" character varying NULL, "cup" character varying NULL, "taxable_cents" bigint NOT NULL, "vat_cents" bigint NOT NULL DEFAULT 0, "total_cents" bigint NOT NULL, "split_payment" boolean NOT NULL DEFAULT false, "due_on" date NULL, "problems" jsonb NULL, "contract_id" character varying NULL, "vendor_id" character varying NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "invoice_contract_id" to table: "invoices"
CREATE INDEX "invoice_contract_id" ON "invoices" ("contract_id");
-- create index "invoice_project_id_issued_on" to table: "invoices"
CREATE INDEX "invoice_project_id_issued_on" ON "invoices" ("project_id", "issued_on");
-- create index "invoice_supplier_vat_id_number_issued_on" to table: "invoices"
CREATE UNIQUE INDEX "invoice_supplier_vat_id_number_issued_on" ON "invoices" ("supplier_vat_id", "number", "issued_on");
-- create index "invoice_tenant_aggregation_id" to table: "invoices"
CREATE INDEX "invoice_tenant_aggregation_id" ON "invoices" ("tenant_aggregation_id");
-- create index "invoice_tenant_region_id" to table: "invoices"
CREATE INDEX "invoice_tenant_region_id" ON "invoices" ("tenant_region_id");
-- create "lots" table
CREATE TABLE "lots" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "number" bigint NOT NULL DEFAULT 1, "title" character varying NOT NULL, "cig" character varying NOT NULL, "base_cents" bigint NOT NULL, "award_cents" bigint NULL, "awarded_on" date NULL, "awarded_vendor_id" character varying NULL, "procurement_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "lot_procurement_id_number" to table: "lots"
CREATE UNIQUE INDEX "lot_procurement_id_number" ON "lots" ("procurement_id", "number");
-- create index "lot_tenant_aggregation_id" to table: "lots"
CREATE INDEX "lot_tenant_aggregation_id" ON "lots" ("tenant_aggregation_id");
-- create index "lot_tenant_region_id" to table: "lots"
CREATE INDEX "lot_tenant_region_id" ON "lots" ("tenant_region_id");
-- create index "lots_cig_key" to table: "lots"
CREATE UNIQUE INDEX "lots_cig_key" ON "lots" ("cig");
-- create "memberships" table
CREATE TABLE "memberships" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "role" character varying NOT NULL DEFAULT 'MEMBER', "joined_on" date NULL, "left_on" date NULL, "resolution_number" character varying NULL, "resolution_date" date NULL, "resolution_organ" character varying NULL, "aggregation_id" character varying NOT NULL, "body_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "membership_aggregation_id_body_id" to table: "memberships"
CREATE UNIQUE INDEX "membership_aggregation_id_body_id" ON "memberships" ("aggregation_id", "body_id");
-- create index "membership_body_id" to table: "memberships"
CREATE INDEX "membership_body_id" ON "memberships" ("body_id");
-- create index "membership_tenant_aggregation_id" to table: "memberships"
CREATE INDEX "membership_tenant_aggregation_id" ON "memberships" ("tenant_aggregation_id");
-- create index "membership_tenant_region_id" to table: "memberships"
CREATE INDEX "membership_tenant_region_id" ON "memberships" ("tenant_region_id");
-- create "milestones" table
CREATE TABLE "milestones" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "title" character varying NOT NULL, "kind" character varying NOT NULL DEFAULT 'DEADLINE', "due_on" date NOT NULL, "done_on" date NULL, "location" character varying NULL, "notes" text NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "milestone_project_id_due_on" to table: "milestones"
CREATE INDEX "milestone_project_id_due_on" ON "milestones" ("project_id", "due_on");
-- create index "milestone_tenant_aggregation_id" to table: "milestones"
CREATE INDEX "milestone_tenant_aggregation_id" ON "milestones" ("tenant_aggregation_id");
-- create index "milestone_tenant_region_id" to table: "milestones"
CREATE INDEX "milestone_tenant_region_id" ON "milestones" ("tenant_region_id");
-- create "payments" table
CREATE TABLE "payments" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "mandate_number" character varying NOT NULL, "mandate_date" date NOT NULL, "amount_cents" bigint NOT NULL, "receipt_date" date NULL, "invoice_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "payment_invoice_id" to table: "payments"
CREATE INDEX "payment_invoice_id" ON "payments" ("invoice_id");
-- create index "payment_tenant_aggregation_id" to table: "payments"
CREATE INDEX "payment_tenant_aggregation_id" ON "payments" ("tenant_aggregation_id");
-- create index "payment_tenant_region_id" to table: "payments"
CREATE INDEX "payment_tenant_region_id" ON "payments" ("tenant_region_id");
-- create "procurements" table
CREATE TABLE "procurements" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "title" character varying NOT NULL, "object_type" character varying NOT NULL, "procedure_type" character varying NOT NULL, "legal_basis" character varying NULL, "base_cents" bigint NOT NULL, "cpv" character varying NULL, "rup_name" character varying NULL, "rup_codice_fiscale" character varying NULL, "determina_number" character varying NULL, "determina_date" date NULL, "started_on" date NULL, "status" character varying NOT NULL DEFAULT 'PLANNED', "framework_reference" character varying NULL, "needs_plan_reference" character varying NULL, "needs_project_reference" character varying NULL, "separate_estimate_cents" bigint NULL, "threshold_warning_acknowledged" boolean NOT NULL DEFAULT false, "running_body_id" character varying NOT NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "procurement_project_id_status" to table: "procurements"
CREATE INDEX "procurement_project_id_status" ON "procurements" ("project_id", "status");
-- create index "procurement_tenant_aggregation_id" to table: "procurements"
CREATE INDEX "procurement_tenant_aggregation_id" ON "procurements" ("tenant_aggregation_id");
-- create index "procurement_tenant_region_id" to table: "procurements"
CREATE INDEX "procurement_tenant_region_id" ON "procurements" ("tenant_region_id");
-- create "projects" table
CREATE TABLE "projects" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "title" character varying NOT NULL, "cup" character varying NOT NULL, "decree_number" character varying NOT NULL, "decree_date" date NOT NULL, "granted_cents" bigint NOT NULL, "eu_cents" bigint NOT NULL DEFAULT 0, "state_cents" bigint NOT NULL DEFAULT 0, "region_cents" bigint NOT NULL DEFAULT 0, "own_cents" bigint NOT NULL DEFAULT 0, "status" character varying NOT NULL DEFAULT 'ACTIVE', "starts_on" date NULL, "ends_on" date NULL, "aggregation_id" character varying NOT NULL, "application_id" character varying NOT NULL, "call_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "project_aggregation_id" to table: "projects"
CREATE INDEX "project_aggregation_id" ON "projects" ("aggregation_id");
-- create index "project_call_id" to table: "projects"
CREATE INDEX "project_call_id" ON "projects" ("call_id");
-- create index "project_tenant_aggregation_id" to table: "projects"
CREATE INDEX "project_tenant_aggregation_id" ON "projects" ("tenant_aggregation_id");
-- create index "project_tenant_region_id" to table: "projects"
CREATE INDEX "project_tenant_region_id" ON "projects" ("tenant_region_id");
-- create index "projects_application_id_key" to table: "projects"
CREATE UNIQUE INDEX "projects_application_id_key" ON "projects" ("application_id");
-- create index "projects_cup_key" to table: "projects"
CREATE UNIQUE INDEX "projects_cup_key" ON "projects" ("cup");
-- create "public_bodies" table
CREATE TABLE "public_bodies" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, "codice_fiscale" character varying NULL, "codice_ipa" character varying NULL, "istat_code" character varying NULL, "codice_catastale" character varying NULL, "province_code" character varying NULL, "province_name" character varying NULL, "region_code" character varying NULL, "region_name" character varying NULL, "population" bigint NULL, "population_year" bigint NULL, "pec" character varying NULL, "address" character varying NULL, "procurement_beneficiaries" character varying NULL, PRIMARY KEY ("id"));
-- create index "public_bodies_codice_catastale_key" to table: "public_bodies"
CREATE UNIQUE INDEX "public_bodies_codice_catastale_key" ON "public_bodies" ("codice_catastale");
-- create index "public_bodies_codice_fiscale_key" to table: "public_bodies"
CREATE UNIQUE INDEX "public_bodies_codice_fiscale_key" ON "public_bodies" ("codice_fiscale");
-- create index "public_bodies_codice_ipa_key" to table: "public_bodies"
CREATE UNIQUE INDEX "public_bodies_codice_ipa_key" ON "public_bodies" ("codice_ipa");
-- create index "public_bodies_istat_code_key" to table: "public_bodies"
CREATE UNIQUE INDEX "public_bodies_istat_code_key" ON "public_bodies" ("istat_code");
-- create index "publicbody_kind_region_code" to table: "public_bodies"
CREATE INDEX "publicbody_kind_region_code" ON "public_bodies" ("kind", "region_code");
-- create index "publicbody_name" to table: "public_bodies"
CREATE INDEX "publicbody_name" ON "public_bodies" ("name");
-- create index "publicbody_province_code_name" to table: "public_bodies"
CREATE INDEX "publicbody_province_code_name" ON "public_bodies" ("province_code", "name");
-- create "reviews" table
CREATE TABLE "reviews" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "checklist" jsonb NULL, "outcome" character varying NULL, "comments" text NULL, "completed_at" timestamptz NULL, "admitted_cents" bigint NOT NULL DEFAULT 0, "cut_cents" bigint NOT NULL DEFAULT 0, "claim_id" character varying NOT NULL, "reviewer_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "review_tenant_aggregation_id" to table: "reviews"
CREATE INDEX "review_tenant_aggregation_id" ON "reviews" ("tenant_aggregation_id");
-- create index "review_tenant_region_id" to table: "reviews"
CREATE INDEX "review_tenant_region_id" ON "reviews" ("tenant_region_id");
-- create "role_assignments" table
CREATE TABLE "role_assignments" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "role" character varying NOT NULL, "region_body_id" character varying NULL, "aggregation_id" character varying NULL, "body_id" character varying NULL, "granted_by_id" character varying NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "roleassignment_user_id" to table: "role_assignments"
CREATE INDEX "roleassignment_user_id" ON "role_assignments" ("user_id");
-- create "sessions" table
CREATE TABLE "sessions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "token_hash" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "last_seen_at" timestamptz NULL, "ip" character varying NULL, "user_agent" character varying NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "session_user_id" to table: "sessions"
CREATE INDEX "session_user_id" ON "sessions" ("user_id");
-- create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash");
-- create "sign_in_attempts" table
CREATE TABLE "sign_in_attempts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "ip" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "signinattempt_email_created_at" to table: "sign_in_attempts"
CREATE INDEX "signinattempt_email_created_at" ON "sign_in_attempts" ("email", "created_at");
-- create index "signinattempt_ip_created_at" to table: "sign_in_attempts"
CREATE INDEX "signinattempt_ip_created_at" ON "sign_in_attempts" ("ip", "created_at");
-- create "users" table
CREATE TABLE "users" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "display_name" character varying NOT NULL, "password_hash" character varying NULL, "active" boolean NOT NULL DEFAULT true, "last_sign_in_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX "users_email_key" ON "users" ("email");
-- create "vendors" table
CREATE TABLE "vendors" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "vat_id" character varying NULL, "codice_fiscale" character varying NULL, "pec" character varying NULL, "address" character varying NULL, "city" character varying NULL, "is_grouping" boolean NOT NULL DEFAULT false, "lot_invited_vendors" character varying NULL, "lot_bidders" character varying NULL, PRIMARY KEY ("id"));
-- create index "vendor_name" to table: "vendors"
CREATE INDEX "vendor_name" ON "vendors" ("name");
-- create index "vendors_vat_id_key" to table: "vendors"
CREATE UNIQUE INDEX "vendors_vat_id_key" ON "vendors" ("vat_id");
-- modify "api_tokens" table
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_users_api_tokens" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "aggregations" table
ALTER TABLE "aggregations" ADD CONSTRAINT "aggregations_public_bodies_led_aggregations" FOREIGN KEY ("lead_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "agreements" table
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_aggregations_agreements" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "allocations" table
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "allocations_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "allocations_projects_allocations" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "allocations_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "applications" table
ALTER TABLE "applications" ADD CONSTRAINT "applications_aggregations_applications" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "applications_calls_applications" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "budget_lines" table
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_applications_budget_lines" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "budget_lines_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "budget_lines_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "budget_lines_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "calls" table
ALTER TABLE "calls" ADD CONSTRAINT "calls_public_bodies_issued_calls" FOREIGN KEY ("issuer_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "contracts" table
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_lots_contracts" FOREIGN KEY ("lot_id") REFERENCES "lots" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "contracts_vendors_contracts" FOREIGN KEY ("vendor_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "cost_shares" table
ALTER TABLE "cost_shares" ADD CONSTRAINT "cost_shares_contracts_cost_shares" FOREIGN KEY ("contract_id") REFERENCES "contracts" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "cost_shares_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "cost_shares_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "deliverables" table
ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deliverables_projects_deliverables" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deliverables_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "disbursements" table
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_expense_claims_claim" FOREIGN KEY ("claim_id") REFERENCES "expense_claims" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "disbursements_projects_disbursements" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "documents" table
ALTER TABLE "documents" ADD CONSTRAINT "documents_aggregations_aggregation" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_agreements_documents" FOREIGN KEY ("agreement_documents") REFERENCES "agreements" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_applications_documents" FOREIGN KEY ("application_documents") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_contracts_documents" FOREIGN KEY ("contract_documents") REFERENCES "contracts" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_deliverables_documents" FOREIGN KEY ("deliverable_documents") REFERENCES "deliverables" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_expense_claims_documents" FOREIGN KEY ("expense_claim_documents") REFERENCES "expense_claims" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_invoices_documents" FOREIGN KEY ("invoice_documents") REFERENCES "invoices" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "documents_users_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "expense_categories" table
ALTER TABLE "expense_categories" ADD CONSTRAINT "expense_categories_calls_expense_categories" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "expense_claims" table
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_projects_expense_claims" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "expense_items" table
ALTER TABLE "expense_items" ADD CONSTRAINT "expense_items_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "expense_items_expense_claims_items" FOREIGN KEY ("claim_id") REFERENCES "expense_claims" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "expense_items_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "expense_items_invoices_invoice" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "expense_items_payments_payment" FOREIGN KEY ("payment_id") REFERENCES "payments" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "expense_items_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "grouping_members" table
ALTER TABLE "grouping_members" ADD CONSTRAINT "grouping_members_vendors_grouping_members" FOREIGN KEY ("grouping_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "grouping_members_vendors_member" FOREIGN KEY ("member_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "intervention_lines" table
ALTER TABLE "intervention_lines" ADD CONSTRAINT "intervention_lines_applications_intervention_lines" FOREIGN KEY ("application_intervention_lines") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "intervention_lines_calls_intervention_lines" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "invoices" table
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_contracts_invoices" FOREIGN KEY ("contract_id") REFERENCES "contracts" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "invoices_projects_invoices" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "invoices_vendors_vendor" FOREIGN KEY ("vendor_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "lots" table
ALTER TABLE "lots" ADD CONSTRAINT "lots_procurements_lots" FOREIGN KEY ("procurement_id") REFERENCES "procurements" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "lots_vendors_awarded_vendor" FOREIGN KEY ("awarded_vendor_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "memberships" table
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_aggregations_memberships" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "memberships_public_bodies_memberships" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "milestones" table
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_projects_milestones" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "payments" table
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoices_payments" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "procurements" table
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_projects_procurements" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "procurements_public_bodies_running_body" FOREIGN KEY ("running_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "projects" table
ALTER TABLE "projects" ADD CONSTRAINT "projects_aggregations_projects" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "projects_applications_project" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "projects_calls_call" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "public_bodies" table
ALTER TABLE "public_bodies" ADD CONSTRAINT "public_bodies_procurements_beneficiaries" FOREIGN KEY ("procurement_beneficiaries") REFERENCES "procurements" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "reviews" table
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_expense_claims_reviews" FOREIGN KEY ("claim_id") REFERENCES "expense_claims" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "reviews_users_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "role_assignments" table
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_aggregations_aggregation" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "role_assignments_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "role_assignments_public_bodies_region_body" FOREIGN KEY ("region_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "role_assignments_users_granted_by" FOREIGN KEY ("granted_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "role_assignments_users_role_assignments" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "sessions" table
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_users_sessions" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "vendors" table
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_lots_bidders" FOREIGN KEY ("lot_bidders") REFERENCES "lots" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "vendors_lots_invited_vendors" FOREIGN KEY ("lot_invited_vendors") REFERENCES "lots" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;

-- +goose Down
-- reverse: modify "vendors" table
ALTER TABLE "vendors" DROP CONSTRAINT "vendors_lots_invited_vendors", DROP CONSTRAINT "vendors_lots_bidders";
-- reverse: modify "sessions" table
ALTER TABLE "sessions" DROP CONSTRAINT "sessions_users_sessions";
-- reverse: modify "role_assignments" table
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_users_role_assignments", DROP CONSTRAINT "role_assignments_users_granted_by", DROP CONSTRAINT "role_assignments_public_bodies_region_body", DROP CONSTRAINT "role_assignments_public_bodies_body", DROP CONSTRAINT "role_assignments_aggregations_aggregation";
-- reverse: modify "reviews" table
ALTER TABLE "reviews" DROP CONSTRAINT "reviews_users_reviewer", DROP CONSTRAINT "reviews_expense_claims_reviews";
-- reverse: modify "public_bodies" table
ALTER TABLE "public_bodies" DROP CONSTRAINT "public_bodies_procurements_beneficiaries";
-- reverse: modify "projects" table
ALTER TABLE "projects" DROP CONSTRAINT "projects_calls_call", DROP CONSTRAINT "projects_applications_project", DROP CONSTRAINT "projects_aggregations_projects";
-- reverse: modify "procurements" table
ALTER TABLE "procurements" DROP CONSTRAINT "procurements_public_bodies_running_body", DROP CONSTRAINT "procurements_projects_procurements";
-- reverse: modify "payments" table
ALTER TABLE "payments" DROP CONSTRAINT "payments_invoices_payments";
-- reverse: modify "milestones" table
ALTER TABLE "milestones" DROP CONSTRAINT "milestones_projects_milestones";
-- reverse: modify "memberships" table
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_public_bodies_memberships", DROP CONSTRAINT "memberships_aggregations_memberships";
-- reverse: modify "lots" table
ALTER TABLE "lots" DROP CONSTRAINT "lots_vendors_awarded_vendor", DROP CONSTRAINT "lots_procurements_lots";
-- reverse: modify "invoices" table
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_vendors_vendor", DROP CONSTRAINT "invoices_projects_invoices", DROP CONSTRAINT "invoices_contracts_invoices";
-- reverse: modify "intervention_lines" table
ALTER TABLE "intervention_lines" DROP CONSTRAINT "intervention_lines_calls_intervention_lines", DROP CONSTRAINT "intervention_lines_applications_intervention_lines";
-- reverse: modify "grouping_members" table
ALTER TABLE "grouping_members" DROP CONSTRAINT "grouping_members_vendors_member", DROP CONSTRAINT "grouping_members_vendors_grouping_members";
-- reverse: modify "expense_items" table
ALTER TABLE "expense_items" DROP CONSTRAINT "expense_items_public_bodies_body", DROP CONSTRAINT "expense_items_payments_payment", DROP CONSTRAINT "expense_items_invoices_invoice", DROP CONSTRAINT "expense_items_intervention_lines_intervention_line", DROP CONSTRAINT "expense_items_expense_claims_items", DROP CONSTRAINT "expense_items_expense_categories_expense_category";
-- reverse: modify "expense_claims" table
ALTER TABLE "expense_claims" DROP CONSTRAINT "expense_claims_projects_expense_claims";
-- reverse: modify "expense_categories" table
ALTER TABLE "expense_categories" DROP CONSTRAINT "expense_categories_calls_expense_categories";
-- reverse: modify "documents" table
ALTER TABLE "documents" DROP CONSTRAINT "documents_users_uploaded_by", DROP CONSTRAINT "documents_public_bodies_body", DROP CONSTRAINT "documents_invoices_documents", DROP CONSTRAINT "documents_expense_claims_documents", DROP CONSTRAINT "documents_deliverables_documents", DROP CONSTRAINT "documents_contracts_documents", DROP CONSTRAINT "documents_applications_documents", DROP CONSTRAINT "documents_agreements_documents", DROP CONSTRAINT "documents_aggregations_aggregation";
-- reverse: modify "disbursements" table
ALTER TABLE "disbursements" DROP CONSTRAINT "disbursements_projects_disbursements", DROP CONSTRAINT "disbursements_expense_claims_claim";
-- reverse: modify "deliverables" table
ALTER TABLE "deliverables" DROP CONSTRAINT "deliverables_public_bodies_body", DROP CONSTRAINT "deliverables_projects_deliverables", DROP CONSTRAINT "deliverables_intervention_lines_intervention_line";
-- reverse: modify "cost_shares" table
ALTER TABLE "cost_shares" DROP CONSTRAINT "cost_shares_public_bodies_body", DROP CONSTRAINT "cost_shares_expense_categories_expense_category", DROP CONSTRAINT "cost_shares_contracts_cost_shares";
-- reverse: modify "contracts" table
ALTER TABLE "contracts" DROP CONSTRAINT "contracts_vendors_contracts", DROP CONSTRAINT "contracts_lots_contracts";
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP CONSTRAINT "calls_public_bodies_issued_calls";
-- reverse: modify "budget_lines" table
ALTER TABLE "budget_lines" DROP CONSTRAINT "budget_lines_public_bodies_body", DROP CONSTRAINT "budget_lines_intervention_lines_intervention_line", DROP CONSTRAINT "budget_lines_expense_categories_expense_category", DROP CONSTRAINT "budget_lines_applications_budget_lines";
-- reverse: modify "applications" table
ALTER TABLE "applications" DROP CONSTRAINT "applications_calls_applications", DROP CONSTRAINT "applications_aggregations_applications";
-- reverse: modify "allocations" table
ALTER TABLE "allocations" DROP CONSTRAINT "allocations_public_bodies_body", DROP CONSTRAINT "allocations_projects_allocations", DROP CONSTRAINT "allocations_intervention_lines_intervention_line", DROP CONSTRAINT "allocations_expense_categories_expense_category";
-- reverse: modify "agreements" table
ALTER TABLE "agreements" DROP CONSTRAINT "agreements_aggregations_agreements";
-- reverse: modify "aggregations" table
ALTER TABLE "aggregations" DROP CONSTRAINT "aggregations_public_bodies_led_aggregations";
-- reverse: modify "api_tokens" table
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_users_api_tokens";
-- reverse: create index "vendors_vat_id_key" to table: "vendors"
DROP INDEX "vendors_vat_id_key";
-- reverse: create index "vendor_name" to table: "vendors"
DROP INDEX "vendor_name";
-- reverse: create "vendors" table
DROP TABLE "vendors";
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX "users_email_key";
-- reverse: create "users" table
DROP TABLE "users";
-- reverse: create index "signinattempt_ip_created_at" to table: "sign_in_attempts"
DROP INDEX "signinattempt_ip_created_at";
-- reverse: create index "signinattempt_email_created_at" to table: "sign_in_attempts"
DROP INDEX "signinattempt_email_created_at";
-- reverse: create "sign_in_attempts" table
DROP TABLE "sign_in_attempts";
-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX "sessions_token_hash_key";
-- reverse: create index "session_user_id" to table: "sessions"
DROP INDEX "session_user_id";
-- reverse: create "sessions" table
DROP TABLE "sessions";
-- reverse: create index "roleassignment_user_id" to table: "role_assignments"
DROP INDEX "roleassignment_user_id";
-- reverse: create "role_assignments" table
DROP TABLE "role_assignments";
-- reverse: create index "review_tenant_region_id" to table: "reviews"
DROP INDEX "review_tenant_region_id";
-- reverse: create index "review_tenant_aggregation_id" to table: "reviews"
DROP INDEX "review_tenant_aggregation_id";
-- reverse: create "reviews" table
DROP TABLE "reviews";
-- reverse: create index "publicbody_province_code_name" to table: "public_bodies"
DROP INDEX "publicbody_province_code_name";
-- reverse: create index "publicbody_name" to table: "public_bodies"
DROP INDEX "publicbody_name";
-- reverse: create index "publicbody_kind_region_code" to table: "public_bodies"
DROP INDEX "publicbody_kind_region_code";
-- reverse: create index "public_bodies_istat_code_key" to table: "public_bodies"
DROP INDEX "public_bodies_istat_code_key";
-- reverse: create index "public_bodies_codice_ipa_key" to table: "public_bodies"
DROP INDEX "public_bodies_codice_ipa_key";
-- reverse: create index "public_bodies_codice_fiscale_key" to table: "public_bodies"
DROP INDEX "public_bodies_codice_fiscale_key";
-- reverse: create index "public_bodies_codice_catastale_key" to table: "public_bodies"
DROP INDEX "public_bodies_codice_catastale_key";
-- reverse: create "public_bodies" table
DROP TABLE "public_bodies";
-- reverse: create index "projects_cup_key" to table: "projects"
DROP INDEX "projects_cup_key";
-- reverse: create index "projects_application_id_key" to table: "projects"
DROP INDEX "projects_application_id_key";
-- reverse: create index "project_tenant_region_id" to table: "projects"
DROP INDEX "project_tenant_region_id";
-- reverse: create index "project_tenant_aggregation_id" to table: "projects"
DROP INDEX "project_tenant_aggregation_id";
-- reverse: create index "project_call_id" to table: "projects"
DROP INDEX "project_call_id";
-- reverse: create index "project_aggregation_id" to table: "projects"
DROP INDEX "project_aggregation_id";
-- reverse: create "projects" table
DROP TABLE "projects";
-- reverse: create index "procurement_tenant_region_id" to table: "procurements"
DROP INDEX "procurement_tenant_region_id";
-- reverse: create index "procurement_tenant_aggregation_id" to table: "procurements"
DROP INDEX "procurement_tenant_aggregation_id";
-- reverse: create index "procurement_project_id_status" to table: "procurements"
DROP INDEX "procurement_project_id_status";
-- reverse: create "procurements" table
DROP TABLE "procurements";
-- reverse: create index "payment_tenant_region_id" to table: "payments"
DROP INDEX "payment_tenant_region_id";
-- reverse: create index "payment_tenant_aggregation_id" to table: "payments"
DROP INDEX "payment_tenant_aggregation_id";
-- reverse: create index "payment_invoice_id" to table: "payments"
DROP INDEX "payment_invoice_id";
-- reverse: create "payments" table
DROP TABLE "payments";
-- reverse: create index "milestone_tenant_region_id" to table: "milestones"
DROP INDEX "milestone_tenant_region_id";
-- reverse: create index "milestone_tenant_aggregation_id" to table: "milestones"
DROP INDEX "milestone_tenant_aggregation_id";
-- reverse: create index "milestone_project_id_due_on" to table: "milestones"
DROP INDEX "milestone_project_id_due_on";
-- reverse: create "milestones" table
DROP TABLE "milestones";
-- reverse: create index "membership_tenant_region_id" to table: "memberships"
DROP INDEX "membership_tenant_region_id";
-- reverse: create index "membership_tenant_aggregation_id" to table: "memberships"
DROP INDEX "membership_tenant_aggregation_id";
-- reverse: create index "membership_body_id" to table: "memberships"
DROP INDEX "membership_body_id";
-- reverse: create index "membership_aggregation_id_body_id" to table: "memberships"
DROP INDEX "membership_aggregation_id_body_id";
-- reverse: create "memberships" table
DROP TABLE "memberships";
-- reverse: create index "lots_cig_key" to table: "lots"
DROP INDEX "lots_cig_key";
-- reverse: create index "lot_tenant_region_id" to table: "lots"
DROP INDEX "lot_tenant_region_id";
-- reverse: create index "lot_tenant_aggregation_id" to table: "lots"
DROP INDEX "lot_tenant_aggregation_id";
-- reverse: create index "lot_procurement_id_number" to table: "lots"
DROP INDEX "lot_procurement_id_number";
-- reverse: create "lots" table
DROP TABLE "lots";
-- reverse: create index "invoice_tenant_region_id" to table: "invoices"
DROP INDEX "invoice_tenant_region_id";
-- reverse: create index "invoice_tenant_aggregation_id" to table: "invoices"
DROP INDEX "invoice_tenant_aggregation_id";
-- reverse: create index "invoice_supplier_vat_id_number_issued_on" to table: "invoices"
DROP INDEX "invoice_supplier_vat_id_number_issued_on";
-- reverse: create index "invoice_project_id_issued_on" to table: "invoices"
DROP INDEX "invoice_project_id_issued_on";
-- reverse: create index "invoice_contract_id" to table: "invoices"
DROP INDEX "invoice_contract_id";
-- reverse: create "invoices" table
DROP TABLE "invoices";
-- reverse: create index "interventionline_tenant_region_id" to table: "intervention_lines"
DROP INDEX "interventionline_tenant_region_id";
-- reverse: create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
DROP INDEX "interventionline_tenant_aggregation_id";
-- reverse: create index "interventionline_call_id_code" to table: "intervention_lines"
DROP INDEX "interventionline_call_id_code";
-- reverse: create "intervention_lines" table
DROP TABLE "intervention_lines";
-- reverse: create index "groupingmember_grouping_id_member_id" to table: "grouping_members"
DROP INDEX "groupingmember_grouping_id_member_id";
-- reverse: create "grouping_members" table
DROP TABLE "grouping_members";
-- reverse: create index "expenseitem_tenant_region_id" to table: "expense_items"
DROP INDEX "expenseitem_tenant_region_id";
-- reverse: create index "expenseitem_tenant_aggregation_id" to table: "expense_items"
DROP INDEX "expenseitem_tenant_aggregation_id";
-- reverse: create index "expenseitem_invoice_id" to table: "expense_items"
DROP INDEX "expenseitem_invoice_id";
-- reverse: create index "expenseitem_claim_id" to table: "expense_items"
DROP INDEX "expenseitem_claim_id";
-- reverse: create index "expenseitem_body_id_expense_category_id" to table: "expense_items"
DROP INDEX "expenseitem_body_id_expense_category_id";
-- reverse: create "expense_items" table
DROP TABLE "expense_items";
-- reverse: create index "expenseclaim_tenant_region_id" to table: "expense_claims"
DROP INDEX "expenseclaim_tenant_region_id";
-- reverse: create index "expenseclaim_tenant_aggregation_id" to table: "expense_claims"
DROP INDEX "expenseclaim_tenant_aggregation_id";
-- reverse: create index "expenseclaim_status" to table: "expense_claims"
DROP INDEX "expenseclaim_status";
-- reverse: create index "expenseclaim_project_id_number" to table: "expense_claims"
DROP INDEX "expenseclaim_project_id_number";
-- reverse: create "expense_claims" table
DROP TABLE "expense_claims";
-- reverse: create index "expensecategory_tenant_region_id" to table: "expense_categories"
DROP INDEX "expensecategory_tenant_region_id";
-- reverse: create index "expensecategory_tenant_aggregation_id" to table: "expense_categories"
DROP INDEX "expensecategory_tenant_aggregation_id";
-- reverse: create index "expensecategory_call_id_code" to table: "expense_categories"
DROP INDEX "expensecategory_call_id_code";
-- reverse: create "expense_categories" table
DROP TABLE "expense_categories";
-- reverse: create index "document_tenant_region_id" to table: "documents"
DROP INDEX "document_tenant_region_id";
-- reverse: create index "document_tenant_aggregation_id" to table: "documents"
DROP INDEX "document_tenant_aggregation_id";
-- reverse: create index "document_sha256" to table: "documents"
DROP INDEX "document_sha256";
-- reverse: create index "document_aggregation_id" to table: "documents"
DROP INDEX "document_aggregation_id";
-- reverse: create "documents" table
DROP TABLE "documents";
-- reverse: create index "disbursement_tenant_region_id" to table: "disbursements"
DROP INDEX "disbursement_tenant_region_id";
-- reverse: create index "disbursement_tenant_aggregation_id" to table: "disbursements"
DROP INDEX "disbursement_tenant_aggregation_id";
-- reverse: create "disbursements" table
DROP TABLE "disbursements";
-- reverse: create index "deliverable_tenant_region_id" to table: "deliverables"
DROP INDEX "deliverable_tenant_region_id";
-- reverse: create index "deliverable_tenant_aggregation_id" to table: "deliverables"
DROP INDEX "deliverable_tenant_aggregation_id";
-- reverse: create index "deliverable_project_id_body_id" to table: "deliverables"
DROP INDEX "deliverable_project_id_body_id";
-- reverse: create index "deliverable_due_on_status" to table: "deliverables"
DROP INDEX "deliverable_due_on_status";
-- reverse: create "deliverables" table
DROP TABLE "deliverables";
-- reverse: create index "costshare_tenant_region_id" to table: "cost_shares"
DROP INDEX "costshare_tenant_region_id";
-- reverse: create index "costshare_tenant_aggregation_id" to table: "cost_shares"
DROP INDEX "costshare_tenant_aggregation_id";
-- reverse: create index "costshare_contract_id_body_id" to table: "cost_shares"
DROP INDEX "costshare_contract_id_body_id";
-- reverse: create index "costshare_body_id" to table: "cost_shares"
DROP INDEX "costshare_body_id";
-- reverse: create "cost_shares" table
DROP TABLE "cost_shares";
-- reverse: create index "contract_tenant_region_id" to table: "contracts"
DROP INDEX "contract_tenant_region_id";
-- reverse: create index "contract_tenant_aggregation_id" to table: "contracts"
DROP INDEX "contract_tenant_aggregation_id";
-- reverse: create "contracts" table
DROP TABLE "contracts";
-- reverse: create index "call_tenant_region_id" to table: "calls"
DROP INDEX "call_tenant_region_id";
-- reverse: create index "call_tenant_aggregation_id" to table: "calls"
DROP INDEX "call_tenant_aggregation_id";
-- reverse: create index "call_issuer_id_status" to table: "calls"
DROP INDEX "call_issuer_id_status";
-- reverse: create index "call_closes_at" to table: "calls"
DROP INDEX "call_closes_at";
-- reverse: create "calls" table
DROP TABLE "calls";
-- reverse: create index "budgetline_tenant_region_id" to table: "budget_lines"
DROP INDEX "budgetline_tenant_region_id";
-- reverse: create index "budgetline_tenant_aggregation_id" to table: "budget_lines"
DROP INDEX "budgetline_tenant_aggregation_id";
-- reverse: create index "budgetline_application_id_body_051b68a93de0b1b193a212edf601f138" to table: "budget_lines"
DROP INDEX "budgetline_application_id_body_051b68a93de0b1b193a212edf601f138";
-- reverse: create "budget_lines" table
DROP TABLE "budget_lines";
-- reverse: create index "auditevent_entity_id" to table: "audit_events"
DROP INDEX "auditevent_entity_id";
-- reverse: create index "auditevent_aggregation_id_created_at" to table: "audit_events"
DROP INDEX "auditevent_aggregation_id_created_at";
-- reverse: create "audit_events" table
DROP TABLE "audit_events";
-- reverse: create index "application_tenant_region_id" to table: "applications"
DROP INDEX "application_tenant_region_id";
-- reverse: create index "application_tenant_aggregation_id" to table: "applications"
DROP INDEX "application_tenant_aggregation_id";
-- reverse: create index "application_call_id_status" to table: "applications"
DROP INDEX "application_call_id_status";
-- reverse: create index "application_aggregation_id_call_id" to table: "applications"
DROP INDEX "application_aggregation_id_call_id";
-- reverse: create "applications" table
DROP TABLE "applications";
-- reverse: create index "allocation_tenant_region_id" to table: "allocations"
DROP INDEX "allocation_tenant_region_id";
-- reverse: create index "allocation_tenant_aggregation_id" to table: "allocations"
DROP INDEX "allocation_tenant_aggregation_id";
-- reverse: create index "allocation_project_id_body_id__4ccba09e931281517581ddb70cc3edf9" to table: "allocations"
DROP INDEX "allocation_project_id_body_id__4ccba09e931281517581ddb70cc3edf9";
-- reverse: create "allocations" table
DROP TABLE "allocations";
-- reverse: create index "agreement_tenant_region_id" to table: "agreements"
DROP INDEX "agreement_tenant_region_id";
-- reverse: create index "agreement_tenant_aggregation_id" to table: "agreements"
DROP INDEX "agreement_tenant_aggregation_id";
-- reverse: create "agreements" table
DROP TABLE "agreements";
-- reverse: create index "aggregation_tenant_region_id" to table: "aggregations"
DROP INDEX "aggregation_tenant_region_id";
-- reverse: create index "aggregation_tenant_aggregation_id" to table: "aggregations"
DROP INDEX "aggregation_tenant_aggregation_id";
-- reverse: create index "aggregation_name" to table: "aggregations"
DROP INDEX "aggregation_name";
-- reverse: create index "aggregation_lead_id" to table: "aggregations"
DROP INDEX "aggregation_lead_id";
-- reverse: create "aggregations" table
DROP TABLE "aggregations";
-- reverse: create index "api_tokens_token_hash_key" to table: "api_tokens"
DROP INDEX "api_tokens_token_hash_key";
-- reverse: create "api_tokens" table
DROP TABLE "api_tokens";
