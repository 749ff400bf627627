-- +goose Up
-- create "api_tokens" table
CREATE TABLE `api_tokens` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `token_hash` text NOT NULL, `prefix` text NOT NULL, `expires_at` datetime NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `user_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `api_tokens_users_api_tokens` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "api_tokens_token_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX `api_tokens_token_hash_key` ON `api_tokens` (`token_hash`);
-- create "aggregations" table
CREATE TABLE `aggregations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `name` text NOT NULL, `description` text NULL, `lead_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `aggregations_public_bodies_led_aggregations` FOREIGN KEY (`lead_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- create index "aggregation_tenant_aggregation_id" to table: "aggregations"
CREATE INDEX `aggregation_tenant_aggregation_id` ON `aggregations` (`tenant_aggregation_id`);
-- create index "aggregation_tenant_region_id" to table: "aggregations"
CREATE INDEX `aggregation_tenant_region_id` ON `aggregations` (`tenant_region_id`);
-- create index "aggregation_lead_id" to table: "aggregations"
CREATE INDEX `aggregation_lead_id` ON `aggregations` (`lead_id`);
-- create index "aggregation_name" to table: "aggregations"
CREATE INDEX `aggregation_name` ON `aggregations` (`name`);
-- create "agreements" table
CREATE TABLE `agreements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL, `title` text NOT NULL, `purpose` text NULL, `signed_on` date NULL, `valid_from` date NULL, `valid_until` date NULL, `financial_rules` text NULL, `aggregation_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `agreements_aggregations_agreements` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION);
-- create index "agreement_tenant_aggregation_id" to table: "agreements"
CREATE INDEX `agreement_tenant_aggregation_id` ON `agreements` (`tenant_aggregation_id`);
-- create index "agreement_tenant_region_id" to table: "agreements"
CREATE INDEX `agreement_tenant_region_id` ON `agreements` (`tenant_region_id`);
-- create "allocations" table
CREATE TABLE `allocations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `amount_cents` integer NOT NULL, `body_id` text NOT NULL, `expense_category_id` text NOT NULL, `intervention_line_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `allocations_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `allocations_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE NO ACTION, CONSTRAINT `allocations_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE SET NULL, CONSTRAINT `allocations_projects_allocations` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "allocation_tenant_aggregation_id" to table: "allocations"
CREATE INDEX `allocation_tenant_aggregation_id` ON `allocations` (`tenant_aggregation_id`);
-- create index "allocation_tenant_region_id" to table: "allocations"
CREATE INDEX `allocation_tenant_region_id` ON `allocations` (`tenant_region_id`);
-- create index "allocation_project_id_body_id_e_1f9bb4bc3c99796fb2b4578c188a7153" to table: "allocations"
CREATE UNIQUE INDEX `allocation_project_id_body_id_e_1f9bb4bc3c99796fb2b4578c188a7153` ON `allocations` (`project_id`, `body_id`, `expense_category_id`, `intervention_line_id`);
-- create "applications" table
CREATE TABLE `applications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `title` text NOT NULL, `summary` text NULL, `narrative` json NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `call_version` integer NOT NULL DEFAULT (1), `submitted_at` datetime NULL, `protocol_number` text NULL, `decision_reason` text NULL, `aggregation_id` text NOT NULL, `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `applications_aggregations_applications` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION, CONSTRAINT `applications_calls_applications` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- create index "application_tenant_aggregation_id" to table: "applications"
CREATE INDEX `application_tenant_aggregation_id` ON `applications` (`tenant_aggregation_id`);
-- create index "application_tenant_region_id" to table: "applications"
CREATE INDEX `application_tenant_region_id` ON `applications` (`tenant_region_id`);
-- create index "application_call_id_status" to table: "applications"
CREATE INDEX `application_call_id_status` ON `applications` (`call_id`, `status`);
-- create index "application_aggregation_id_call_id" to table: "applications"
CREATE UNIQUE INDEX `application_aggregation_id_call_id` ON `applications` (`aggregation_id`, `call_id`);
-- create "audit_events" table
CREATE TABLE `audit_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `actor_id` text NULL, `actor_label` text NULL, `entity_type` text NOT NULL, `entity_id` text NOT NULL, `operation` text NOT NULL, `changes` json NULL, `request_id` text NULL, `aggregation_id` text NULL, `region_body_id` text NULL, PRIMARY KEY (`id`));
-- create index "auditevent_entity_id" to table: "audit_events"
CREATE INDEX `auditevent_entity_id` ON `audit_events` (`entity_id`);
-- create index "auditevent_aggregation_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_aggregation_id_created_at` ON `audit_events` (`aggregation_id`, `created_at`);
-- create "budget_lines" table
CREATE TABLE `budget_lines` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `year` integer NOT NULL DEFAULT (0), `amount_cents` integer NOT NULL, `note` text NULL, `application_id` text NOT NULL, `body_id` text NOT NULL, `intervention_line_id` text NOT NULL, `expense_category_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `budget_lines_applications_budget_lines` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `budget_lines_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `budget_lines_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE NO ACTION, CONSTRAINT `budget_lines_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE NO ACTION);
-- create index "budgetline_tenant_aggregation_id" to table: "budget_lines"
CREATE INDEX `budgetline_tenant_aggregation_id` ON `budget_lines` (`tenant_aggregation_id`);
-- create index "budgetline_tenant_region_id" to table: "budget_lines"
CREATE INDEX `budgetline_tenant_region_id` ON `budget_lines` (`tenant_region_id`);
-- create index "budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b" to table: "budget_lines"
CREATE UNIQUE INDEX `budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b` ON `budget_lines` (`application_id`, `body_id`, `intervention_line_id`, `expense_category_id`, `year`);
-- create "calls" table
CREATE TABLE `calls` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `title` text NOT NULL, `reference` text NULL, `description` text NULL, `fund` text NOT NULL, `regime` text NOT NULL DEFAULT ('COST_BASED'), `status` text NOT NULL DEFAULT ('DRAFT'), `version` integer NOT NULL DEFAULT (1), `total_budget_cents` integer NOT NULL, `cap_per_member_cents` integer NULL, `cap_per_project_cents` integer NULL, `min_project_cents` integer NULL, `cofinancing_rate_bp` integer NOT NULL DEFAULT (10000), `min_members` integer NULL, `max_members` integer NULL, `eligible_applicant_kinds` json NULL, `opens_at` datetime NULL, `closes_at` datetime NULL, `eligible_from` date NULL, `eligible_until` date NULL, `duration_months` integer NULL, `cup_deadline_days` integer NULL, `contract_deadline_months` integer NULL, `reporting_every_months` integer NULL, `advance_bp` integer NOT NULL DEFAULT (0), `interim_max_bp` integer NOT NULL DEFAULT (0), `balance_bp` integer NOT NULL DEFAULT (0), `issuer_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `calls_public_bodies_issued_calls` FOREIGN KEY (`issuer_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- create index "call_tenant_aggregation_id" to table: "calls"
CREATE INDEX `call_tenant_aggregation_id` ON `calls` (`tenant_aggregation_id`);
-- create index "call_tenant_region_id" to table: "calls"
CREATE INDEX `call_tenant_region_id` ON `calls` (`tenant_region_id`);
-- create index "call_issuer_id_status" to table: "calls"
CREATE INDEX `call_issuer_id_status` ON `calls` (`issuer_id`, `status`);
-- create index "call_closes_at" to table: "calls"
CREATE INDEX `call_closes_at` ON `calls` (`closes_at`);
-- create "contracts" table
CREATE TABLE `contracts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `reference` text NULL, `signed_on` date NULL, `net_cents` integer NOT NULL, `vat_cents` integer NOT NULL DEFAULT (0), `starts_on` date NULL, `ends_on` date NULL, `split_method` text NOT NULL DEFAULT ('CUSTOM'), `status` text NOT NULL DEFAULT ('ACTIVE'), `lot_id` text NOT NULL, `vendor_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `contracts_lots_contracts` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`) ON DELETE NO ACTION, CONSTRAINT `contracts_vendors_contracts` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE NO ACTION);
-- create index "contract_tenant_aggregation_id" to table: "contracts"
CREATE INDEX `contract_tenant_aggregation_id` ON `contracts` (`tenant_aggregation_id`);
-- create index "contract_tenant_region_id" to table: "contracts"
CREATE INDEX `contract_tenant_region_id` ON `contracts` (`tenant_region_id`);
-- create "cost_shares" table
CREATE TABLE `cost_shares` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `amount_cents` integer NOT NULL, `contract_id` text NOT NULL, `body_id` text NOT NULL, `expense_category_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `cost_shares_contracts_cost_shares` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`) ON DELETE NO ACTION, CONSTRAINT `cost_shares_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `cost_shares_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE SET NULL);
-- create index "costshare_tenant_aggregation_id" to table: "cost_shares"
CREATE INDEX `costshare_tenant_aggregation_id` ON `cost_shares` (`tenant_aggregation_id`);
-- create index "costshare_tenant_region_id" to table: "cost_shares"
CREATE INDEX `costshare_tenant_region_id` ON `cost_shares` (`tenant_region_id`);
-- create index "costshare_contract_id_body_id" to table: "cost_shares"
CREATE UNIQUE INDEX `costshare_contract_id_body_id` ON `cost_shares` (`contract_id`, `body_id`);
-- create index "costshare_body_id" to table: "cost_shares"
CREATE INDEX `costshare_body_id` ON `cost_shares` (`body_id`);
-- create "deliverables" table
CREATE TABLE `deliverables` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `group_key` text NULL, `title` text NOT NULL, `description` text NULL, `due_on` date NULL, `status` text NOT NULL DEFAULT ('PLANNED'), `delivered_on` date NULL, `progress_note` text NULL, `body_id` text NOT NULL, `intervention_line_id` text NOT NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `deliverables_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `deliverables_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE NO ACTION, CONSTRAINT `deliverables_projects_deliverables` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "deliverable_tenant_aggregation_id" to table: "deliverables"
CREATE INDEX `deliverable_tenant_aggregation_id` ON `deliverables` (`tenant_aggregation_id`);
-- create index "deliverable_tenant_region_id" to table: "deliverables"
CREATE INDEX `deliverable_tenant_region_id` ON `deliverables` (`tenant_region_id`);
-- create index "deliverable_project_id_body_id" to table: "deliverables"
CREATE INDEX `deliverable_project_id_body_id` ON `deliverables` (`project_id`, `body_id`);
-- create index "deliverable_due_on_status" to table: "deliverables"
CREATE INDEX `deliverable_due_on_status` ON `deliverables` (`due_on`, `status`);
-- create "disbursements" table
CREATE TABLE `disbursements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL, `amount_cents` integer NOT NULL, `status` text NOT NULL DEFAULT ('REQUESTED'), `requested_on` date NULL, `approved_on` date NULL, `paid_on` date NULL, `claim_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `disbursements_expense_claims_claim` FOREIGN KEY (`claim_id`) REFERENCES `expense_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `disbursements_projects_disbursements` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "disbursement_tenant_aggregation_id" to table: "disbursements"
CREATE INDEX `disbursement_tenant_aggregation_id` ON `disbursements` (`tenant_aggregation_id`);
-- create index "disbursement_tenant_region_id" to table: "disbursements"
CREATE INDEX `disbursement_tenant_region_id` ON `disbursements` (`tenant_region_id`);
-- create "documents" table
CREATE TABLE `documents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL DEFAULT ('OTHER'), `filename` text NOT NULL, `mime_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `storage_key` text NOT NULL, `signature_kind` text NOT NULL DEFAULT ('NONE'), `frozen` bool NOT NULL DEFAULT (false), `agreement_documents` text NULL, `application_documents` text NULL, `contract_documents` text NULL, `deliverable_documents` text NULL, `aggregation_id` text NULL, `body_id` text NULL, `uploaded_by_id` text NULL, `expense_claim_documents` text NULL, `invoice_documents` text NULL, PRIMARY KEY (`id`), CONSTRAINT `documents_agreements_documents` FOREIGN KEY (`agreement_documents`) REFERENCES `agreements` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_applications_documents` FOREIGN KEY (`application_documents`) REFERENCES `applications` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_contracts_documents` FOREIGN KEY (`contract_documents`) REFERENCES `contracts` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_deliverables_documents` FOREIGN KEY (`deliverable_documents`) REFERENCES `deliverables` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_aggregations_aggregation` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_users_uploaded_by` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_expense_claims_documents` FOREIGN KEY (`expense_claim_documents`) REFERENCES `expense_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_invoices_documents` FOREIGN KEY (`invoice_documents`) REFERENCES `invoices` (`id`) ON DELETE SET NULL);
-- create index "document_tenant_aggregation_id" to table: "documents"
CREATE INDEX `document_tenant_aggregation_id` ON `documents` (`tenant_aggregation_id`);
-- create index "document_tenant_region_id" to table: "documents"
CREATE INDEX `document_tenant_region_id` ON `documents` (`tenant_region_id`);
-- create index "document_sha256" to table: "documents"
CREATE INDEX `document_sha256` ON `documents` (`sha256`);
-- create index "document_aggregation_id" to table: "documents"
CREATE INDEX `document_aggregation_id` ON `documents` (`aggregation_id`);
-- create "expense_categories" table
CREATE TABLE `expense_categories` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `cap_bp` integer NULL, `cap_cents` integer NULL, `vat_eligible` bool NOT NULL DEFAULT (true), `position` integer NOT NULL DEFAULT (0), `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `expense_categories_calls_expense_categories` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- create index "expensecategory_tenant_aggregation_id" to table: "expense_categories"
CREATE INDEX `expensecategory_tenant_aggregation_id` ON `expense_categories` (`tenant_aggregation_id`);
-- create index "expensecategory_tenant_region_id" to table: "expense_categories"
CREATE INDEX `expensecategory_tenant_region_id` ON `expense_categories` (`tenant_region_id`);
-- create index "expensecategory_call_id_code" to table: "expense_categories"
CREATE UNIQUE INDEX `expensecategory_call_id_code` ON `expense_categories` (`call_id`, `code`);
-- create "expense_claims" table
CREATE TABLE `expense_claims` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `number` integer NOT NULL, `period_start` date NOT NULL, `period_end` date NOT NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `narrative` text NULL, `submitted_at` datetime NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `expense_claims_projects_expense_claims` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "expenseclaim_tenant_aggregation_id" to table: "expense_claims"
CREATE INDEX `expenseclaim_tenant_aggregation_id` ON `expense_claims` (`tenant_aggregation_id`);
-- create index "expenseclaim_tenant_region_id" to table: "expense_claims"
CREATE INDEX `expenseclaim_tenant_region_id` ON `expense_claims` (`tenant_region_id`);
-- create index "expenseclaim_project_id_number" to table: "expense_claims"
CREATE UNIQUE INDEX `expenseclaim_project_id_number` ON `expense_claims` (`project_id`, `number`);
-- create index "expenseclaim_status" to table: "expense_claims"
CREATE INDEX `expenseclaim_status` ON `expense_claims` (`status`);
-- create "expense_items" table
CREATE TABLE `expense_items` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `claimed_cents` integer NOT NULL, `decision` text NOT NULL DEFAULT ('PENDING'), `admitted_cents` integer NULL, `cut_reason` text NULL, `claim_id` text NOT NULL, `invoice_id` text NOT NULL, `payment_id` text NULL, `body_id` text NOT NULL, `expense_category_id` text NOT NULL, `intervention_line_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `expense_items_expense_claims_items` FOREIGN KEY (`claim_id`) REFERENCES `expense_claims` (`id`) ON DELETE NO ACTION, CONSTRAINT `expense_items_invoices_invoice` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE NO ACTION, CONSTRAINT `expense_items_payments_payment` FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`) ON DELETE SET NULL, CONSTRAINT `expense_items_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `expense_items_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE NO ACTION, CONSTRAINT `expense_items_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE SET NULL);
-- create index "expenseitem_tenant_aggregation_id" to table: "expense_items"
CREATE INDEX `expenseitem_tenant_aggregation_id` ON `expense_items` (`tenant_aggregation_id`);
-- create index "expenseitem_tenant_region_id" to table: "expense_items"
CREATE INDEX `expenseitem_tenant_region_id` ON `expense_items` (`tenant_region_id`);
-- create index "expenseitem_claim_id" to table: "expense_items"
CREATE INDEX `expenseitem_claim_id` ON `expense_items` (`claim_id`);
-- create index "expenseitem_invoice_id" to table: "expense_items"
CREATE INDEX `expenseitem_invoice_id` ON `expense_items` (`invoice_id`);
-- create index "expenseitem_body_id_expense_category_id" to table: "expense_items"
CREATE INDEX `expenseitem_body_id_expense_category_id` ON `expense_items` (`body_id`, `expense_category_id`);
-- create "grouping_members" table
CREATE TABLE `grouping_members` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `share_bp` integer NULL, `member_id` text NOT NULL, `grouping_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `grouping_members_vendors_member` FOREIGN KEY (`member_id`) REFERENCES `vendors` (`id`) ON DELETE NO ACTION, CONSTRAINT `grouping_members_vendors_grouping_members` FOREIGN KEY (`grouping_id`) REFERENCES `vendors` (`id`) ON DELETE NO ACTION);
-- create index "groupingmember_grouping_id_member_id" to table: "grouping_members"
CREATE UNIQUE INDEX `groupingmember_grouping_id_member_id` ON `grouping_members` (`grouping_id`, `member_id`);
-- create "intervention_lines" table
CREATE TABLE `intervention_lines` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `position` integer NOT NULL DEFAULT (0), `application_intervention_lines` text NULL, `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `intervention_lines_applications_intervention_lines` FOREIGN KEY (`application_intervention_lines`) REFERENCES `applications` (`id`) ON DELETE SET NULL, CONSTRAINT `intervention_lines_calls_intervention_lines` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
CREATE INDEX `interventionline_tenant_aggregation_id` ON `intervention_lines` (`tenant_aggregation_id`);
-- create index "interventionline_tenant_region_id" to table: "intervention_lines"
CREATE INDEX `interventionline_tenant_region_id` ON `intervention_lines` (`tenant_region_id`);
-- create index "interventionline_call_id_code" to table: "intervention_lines"
CREATE UNIQUE INDEX `interventionline_call_id_code` ON `intervention_lines` (`call_id`, `code`);
-- create "invoices" table
CREATE TABLE `invoices` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `supplier_vat_id` text NOT NULL, `supplier_name` text NULL, `buyer_codice_fiscale` text NULL, `number` text NOT NULL, `issued_on` date NOT NULL, `document_type` text NOT NULL DEFAULT ('TD01'), `cig` text NULL, `cup` text NULL, `taxable_cents` integer NOT NULL, `vat_cents` integer NOT NULL DEFAULT (0), `total_cents` integer NOT NULL, `split_payment` bool NOT NULL DEFAULT (false), `due_on` date NULL, `problems` json NULL, `contract_id` text NULL, `vendor_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `invoices_contracts_invoices` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`) ON DELETE SET NULL, CONSTRAINT `invoices_vendors_vendor` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE SET NULL, CONSTRAINT `invoices_projects_invoices` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "invoice_tenant_aggregation_id" to table: "invoices"
CREATE INDEX `invoice_tenant_aggregation_id` ON `invoices` (`tenant_aggregation_id`);
-- create index "invoice_tenant_region_id" to table: "invoices"
CREATE INDEX `invoice_tenant_region_id` ON `invoices` (`tenant_region_id`);
-- create index "invoice_supplier_vat_id_number_issued_on" to table: "invoices"
CREATE UNIQUE INDEX `invoice_supplier_vat_id_number_issued_on` ON `invoices` (`supplier_vat_id`, `number`, `issued_on`);
-- create index "invoice_project_id_issued_on" to table: "invoices"
CREATE INDEX `invoice_project_id_issued_on` ON `invoices` (`project_id`, `issued_on`);
-- create index "invoice_contract_id" to table: "invoices"
CREATE INDEX `invoice_contract_id` ON `invoices` (`contract_id`);
-- create "lots" table
CREATE TABLE `lots` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `number` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `cig` text NOT NULL, `base_cents` integer NOT NULL, `award_cents` integer NULL, `awarded_on` date NULL, `awarded_vendor_id` text NULL, `procurement_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `lots_vendors_awarded_vendor` FOREIGN KEY (`awarded_vendor_id`) REFERENCES `vendors` (`id`) ON DELETE SET NULL, CONSTRAINT `lots_procurements_lots` FOREIGN KEY (`procurement_id`) REFERENCES `procurements` (`id`) ON DELETE NO ACTION);
-- create index "lots_cig_key" to table: "lots"
CREATE UNIQUE INDEX `lots_cig_key` ON `lots` (`cig`);
-- create index "lot_tenant_aggregation_id" to table: "lots"
CREATE INDEX `lot_tenant_aggregation_id` ON `lots` (`tenant_aggregation_id`);
-- create index "lot_tenant_region_id" to table: "lots"
CREATE INDEX `lot_tenant_region_id` ON `lots` (`tenant_region_id`);
-- create index "lot_procurement_id_number" to table: "lots"
CREATE UNIQUE INDEX `lot_procurement_id_number` ON `lots` (`procurement_id`, `number`);
-- create "memberships" table
CREATE TABLE `memberships` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `role` text NOT NULL DEFAULT ('MEMBER'), `joined_on` date NULL, `left_on` date NULL, `resolution_number` text NULL, `resolution_date` date NULL, `resolution_organ` text NULL, `aggregation_id` text NOT NULL, `body_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `memberships_aggregations_memberships` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_public_bodies_memberships` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- create index "membership_tenant_aggregation_id" to table: "memberships"
CREATE INDEX `membership_tenant_aggregation_id` ON `memberships` (`tenant_aggregation_id`);
-- create index "membership_tenant_region_id" to table: "memberships"
CREATE INDEX `membership_tenant_region_id` ON `memberships` (`tenant_region_id`);
-- create index "membership_aggregation_id_body_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_aggregation_id_body_id` ON `memberships` (`aggregation_id`, `body_id`);
-- create index "membership_body_id" to table: "memberships"
CREATE INDEX `membership_body_id` ON `memberships` (`body_id`);
-- create "milestones" table
CREATE TABLE `milestones` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `title` text NOT NULL, `kind` text NOT NULL DEFAULT ('DEADLINE'), `due_on` date NOT NULL, `done_on` date NULL, `location` text NULL, `notes` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `milestones_projects_milestones` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "milestone_tenant_aggregation_id" to table: "milestones"
CREATE INDEX `milestone_tenant_aggregation_id` ON `milestones` (`tenant_aggregation_id`);
-- create index "milestone_tenant_region_id" to table: "milestones"
CREATE INDEX `milestone_tenant_region_id` ON `milestones` (`tenant_region_id`);
-- create index "milestone_project_id_due_on" to table: "milestones"
CREATE INDEX `milestone_project_id_due_on` ON `milestones` (`project_id`, `due_on`);
-- create "payments" table
CREATE TABLE `payments` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `mandate_number` text NOT NULL, `mandate_date` date NOT NULL, `amount_cents` integer NOT NULL, `receipt_date` date NULL, `invoice_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `payments_invoices_payments` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE NO ACTION);
-- create index "payment_tenant_aggregation_id" to table: "payments"
CREATE INDEX `payment_tenant_aggregation_id` ON `payments` (`tenant_aggregation_id`);
-- create index "payment_tenant_region_id" to table: "payments"
CREATE INDEX `payment_tenant_region_id` ON `payments` (`tenant_region_id`);
-- create index "payment_invoice_id" to table: "payments"
CREATE INDEX `payment_invoice_id` ON `payments` (`invoice_id`);
-- create "procurements" table
CREATE TABLE `procurements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `title` text NOT NULL, `object_type` text NOT NULL, `procedure_type` text NOT NULL, `legal_basis` text NULL, `base_cents` integer NOT NULL, `cpv` text NULL, `rup_name` text NULL, `rup_codice_fiscale` text NULL, `determina_number` text NULL, `determina_date` date NULL, `started_on` date NULL, `status` text NOT NULL DEFAULT ('PLANNED'), `framework_reference` text NULL, `needs_plan_reference` text NULL, `needs_project_reference` text NULL, `separate_estimate_cents` integer NULL, `threshold_warning_acknowledged` bool NOT NULL DEFAULT (false), `running_body_id` text NOT NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `procurements_public_bodies_running_body` FOREIGN KEY (`running_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `procurements_projects_procurements` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "procurement_tenant_aggregation_id" to table: "procurements"
CREATE INDEX `procurement_tenant_aggregation_id` ON `procurements` (`tenant_aggregation_id`);
-- create index "procurement_tenant_region_id" to table: "procurements"
CREATE INDEX `procurement_tenant_region_id` ON `procurements` (`tenant_region_id`);
-- create index "procurement_project_id_status" to table: "procurements"
CREATE INDEX `procurement_project_id_status` ON `procurements` (`project_id`, `status`);
-- create "projects" table
CREATE TABLE `projects` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `title` text NOT NULL, `cup` text NOT NULL, `decree_number` text NOT NULL, `decree_date` date NOT NULL, `granted_cents` integer NOT NULL, `eu_cents` integer NOT NULL DEFAULT (0), `state_cents` integer NOT NULL DEFAULT (0), `region_cents` integer NOT NULL DEFAULT (0), `own_cents` integer NOT NULL DEFAULT (0), `status` text NOT NULL DEFAULT ('ACTIVE'), `starts_on` date NULL, `ends_on` date NULL, `aggregation_id` text NOT NULL, `application_id` text NOT NULL, `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `projects_aggregations_projects` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION, CONSTRAINT `projects_applications_project` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `projects_calls_call` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- create index "projects_cup_key" to table: "projects"
CREATE UNIQUE INDEX `projects_cup_key` ON `projects` (`cup`);
-- create index "projects_application_id_key" to table: "projects"
CREATE UNIQUE INDEX `projects_application_id_key` ON `projects` (`application_id`);
-- create index "project_tenant_aggregation_id" to table: "projects"
CREATE INDEX `project_tenant_aggregation_id` ON `projects` (`tenant_aggregation_id`);
-- create index "project_tenant_region_id" to table: "projects"
CREATE INDEX `project_tenant_region_id` ON `projects` (`tenant_region_id`);
-- create index "project_aggregation_id" to table: "projects"
CREATE INDEX `project_aggregation_id` ON `projects` (`aggregation_id`);
-- create index "project_call_id" to table: "projects"
CREATE INDEX `project_call_id` ON `projects` (`call_id`);
-- create "public_bodies" table
CREATE TABLE `public_bodies` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `codice_fiscale` text NULL, `codice_ipa` text NULL, `istat_code` text NULL, `codice_catastale` text NULL, `province_code` text NULL, `province_name` text NULL, `region_code` text NULL, `region_name` text NULL, `population` integer NULL, `population_year` integer NULL, `pec` text NULL, `address` text NULL, `procurement_beneficiaries` text NULL, PRIMARY KEY (`id`), CONSTRAINT `public_bodies_procurements_beneficiaries` FOREIGN KEY (`procurement_beneficiaries`) REFERENCES `procurements` (`id`) ON DELETE SET NULL);
-- create index "public_bodies_codice_fiscale_key" to table: "public_bodies"
CREATE UNIQUE INDEX `public_bodies_codice_fiscale_key` ON `public_bodies` (`codice_fiscale`);
-- create index "public_bodies_codice_ipa_key" to table: "public_bodies"
CREATE UNIQUE INDEX `public_bodies_codice_ipa_key` ON `public_bodies` (`codice_ipa`);
-- create index "public_bodies_istat_code_key" to table: "public_bodies"
CREATE UNIQUE INDEX `public_bodies_istat_code_key` ON `public_bodies` (`istat_code`);
-- create index "public_bodies_codice_catastale_key" to table: "public_bodies"
CREATE UNIQUE INDEX `public_bodies_codice_catastale_key` ON `public_bodies` (`codice_catastale`);
-- create index "publicbody_name" to table: "public_bodies"
CREATE INDEX `publicbody_name` ON `public_bodies` (`name`);
-- create index "publicbody_province_code_name" to table: "public_bodies"
CREATE INDEX `publicbody_province_code_name` ON `public_bodies` (`province_code`, `name`);
-- create index "publicbody_kind_region_code" to table: "public_bodies"
CREATE INDEX `publicbody_kind_region_code` ON `public_bodies` (`kind`, `region_code`);
-- create "reviews" table
CREATE TABLE `reviews` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `checklist` json NULL, `outcome` text NULL, `comments` text NULL, `completed_at` datetime NULL, `admitted_cents` integer NOT NULL DEFAULT (0), `cut_cents` integer NOT NULL DEFAULT (0), `claim_id` text NOT NULL, `reviewer_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `reviews_expense_claims_reviews` FOREIGN KEY (`claim_id`) REFERENCES `expense_claims` (`id`) ON DELETE NO ACTION, CONSTRAINT `reviews_users_reviewer` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "review_tenant_aggregation_id" to table: "reviews"
CREATE INDEX `review_tenant_aggregation_id` ON `reviews` (`tenant_aggregation_id`);
-- create index "review_tenant_region_id" to table: "reviews"
CREATE INDEX `review_tenant_region_id` ON `reviews` (`tenant_region_id`);
-- create "role_assignments" table
CREATE TABLE `role_assignments` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `region_body_id` text NULL, `aggregation_id` text NULL, `body_id` text NULL, `granted_by_id` text NULL, `user_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `role_assignments_public_bodies_region_body` FOREIGN KEY (`region_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `role_assignments_aggregations_aggregation` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE SET NULL, CONSTRAINT `role_assignments_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `role_assignments_users_granted_by` FOREIGN KEY (`granted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `role_assignments_users_role_assignments` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "roleassignment_user_id" to table: "role_assignments"
CREATE INDEX `roleassignment_user_id` ON `role_assignments` (`user_id`);
-- create "sessions" table
CREATE TABLE `sessions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `token_hash` text NOT NULL, `expires_at` datetime NOT NULL, `last_seen_at` datetime NULL, `ip` text NULL, `user_agent` text NULL, `user_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `sessions_users_sessions` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- create index "session_user_id" to table: "sessions"
CREATE INDEX `session_user_id` ON `sessions` (`user_id`);
-- create "sign_in_attempts" table
CREATE TABLE `sign_in_attempts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `ip` text NOT NULL, PRIMARY KEY (`id`));
-- create index "signinattempt_email_created_at" to table: "sign_in_attempts"
CREATE INDEX `signinattempt_email_created_at` ON `sign_in_attempts` (`email`, `created_at`);
-- create index "signinattempt_ip_created_at" to table: "sign_in_attempts"
CREATE INDEX `signinattempt_ip_created_at` ON `sign_in_attempts` (`ip`, `created_at`);
-- create "users" table
CREATE TABLE `users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `display_name` text NOT NULL, `password_hash` text NULL, `active` bool NOT NULL DEFAULT (true), `last_sign_in_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);
-- create "vendors" table
CREATE TABLE `vendors` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `vat_id` text NULL, `codice_fiscale` text NULL, `pec` text NULL, `address` text NULL, `city` text NULL, `is_grouping` bool NOT NULL DEFAULT (false), `lot_invited_vendors` text NULL, `lot_bidders` text NULL, PRIMARY KEY (`id`), CONSTRAINT `vendors_lots_invited_vendors` FOREIGN KEY (`lot_invited_vendors`) REFERENCES `lots` (`id`) ON DELETE SET NULL, CONSTRAINT `vendors_lots_bidders` FOREIGN KEY (`lot_bidders`) REFERENCES `lots` (`id`) ON DELETE SET NULL);
-- create index "vendors_vat_id_key" to table: "vendors"
CREATE UNIQUE INDEX `vendors_vat_id_key` ON `vendors` (`vat_id`);
-- create index "vendor_name" to table: "vendors"
CREATE INDEX `vendor_name` ON `vendors` (`name`);

-- +goose Down
-- reverse: create index "vendor_name" to table: "vendors"
DROP INDEX `vendor_name`;
-- reverse: create index "vendors_vat_id_key" to table: "vendors"
DROP INDEX `vendors_vat_id_key`;
-- reverse: create "vendors" table
DROP TABLE `vendors`;
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX `users_email_key`;
-- reverse: create "users" table
DROP TABLE `users`;
-- reverse: create index "signinattempt_ip_created_at" to table: "sign_in_attempts"
DROP INDEX `signinattempt_ip_created_at`;
-- reverse: create index "signinattempt_email_created_at" to table: "sign_in_attempts"
DROP INDEX `signinattempt_email_created_at`;
-- reverse: create "sign_in_attempts" table
DROP TABLE `sign_in_attempts`;
-- reverse: create index "session_user_id" to table: "sessions"
DROP INDEX `session_user_id`;
-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX `sessions_token_hash_key`;
-- reverse: create "sessions" table
DROP TABLE `sessions`;
-- reverse: create index "roleassignment_user_id" to table: "role_assignments"
DROP INDEX `roleassignment_user_id`;
-- reverse: create "role_assignments" table
DROP TABLE `role_assignments`;
-- reverse: create index "review_tenant_region_id" to table: "reviews"
DROP INDEX `review_tenant_region_id`;
-- reverse: create index "review_tenant_aggregation_id" to table: "reviews"
DROP INDEX `review_tenant_aggregation_id`;
-- reverse: create "reviews" table
DROP TABLE `reviews`;
-- reverse: create index "publicbody_kind_region_code" to table: "public_bodies"
DROP INDEX `publicbody_kind_region_code`;
-- reverse: create index "publicbody_province_code_name" to table: "public_bodies"
DROP INDEX `publicbody_province_code_name`;
-- reverse: create index "publicbody_name" to table: "public_bodies"
DROP INDEX `publicbody_name`;
-- reverse: create index "public_bodies_codice_catastale_key" to table: "public_bodies"
DROP INDEX `public_bodies_codice_catastale_key`;
-- reverse: create index "public_bodies_istat_code_key" to table: "public_bodies"
DROP INDEX `public_bodies_istat_code_key`;
-- reverse: create index "public_bodies_codice_ipa_key" to table: "public_bodies"
DROP INDEX `public_bodies_codice_ipa_key`;
-- reverse: create index "public_bodies_codice_fiscale_key" to table: "public_bodies"
DROP INDEX `public_bodies_codice_fiscale_key`;
-- reverse: create "public_bodies" table
DROP TABLE `public_bodies`;
-- reverse: create index "project_call_id" to table: "projects"
DROP INDEX `project_call_id`;
-- reverse: create index "project_aggregation_id" to table: "projects"
DROP INDEX `project_aggregation_id`;
-- reverse: create index "project_tenant_region_id" to table: "projects"
DROP INDEX `project_tenant_region_id`;
-- reverse: create index "project_tenant_aggregation_id" to table: "projects"
DROP INDEX `project_tenant_aggregation_id`;
-- reverse: create index "projects_application_id_key" to table: "projects"
DROP INDEX `projects_application_id_key`;
-- reverse: create index "projects_cup_key" to table: "projects"
DROP INDEX `projects_cup_key`;
-- reverse: create "projects" table
DROP TABLE `projects`;
-- reverse: create index "procurement_project_id_status" to table: "procurements"
DROP INDEX `procurement_project_id_status`;
-- reverse: create index "procurement_tenant_region_id" to table: "procurements"
DROP INDEX `procurement_tenant_region_id`;
-- reverse: create index "procurement_tenant_aggregation_id" to table: "procurements"
DROP INDEX `procurement_tenant_aggregation_id`;
-- reverse: create "procurements" table
DROP TABLE `procurements`;
-- reverse: create index "payment_invoice_id" to table: "payments"
DROP INDEX `payment_invoice_id`;
-- reverse: create index "payment_tenant_region_id" to table: "payments"
DROP INDEX `payment_tenant_region_id`;
-- reverse: create index "payment_tenant_aggregation_id" to table: "payments"
DROP INDEX `payment_tenant_aggregation_id`;
-- reverse: create "payments" table
DROP TABLE `payments`;
-- reverse: create index "milestone_project_id_due_on" to table: "milestones"
DROP INDEX `milestone_project_id_due_on`;
-- reverse: create index "milestone_tenant_region_id" to table: "milestones"
DROP INDEX `milestone_tenant_region_id`;
-- reverse: create index "milestone_tenant_aggregation_id" to table: "milestones"
DROP INDEX `milestone_tenant_aggregation_id`;
-- reverse: create "milestones" table
DROP TABLE `milestones`;
-- reverse: create index "membership_body_id" to table: "memberships"
DROP INDEX `membership_body_id`;
-- reverse: create index "membership_aggregation_id_body_id" to table: "memberships"
DROP INDEX `membership_aggregation_id_body_id`;
-- reverse: create index "membership_tenant_region_id" to table: "memberships"
DROP INDEX `membership_tenant_region_id`;
-- reverse: create index "membership_tenant_aggregation_id" to table: "memberships"
DROP INDEX `membership_tenant_aggregation_id`;
-- reverse: create "memberships" table
DROP TABLE `memberships`;
-- reverse: create index "lot_procurement_id_number" to table: "lots"
DROP INDEX `lot_procurement_id_number`;
-- reverse: create index "lot_tenant_region_id" to table: "lots"
DROP INDEX `lot_tenant_region_id`;
-- reverse: create index "lot_tenant_aggregation_id" to table: "lots"
DROP INDEX `lot_tenant_aggregation_id`;
-- reverse: create index "lots_cig_key" to table: "lots"
DROP INDEX `lots_cig_key`;
-- reverse: create "lots" table
DROP TABLE `lots`;
-- reverse: create index "invoice_contract_id" to table: "invoices"
DROP INDEX `invoice_contract_id`;
-- reverse: create index "invoice_project_id_issued_on" to table: "invoices"
DROP INDEX `invoice_project_id_issued_on`;
-- reverse: create index "invoice_supplier_vat_id_number_issued_on" to table: "invoices"
DROP INDEX `invoice_supplier_vat_id_number_issued_on`;
-- reverse: create index "invoice_tenant_region_id" to table: "invoices"
DROP INDEX `invoice_tenant_region_id`;
-- reverse: create index "invoice_tenant_aggregation_id" to table: "invoices"
DROP INDEX `invoice_tenant_aggregation_id`;
-- reverse: create "invoices" table
DROP TABLE `invoices`;
-- reverse: create index "interventionline_call_id_code" to table: "intervention_lines"
DROP INDEX `interventionline_call_id_code`;
-- reverse: create index "interventionline_tenant_region_id" to table: "intervention_lines"
DROP INDEX `interventionline_tenant_region_id`;
-- reverse: create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
DROP INDEX `interventionline_tenant_aggregation_id`;
-- reverse: create "intervention_lines" table
DROP TABLE `intervention_lines`;
-- reverse: create index "groupingmember_grouping_id_member_id" to table: "grouping_members"
DROP INDEX `groupingmember_grouping_id_member_id`;
-- reverse: create "grouping_members" table
DROP TABLE `grouping_members`;
-- reverse: create index "expenseitem_body_id_expense_category_id" to table: "expense_items"
DROP INDEX `expenseitem_body_id_expense_category_id`;
-- reverse: create index "expenseitem_invoice_id" to table: "expense_items"
DROP INDEX `expenseitem_invoice_id`;
-- reverse: create index "expenseitem_claim_id" to table: "expense_items"
DROP INDEX `expenseitem_claim_id`;
-- reverse: create index "expenseitem_tenant_region_id" to table: "expense_items"
DROP INDEX `expenseitem_tenant_region_id`;
-- reverse: create index "expenseitem_tenant_aggregation_id" to table: "expense_items"
DROP INDEX `expenseitem_tenant_aggregation_id`;
-- reverse: create "expense_items" table
DROP TABLE `expense_items`;
-- reverse: create index "expenseclaim_status" to table: "expense_claims"
DROP INDEX `expenseclaim_status`;
-- reverse: create index "expenseclaim_project_id_number" to table: "expense_claims"
DROP INDEX `expenseclaim_project_id_number`;
-- reverse: create index "expenseclaim_tenant_region_id" to table: "expense_claims"
DROP INDEX `expenseclaim_tenant_region_id`;
-- reverse: create index "expenseclaim_tenant_aggregation_id" to table: "expense_claims"
DROP INDEX `expenseclaim_tenant_aggregation_id`;
-- reverse: create "expense_claims" table
DROP TABLE `expense_claims`;
-- reverse: create index "expensecategory_call_id_code" to table: "expense_categories"
DROP INDEX `expensecategory_call_id_code`;
-- reverse: create index "expensecategory_tenant_region_id" to table: "expense_categories"
DROP INDEX `expensecategory_tenant_region_id`;
-- reverse: create index "expensecategory_tenant_aggregation_id" to table: "expense_categories"
DROP INDEX `expensecategory_tenant_aggregation_id`;
-- reverse: create "expense_categories" table
DROP TABLE `expense_categories`;
-- reverse: create index "document_aggregation_id" to table: "documents"
DROP INDEX `document_aggregation_id`;
-- reverse: create index "document_sha256" to table: "documents"
DROP INDEX `document_sha256`;
-- reverse: create index "document_tenant_region_id" to table: "documents"
DROP INDEX `document_tenant_region_id`;
-- reverse: create index "document_tenant_aggregation_id" to table: "documents"
DROP INDEX `document_tenant_aggregation_id`;
-- reverse: create "documents" table
DROP TABLE `documents`;
-- reverse: create index "disbursement_tenant_region_id" to table: "disbursements"
DROP INDEX `disbursement_tenant_region_id`;
-- reverse: create index "disbursement_tenant_aggregation_id" to table: "disbursements"
DROP INDEX `disbursement_tenant_aggregation_id`;
-- reverse: create "disbursements" table
DROP TABLE `disbursements`;
-- reverse: create index "deliverable_due_on_status" to table: "deliverables"
DROP INDEX `deliverable_due_on_status`;
-- reverse: create index "deliverable_project_id_body_id" to table: "deliverables"
DROP INDEX `deliverable_project_id_body_id`;
-- reverse: create index "deliverable_tenant_region_id" to table: "deliverables"
DROP INDEX `deliverable_tenant_region_id`;
-- reverse: create index "deliverable_tenant_aggregation_id" to table: "deliverables"
DROP INDEX `deliverable_tenant_aggregation_id`;
-- reverse: create "deliverables" table
DROP TABLE `deliverables`;
-- reverse: create index "costshare_body_id" to table: "cost_shares"
DROP INDEX `costshare_body_id`;
-- reverse: create index "costshare_contract_id_body_id" to table: "cost_shares"
DROP INDEX `costshare_contract_id_body_id`;
-- reverse: create index "costshare_tenant_region_id" to table: "cost_shares"
DROP INDEX `costshare_tenant_region_id`;
-- reverse: create index "costshare_tenant_aggregation_id" to table: "cost_shares"
DROP INDEX `costshare_tenant_aggregation_id`;
-- reverse: create "cost_shares" table
DROP TABLE `cost_shares`;
-- reverse: create index "contract_tenant_region_id" to table: "contracts"
DROP INDEX `contract_tenant_region_id`;
-- reverse: create index "contract_tenant_aggregation_id" to table: "contracts"
DROP INDEX `contract_tenant_aggregation_id`;
-- reverse: create "contracts" table
DROP TABLE `contracts`;
-- reverse: create index "call_closes_at" to table: "calls"
DROP INDEX `call_closes_at`;
-- reverse: create index "call_issuer_id_status" to table: "calls"
DROP INDEX `call_issuer_id_status`;
-- reverse: create index "call_tenant_region_id" to table: "calls"
DROP INDEX `call_tenant_region_id`;
-- reverse: create index "call_tenant_aggregation_id" to table: "calls"
DROP INDEX `call_tenant_aggregation_id`;
-- reverse: create "calls" table
DROP TABLE `calls`;
-- reverse: create index "budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b" to table: "budget_lines"
DROP INDEX `budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b`;
-- reverse: create index "budgetline_tenant_region_id" to table: "budget_lines"
DROP INDEX `budgetline_tenant_region_id`;
-- reverse: create index "budgetline_tenant_aggregation_id" to table: "budget_lines"
DROP INDEX `budgetline_tenant_aggregation_id`;
-- reverse: create "budget_lines" table
DROP TABLE `budget_lines`;
-- reverse: create index "auditevent_aggregation_id_created_at" to table: "audit_events"
DROP INDEX `auditevent_aggregation_id_created_at`;
-- reverse: create index "auditevent_entity_id" to table: "audit_events"
DROP INDEX `auditevent_entity_id`;
-- reverse: create "audit_events" table
DROP TABLE `audit_events`;
-- reverse: create index "application_aggregation_id_call_id" to table: "applications"
DROP INDEX `application_aggregation_id_call_id`;
-- reverse: create index "application_call_id_status" to table: "applications"
DROP INDEX `application_call_id_status`;
-- reverse: create index "application_tenant_region_id" to table: "applications"
DROP INDEX `application_tenant_region_id`;
-- reverse: create index "application_tenant_aggregation_id" to table: "applications"
DROP INDEX `application_tenant_aggregation_id`;
-- reverse: create "applications" table
DROP TABLE `applications`;
-- reverse: create index "allocation_project_id_body_id_e_1f9bb4bc3c99796fb2b4578c188a7153" to table: "allocations"
DROP INDEX `allocation_project_id_body_id_e_1f9bb4bc3c99796fb2b4578c188a7153`;
-- reverse: create index "allocation_tenant_region_id" to table: "allocations"
DROP INDEX `allocation_tenant_region_id`;
-- reverse: create index "allocation_tenant_aggregation_id" to table: "allocations"
DROP INDEX `allocation_tenant_aggregation_id`;
-- reverse: create "allocations" table
DROP TABLE `allocations`;
-- reverse: create index "agreement_tenant_region_id" to table: "agreements"
DROP INDEX `agreement_tenant_region_id`;
-- reverse: create index "agreement_tenant_aggregation_id" to table: "agreements"
DROP INDEX `agreement_tenant_aggregation_id`;
-- reverse: create "agreements" table
DROP TABLE `agreements`;
-- reverse: create index "aggregation_name" to table: "aggregations"
DROP INDEX `aggregation_name`;
-- reverse: create index "aggregation_lead_id" to table: "aggregations"
DROP INDEX `aggregation_lead_id`;
-- reverse: create index "aggregation_tenant_region_id" to table: "aggregations"
DROP INDEX `aggregation_tenant_region_id`;
-- reverse: create index "aggregation_tenant_aggregation_id" to table: "aggregations"
DROP INDEX `aggregation_tenant_aggregation_id`;
-- reverse: create "aggregations" table
DROP TABLE `aggregations`;
-- reverse: create index "api_tokens_token_hash_key" to table: "api_tokens"
DROP INDEX `api_tokens_token_hash_key`;
-- reverse: create "api_tokens" table
DROP TABLE `api_tokens`;
