-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_aggregations" table
CREATE TABLE `new_aggregations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `description` text NULL, `lead_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `aggregations_public_bodies_led_aggregations` FOREIGN KEY (`lead_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "aggregations" to new temporary table "new_aggregations"
INSERT INTO `new_aggregations` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `name`, `description`, `lead_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `name`, `description`, `lead_id` FROM `aggregations`;
-- drop "aggregations" table after copying rows
DROP TABLE `aggregations`;
-- rename temporary table "new_aggregations" to "aggregations"
ALTER TABLE `new_aggregations` RENAME TO `aggregations`;
-- create index "aggregation_tenant_aggregation_id" to table: "aggregations"
CREATE INDEX `aggregation_tenant_aggregation_id` ON `aggregations` (`tenant_aggregation_id`);
-- create index "aggregation_tenant_region_id" to table: "aggregations"
CREATE INDEX `aggregation_tenant_region_id` ON `aggregations` (`tenant_region_id`);
-- create index "aggregation_lead_id" to table: "aggregations"
CREATE INDEX `aggregation_lead_id` ON `aggregations` (`lead_id`);
-- create index "aggregation_name" to table: "aggregations"
CREATE INDEX `aggregation_name` ON `aggregations` (`name`);
-- create "new_agreements" table
CREATE TABLE `new_agreements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `kind` text NOT NULL, `title` text NOT NULL, `purpose` text NULL, `signed_on` date NULL, `valid_from` date NULL, `valid_until` date NULL, `financial_rules` text NULL, `aggregation_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `agreements_aggregations_agreements` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "agreements" to new temporary table "new_agreements"
INSERT INTO `new_agreements` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `title`, `purpose`, `signed_on`, `valid_from`, `valid_until`, `financial_rules`, `aggregation_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `title`, `purpose`, `signed_on`, `valid_from`, `valid_until`, `financial_rules`, `aggregation_id` FROM `agreements`;
-- drop "agreements" table after copying rows
DROP TABLE `agreements`;
-- rename temporary table "new_agreements" to "agreements"
ALTER TABLE `new_agreements` RENAME TO `agreements`;
-- create index "agreement_tenant_aggregation_id" to table: "agreements"
CREATE INDEX `agreement_tenant_aggregation_id` ON `agreements` (`tenant_aggregation_id`);
-- create index "agreement_tenant_region_id" to table: "agreements"
CREATE INDEX `agreement_tenant_region_id` ON `agreements` (`tenant_region_id`);
-- create index "agreement_aggregation_id" to table: "agreements"
CREATE INDEX `agreement_aggregation_id` ON `agreements` (`aggregation_id`);
-- create "new_applications" table
CREATE TABLE `new_applications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `summary` text NULL, `narrative` json NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `call_version` integer NOT NULL DEFAULT (1), `submitted_at` datetime NULL, `protocol_number` text NULL, `integration_items` json NULL, `decision_reason` text NULL, `aggregation_id` text NOT NULL, `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `applications_aggregations_applications` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION, CONSTRAINT `applications_calls_applications` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "applications" to new temporary table "new_applications"
INSERT INTO `new_applications` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `summary`, `narrative`, `status`, `call_version`, `submitted_at`, `protocol_number`, `integration_items`, `decision_reason`, `aggregation_id`, `call_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `summary`, `narrative`, `status`, `call_version`, `submitted_at`, `protocol_number`, `integration_items`, `decision_reason`, `aggregation_id`, `call_id` FROM `applications`;
-- drop "applications" table after copying rows
DROP TABLE `applications`;
-- rename temporary table "new_applications" to "applications"
ALTER TABLE `new_applications` RENAME TO `applications`;
-- create index "application_tenant_aggregation_id" to table: "applications"
CREATE INDEX `application_tenant_aggregation_id` ON `applications` (`tenant_aggregation_id`);
-- create index "application_tenant_region_id" to table: "applications"
CREATE INDEX `application_tenant_region_id` ON `applications` (`tenant_region_id`);
-- create index "application_call_id_status" to table: "applications"
CREATE INDEX `application_call_id_status` ON `applications` (`call_id`, `status`);
-- create index "application_aggregation_id_call_id" to table: "applications"
CREATE UNIQUE INDEX `application_aggregation_id_call_id` ON `applications` (`aggregation_id`, `call_id`);
-- create "new_calls" table
CREATE TABLE `new_calls` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `row_version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `reference` text NULL, `description` text NULL, `fund` text NOT NULL, `regime` text NOT NULL DEFAULT ('COST_BASED'), `status` text NOT NULL DEFAULT ('DRAFT'), `version` integer NOT NULL DEFAULT (1), `total_budget_cents` integer NOT NULL, `cap_per_member_cents` integer NULL, `cap_per_project_cents` integer NULL, `min_project_cents` integer NULL, `cofinancing_rate_bp` integer NOT NULL DEFAULT (10000), `min_members` integer NULL, `max_members` integer NULL, `eligible_applicant_kinds` json NULL, `opens_at` datetime NULL, `closes_at` datetime NULL, `eligible_from` date NULL, `eligible_until` date NULL, `duration_months` integer NULL, `cup_deadline_days` integer NULL, `contract_deadline_months` integer NULL, `reporting_every_months` integer NULL, `required_attachments` json NULL, `advance_bp` integer NOT NULL DEFAULT (0), `interim_max_bp` integer NOT NULL DEFAULT (0), `balance_bp` integer NOT NULL DEFAULT (0), `population_year` integer NULL, `review_checklist` json NULL, `issuer_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `calls_public_bodies_issued_calls` FOREIGN KEY (`issuer_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "calls" to new temporary table "new_calls"
INSERT INTO `new_calls` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `reference`, `description`, `fund`, `regime`, `status`, `version`, `total_budget_cents`, `cap_per_member_cents`, `cap_per_project_cents`, `min_project_cents`, `cofinancing_rate_bp`, `min_members`, `max_members`, `eligible_applicant_kinds`, `opens_at`, `closes_at`, `eligible_from`, `eligible_until`, `duration_months`, `cup_deadline_days`, `contract_deadline_months`, `reporting_every_months`, `required_attachments`, `advance_bp`, `interim_max_bp`, `balance_bp`, `population_year`, `review_checklist`, `issuer_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `reference`, `description`, `fund`, `regime`, `status`, `version`, `total_budget_cents`, `cap_per_member_cents`, `cap_per_project_cents`, `min_project_cents`, `cofinancing_rate_bp`, `min_members`, `max_members`, `eligible_applicant_kinds`, `opens_at`, `closes_at`, `eligible_from`, `eligible_until`, `duration_months`, `cup_deadline_days`, `contract_deadline_months`, `reporting_every_months`, `required_attachments`, `advance_bp`, `interim_max_bp`, `balance_bp`, `population_year`, `review_checklist`, `issuer_id` FROM `calls`;
-- drop "calls" table after copying rows
DROP TABLE `calls`;
-- rename temporary table "new_calls" to "calls"
ALTER TABLE `new_calls` RENAME TO `calls`;
-- create index "call_tenant_aggregation_id" to table: "calls"
CREATE INDEX `call_tenant_aggregation_id` ON `calls` (`tenant_aggregation_id`);
-- create index "call_tenant_region_id" to table: "calls"
CREATE INDEX `call_tenant_region_id` ON `calls` (`tenant_region_id`);
-- create index "call_issuer_id_status" to table: "calls"
CREATE INDEX `call_issuer_id_status` ON `calls` (`issuer_id`, `status`);
-- create index "call_closes_at" to table: "calls"
CREATE INDEX `call_closes_at` ON `calls` (`closes_at`);
-- create "new_expense_categories" table
CREATE TABLE `new_expense_categories` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `cap_bp` integer NULL, `cap_cents` integer NULL, `vat_eligible` bool NOT NULL DEFAULT (true), `position` integer NOT NULL DEFAULT (0), `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `expense_categories_calls_expense_categories` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "expense_categories" to new temporary table "new_expense_categories"
INSERT INTO `new_expense_categories` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `code`, `name`, `description`, `cap_bp`, `cap_cents`, `vat_eligible`, `position`, `call_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `code`, `name`, `description`, `cap_bp`, `cap_cents`, `vat_eligible`, `position`, `call_id` FROM `expense_categories`;
-- drop "expense_categories" table after copying rows
DROP TABLE `expense_categories`;
-- rename temporary table "new_expense_categories" to "expense_categories"
ALTER TABLE `new_expense_categories` RENAME TO `expense_categories`;
-- create index "expensecategory_tenant_aggregation_id" to table: "expense_categories"
CREATE INDEX `expensecategory_tenant_aggregation_id` ON `expense_categories` (`tenant_aggregation_id`);
-- create index "expensecategory_tenant_region_id" to table: "expense_categories"
CREATE INDEX `expensecategory_tenant_region_id` ON `expense_categories` (`tenant_region_id`);
-- create index "expensecategory_call_id_code" to table: "expense_categories"
CREATE UNIQUE INDEX `expensecategory_call_id_code` ON `expense_categories` (`call_id`, `code`);
-- create "new_memberships" table
CREATE TABLE `new_memberships` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `role` text NOT NULL DEFAULT ('MEMBER'), `joined_on` date NULL, `left_on` date NULL, `resolution_number` text NULL, `resolution_date` date NULL, `resolution_organ` text NULL, `aggregation_id` text NOT NULL, `body_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `memberships_aggregations_memberships` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_public_bodies_memberships` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "memberships" to new temporary table "new_memberships"
INSERT INTO `new_memberships` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `role`, `joined_on`, `left_on`, `resolution_number`, `resolution_date`, `resolution_organ`, `aggregation_id`, `body_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `role`, `joined_on`, `left_on`, `resolution_number`, `resolution_date`, `resolution_organ`, `aggregation_id`, `body_id` FROM `memberships`;
-- drop "memberships" table after copying rows
DROP TABLE `memberships`;
-- rename temporary table "new_memberships" to "memberships"
ALTER TABLE `new_memberships` RENAME TO `memberships`;
-- create index "membership_tenant_aggregation_id" to table: "memberships"
CREATE INDEX `membership_tenant_aggregation_id` ON `memberships` (`tenant_aggregation_id`);
-- create index "membership_tenant_region_id" to table: "memberships"
CREATE INDEX `membership_tenant_region_id` ON `memberships` (`tenant_region_id`);
-- create index "membership_aggregation_id_body_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_aggregation_id_body_id` ON `memberships` (`aggregation_id`, `body_id`);
-- create index "membership_body_id" to table: "memberships"
CREATE INDEX `membership_body_id` ON `memberships` (`body_id`);
-- create "new_milestones" table
CREATE TABLE `new_milestones` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `kind` text NOT NULL DEFAULT ('DEADLINE'), `due_on` date NOT NULL, `done_on` date NULL, `location` text NULL, `notes` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `milestones_projects_milestones` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "milestones" to new temporary table "new_milestones"
INSERT INTO `new_milestones` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `kind`, `due_on`, `done_on`, `location`, `notes`, `project_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `kind`, `due_on`, `done_on`, `location`, `notes`, `project_id` FROM `milestones`;
-- drop "milestones" table after copying rows
DROP TABLE `milestones`;
-- rename temporary table "new_milestones" to "milestones"
ALTER TABLE `new_milestones` RENAME TO `milestones`;
-- create index "milestone_tenant_aggregation_id" to table: "milestones"
CREATE INDEX `milestone_tenant_aggregation_id` ON `milestones` (`tenant_aggregation_id`);
-- create index "milestone_tenant_region_id" to table: "milestones"
CREATE INDEX `milestone_tenant_region_id` ON `milestones` (`tenant_region_id`);
-- create index "milestone_project_id_due_on" to table: "milestones"
CREATE INDEX `milestone_project_id_due_on` ON `milestones` (`project_id`, `due_on`);
-- create "new_procurements" table
CREATE TABLE `new_procurements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `object_type` text NOT NULL, `procedure_type` text NOT NULL, `legal_basis` text NULL, `base_cents` integer NOT NULL, `cpv` text NULL, `rup_name` text NULL, `rup_codice_fiscale` text NULL, `determina_number` text NULL, `determina_date` date NULL, `started_on` date NULL, `status` text NOT NULL DEFAULT ('PLANNED'), `framework_reference` text NULL, `needs_plan_reference` text NULL, `needs_project_reference` text NULL, `separate_estimate_cents` integer NULL, `threshold_warning_acknowledged` bool NOT NULL DEFAULT (false), `threshold_warnings` json NULL, `running_body_id` text NOT NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `procurements_public_bodies_running_body` FOREIGN KEY (`running_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `procurements_projects_procurements` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "procurements" to new temporary table "new_procurements"
INSERT INTO `new_procurements` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `object_type`, `procedure_type`, `legal_basis`, `base_cents`, `cpv`, `rup_name`, `rup_codice_fiscale`, `determina_number`, `determina_date`, `started_on`, `status`, `framework_reference`, `needs_plan_reference`, `needs_project_reference`, `separate_estimate_cents`, `threshold_warning_acknowledged`, `threshold_warnings`, `running_body_id`, `project_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `title`, `object_type`, `procedure_type`, `legal_basis`, `base_cents`, `cpv`, `rup_name`, `rup_codice_fiscale`, `determina_number`, `determina_date`, `started_on`, `status`, `framework_reference`, `needs_plan_reference`, `needs_project_reference`, `separate_estimate_cents`, `threshold_warning_acknowledged`, `threshold_warnings`, `running_body_id`, `project_id` FROM `procurements`;
-- drop "procurements" table after copying rows
DROP TABLE `procurements`;
-- rename temporary table "new_procurements" to "procurements"
ALTER TABLE `new_procurements` RENAME TO `procurements`;
-- create index "procurement_tenant_aggregation_id" to table: "procurements"
CREATE INDEX `procurement_tenant_aggregation_id` ON `procurements` (`tenant_aggregation_id`);
-- create index "procurement_tenant_region_id" to table: "procurements"
CREATE INDEX `procurement_tenant_region_id` ON `procurements` (`tenant_region_id`);
-- create index "procurement_project_id_status" to table: "procurements"
CREATE INDEX `procurement_project_id_status` ON `procurements` (`project_id`, `status`);
-- create "new_users" table
CREATE TABLE `new_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `email` text NOT NULL, `display_name` text NOT NULL, `job_title` text NULL, `password_hash` text NULL, `active` bool NOT NULL DEFAULT (true), `last_sign_in_at` datetime NULL, PRIMARY KEY (`id`));
-- copy rows from old table "users" to new temporary table "new_users"
INSERT INTO `new_users` (`id`, `created_at`, `updated_at`, `email`, `display_name`, `job_title`, `password_hash`, `active`, `last_sign_in_at`) SELECT `id`, `created_at`, `updated_at`, `email`, `display_name`, `job_title`, `password_hash`, `active`, `last_sign_in_at` FROM `users`;
-- drop "users" table after copying rows
DROP TABLE `users`;
-- rename temporary table "new_users" to "users"
ALTER TABLE `new_users` RENAME TO `users`;
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);
-- create "new_intervention_lines" table
CREATE TABLE `new_intervention_lines` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `position` integer NOT NULL DEFAULT (0), `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `intervention_lines_calls_intervention_lines` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "intervention_lines" to new temporary table "new_intervention_lines"
INSERT INTO `new_intervention_lines` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `code`, `name`, `description`, `position`, `call_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `code`, `name`, `description`, `position`, `call_id` FROM `intervention_lines`;
-- drop "intervention_lines" table after copying rows
DROP TABLE `intervention_lines`;
-- rename temporary table "new_intervention_lines" to "intervention_lines"
ALTER TABLE `new_intervention_lines` RENAME TO `intervention_lines`;
-- create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
CREATE INDEX `interventionline_tenant_aggregation_id` ON `intervention_lines` (`tenant_aggregation_id`);
-- create index "interventionline_tenant_region_id" to table: "intervention_lines"
CREATE INDEX `interventionline_tenant_region_id` ON `intervention_lines` (`tenant_region_id`);
-- create index "interventionline_call_id_code" to table: "intervention_lines"
CREATE UNIQUE INDEX `interventionline_call_id_code` ON `intervention_lines` (`call_id`, `code`);
-- create "new_vendors" table
CREATE TABLE `new_vendors` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `vat_id` text NULL, `codice_fiscale` text NULL, `pec` text NULL, `address` text NULL, `city` text NULL, `is_grouping` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- copy rows from old table "vendors" to new temporary table "new_vendors"
INSERT INTO `new_vendors` (`id`, `created_at`, `updated_at`, `name`, `vat_id`, `codice_fiscale`, `pec`, `address`, `city`, `is_grouping`) SELECT `id`, `created_at`, `updated_at`, `name`, `vat_id`, `codice_fiscale`, `pec`, `address`, `city`, `is_grouping` FROM `vendors`;
-- drop "vendors" table after copying rows
DROP TABLE `vendors`;
-- rename temporary table "new_vendors" to "vendors"
ALTER TABLE `new_vendors` RENAME TO `vendors`;
-- create index "vendors_vat_id_key" to table: "vendors"
CREATE UNIQUE INDEX `vendors_vat_id_key` ON `vendors` (`vat_id`);
-- create index "vendor_name" to table: "vendors"
CREATE INDEX `vendor_name` ON `vendors` (`name`);
-- create "new_expense_claims" table
CREATE TABLE `new_expense_claims` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `number` integer NOT NULL, `period_start` date NOT NULL, `period_end` date NOT NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `narrative` text NULL, `submitted_at` datetime NULL, `declarant_name` text NULL, `declarant_role` text NULL, `submitted_by_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `expense_claims_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `expense_claims_projects_expense_claims` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "expense_claims" to new temporary table "new_expense_claims"
INSERT INTO `new_expense_claims` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `number`, `period_start`, `period_end`, `status`, `narrative`, `submitted_at`, `declarant_name`, `declarant_role`, `submitted_by_id`, `project_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `number`, `period_start`, `period_end`, `status`, `narrative`, `submitted_at`, `declarant_name`, `declarant_role`, `submitted_by_id`, `project_id` FROM `expense_claims`;
-- drop "expense_claims" table after copying rows
DROP TABLE `expense_claims`;
-- rename temporary table "new_expense_claims" to "expense_claims"
ALTER TABLE `new_expense_claims` RENAME TO `expense_claims`;
-- create index "expenseclaim_tenant_aggregation_id" to table: "expense_claims"
CREATE INDEX `expenseclaim_tenant_aggregation_id` ON `expense_claims` (`tenant_aggregation_id`);
-- create index "expenseclaim_tenant_region_id" to table: "expense_claims"
CREATE INDEX `expenseclaim_tenant_region_id` ON `expense_claims` (`tenant_region_id`);
-- create index "expenseclaim_project_id_number" to table: "expense_claims"
CREATE UNIQUE INDEX `expenseclaim_project_id_number` ON `expense_claims` (`project_id`, `number`);
-- create index "expenseclaim_status" to table: "expense_claims"
CREATE INDEX `expenseclaim_status` ON `expense_claims` (`status`);
-- create index "expenseclaim_tenant_region_id_status" to table: "expense_claims"
CREATE INDEX `expenseclaim_tenant_region_id_status` ON `expense_claims` (`tenant_region_id`, `status`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "expenseclaim_tenant_region_id_status" to table: "expense_claims"
DROP INDEX `expenseclaim_tenant_region_id_status`;
-- reverse: create index "expenseclaim_status" to table: "expense_claims"
DROP INDEX `expenseclaim_status`;
-- reverse: create index "expenseclaim_project_id_number" to table: "expense_claims"
DROP INDEX `expenseclaim_project_id_number`;
-- reverse: create index "expenseclaim_tenant_region_id" to table: "expense_claims"
DROP INDEX `expenseclaim_tenant_region_id`;
-- reverse: create index "expenseclaim_tenant_aggregation_id" to table: "expense_claims"
DROP INDEX `expenseclaim_tenant_aggregation_id`;
-- reverse: create "new_expense_claims" table
DROP TABLE `new_expense_claims`;
-- reverse: create index "vendor_name" to table: "vendors"
DROP INDEX `vendor_name`;
-- reverse: create index "vendors_vat_id_key" to table: "vendors"
DROP INDEX `vendors_vat_id_key`;
-- reverse: create "new_vendors" table
DROP TABLE `new_vendors`;
-- reverse: create index "interventionline_call_id_code" to table: "intervention_lines"
DROP INDEX `interventionline_call_id_code`;
-- reverse: create index "interventionline_tenant_region_id" to table: "intervention_lines"
DROP INDEX `interventionline_tenant_region_id`;
-- reverse: create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
DROP INDEX `interventionline_tenant_aggregation_id`;
-- reverse: create "new_intervention_lines" table
DROP TABLE `new_intervention_lines`;
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX `users_email_key`;
-- reverse: create "new_users" table
DROP TABLE `new_users`;
-- reverse: create index "procurement_project_id_status" to table: "procurements"
DROP INDEX `procurement_project_id_status`;
-- reverse: create index "procurement_tenant_region_id" to table: "procurements"
DROP INDEX `procurement_tenant_region_id`;
-- reverse: create index "procurement_tenant_aggregation_id" to table: "procurements"
DROP INDEX `procurement_tenant_aggregation_id`;
-- reverse: create "new_procurements" table
DROP TABLE `new_procurements`;
-- reverse: create index "milestone_project_id_due_on" to table: "milestones"
DROP INDEX `milestone_project_id_due_on`;
-- reverse: create index "milestone_tenant_region_id" to table: "milestones"
DROP INDEX `milestone_tenant_region_id`;
-- reverse: create index "milestone_tenant_aggregation_id" to table: "milestones"
DROP INDEX `milestone_tenant_aggregation_id`;
-- reverse: create "new_milestones" table
DROP TABLE `new_milestones`;
-- reverse: create index "membership_body_id" to table: "memberships"
DROP INDEX `membership_body_id`;
-- reverse: create index "membership_aggregation_id_body_id" to table: "memberships"
DROP INDEX `membership_aggregation_id_body_id`;
-- reverse: create index "membership_tenant_region_id" to table: "memberships"
DROP INDEX `membership_tenant_region_id`;
-- reverse: create index "membership_tenant_aggregation_id" to table: "memberships"
DROP INDEX `membership_tenant_aggregation_id`;
-- reverse: create "new_memberships" table
DROP TABLE `new_memberships`;
-- reverse: create index "expensecategory_call_id_code" to table: "expense_categories"
DROP INDEX `expensecategory_call_id_code`;
-- reverse: create index "expensecategory_tenant_region_id" to table: "expense_categories"
DROP INDEX `expensecategory_tenant_region_id`;
-- reverse: create index "expensecategory_tenant_aggregation_id" to table: "expense_categories"
DROP INDEX `expensecategory_tenant_aggregation_id`;
-- reverse: create "new_expense_categories" table
DROP TABLE `new_expense_categories`;
-- reverse: create index "call_closes_at" to table: "calls"
DROP INDEX `call_closes_at`;
-- reverse: create index "call_issuer_id_status" to table: "calls"
DROP INDEX `call_issuer_id_status`;
-- reverse: create index "call_tenant_region_id" to table: "calls"
DROP INDEX `call_tenant_region_id`;
-- reverse: create index "call_tenant_aggregation_id" to table: "calls"
DROP INDEX `call_tenant_aggregation_id`;
-- reverse: create "new_calls" table
DROP TABLE `new_calls`;
-- reverse: create index "application_aggregation_id_call_id" to table: "applications"
DROP INDEX `application_aggregation_id_call_id`;
-- reverse: create index "application_call_id_status" to table: "applications"
DROP INDEX `application_call_id_status`;
-- reverse: create index "application_tenant_region_id" to table: "applications"
DROP INDEX `application_tenant_region_id`;
-- reverse: create index "application_tenant_aggregation_id" to table: "applications"
DROP INDEX `application_tenant_aggregation_id`;
-- reverse: create "new_applications" table
DROP TABLE `new_applications`;
-- reverse: create index "agreement_aggregation_id" to table: "agreements"
DROP INDEX `agreement_aggregation_id`;
-- reverse: create index "agreement_tenant_region_id" to table: "agreements"
DROP INDEX `agreement_tenant_region_id`;
-- reverse: create index "agreement_tenant_aggregation_id" to table: "agreements"
DROP INDEX `agreement_tenant_aggregation_id`;
-- reverse: create "new_agreements" table
DROP TABLE `new_agreements`;
-- reverse: create index "aggregation_name" to table: "aggregations"
DROP INDEX `aggregation_name`;
-- reverse: create index "aggregation_lead_id" to table: "aggregations"
DROP INDEX `aggregation_lead_id`;
-- reverse: create index "aggregation_tenant_region_id" to table: "aggregations"
DROP INDEX `aggregation_tenant_region_id`;
-- reverse: create index "aggregation_tenant_aggregation_id" to table: "aggregations"
DROP INDEX `aggregation_tenant_aggregation_id`;
-- reverse: create "new_aggregations" table
DROP TABLE `new_aggregations`;
