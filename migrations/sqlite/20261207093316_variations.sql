-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_calls" table
CREATE TABLE `new_calls` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `row_version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `reference` text NULL, `description` text NULL, `fund` text NOT NULL, `regime` text NOT NULL DEFAULT ('COST_BASED'), `status` text NOT NULL DEFAULT ('DRAFT'), `version` integer NOT NULL DEFAULT (1), `total_budget_cents` integer NOT NULL, `cap_per_member_cents` integer NULL, `cap_per_project_cents` integer NULL, `min_project_cents` integer NULL, `cofinancing_rate_bp` integer NOT NULL DEFAULT (10000), `min_members` integer NULL, `max_members` integer NULL, `eligible_applicant_kinds` json NULL, `opens_at` datetime NULL, `closes_at` datetime NULL, `eligible_from` date NULL, `eligible_until` date NULL, `duration_months` integer NULL, `cup_deadline_days` integer NULL, `contract_deadline_months` integer NULL, `reporting_every_months` integer NULL, `integration_days` integer NULL, `decision_days` integer NULL, `review_days` integer NULL, `required_attachments` json NULL, `advance_bp` integer NOT NULL DEFAULT (0), `interim_max_bp` integer NOT NULL DEFAULT (0), `balance_bp` integer NOT NULL DEFAULT (0), `population_year` integer NULL, `free_move_percent` integer NOT NULL DEFAULT (10), `max_extensions` integer NOT NULL DEFAULT (1), `max_extension_months` integer NOT NULL DEFAULT (12), `review_checklist` json NULL, `issuer_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `calls_public_bodies_issued_calls` FOREIGN KEY (`issuer_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "calls" to new temporary table "new_calls"
INSERT INTO `new_calls` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `row_version`, `title`, `reference`, `description`, `fund`, `regime`, `status`, `version`, `total_budget_cents`, `cap_per_member_cents`, `cap_per_project_cents`, `min_project_cents`, `cofinancing_rate_bp`, `min_members`, `max_members`, `eligible_applicant_kinds`, `opens_at`, `closes_at`, `eligible_from`, `eligible_until`, `duration_months`, `cup_deadline_days`, `contract_deadline_months`, `reporting_every_months`, `integration_days`, `decision_days`, `review_days`, `required_attachments`, `advance_bp`, `interim_max_bp`, `balance_bp`, `population_year`, `review_checklist`, `issuer_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `row_version`, `title`, `reference`, `description`, `fund`, `regime`, `status`, `version`, `total_budget_cents`, `cap_per_member_cents`, `cap_per_project_cents`, `min_project_cents`, `cofinancing_rate_bp`, `min_members`, `max_members`, `eligible_applicant_kinds`, `opens_at`, `closes_at`, `eligible_from`, `eligible_until`, `duration_months`, `cup_deadline_days`, `contract_deadline_months`, `reporting_every_months`, `integration_days`, `decision_days`, `review_days`, `required_attachments`, `advance_bp`, `interim_max_bp`, `balance_bp`, `population_year`, `review_checklist`, `issuer_id` FROM `calls`;
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
-- add column "plan_version" to table: "expense_claims"
ALTER TABLE `expense_claims` ADD COLUMN `plan_version` integer NULL;
-- create "plan_allocations" table
CREATE TABLE `plan_allocations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `amount_cents` integer NOT NULL, `body_id` text NOT NULL, `expense_category_id` text NOT NULL, `intervention_line_id` text NULL, `plan_version_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `plan_allocations_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `plan_allocations_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE NO ACTION, CONSTRAINT `plan_allocations_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE SET NULL, CONSTRAINT `plan_allocations_plan_versions_allocations` FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions` (`id`) ON DELETE NO ACTION);
-- create index "planallocation_tenant_aggregation_id" to table: "plan_allocations"
CREATE INDEX `planallocation_tenant_aggregation_id` ON `plan_allocations` (`tenant_aggregation_id`);
-- create index "planallocation_tenant_region_id" to table: "plan_allocations"
CREATE INDEX `planallocation_tenant_region_id` ON `plan_allocations` (`tenant_region_id`);
-- create index "planallocation_plan_version_id" to table: "plan_allocations"
CREATE INDEX `planallocation_plan_version_id` ON `plan_allocations` (`plan_version_id`);
-- create "plan_versions" table
CREATE TABLE `plan_versions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `number` integer NOT NULL, `effective_from` date NOT NULL, `ends_on` date NULL, `variation_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `plan_versions_variations_variation` FOREIGN KEY (`variation_id`) REFERENCES `variations` (`id`) ON DELETE SET NULL, CONSTRAINT `plan_versions_projects_plan_versions` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- create index "planversion_tenant_aggregation_id" to table: "plan_versions"
CREATE INDEX `planversion_tenant_aggregation_id` ON `plan_versions` (`tenant_aggregation_id`);
-- create index "planversion_tenant_region_id" to table: "plan_versions"
CREATE INDEX `planversion_tenant_region_id` ON `plan_versions` (`tenant_region_id`);
-- create index "planversion_project_id_number" to table: "plan_versions"
CREATE UNIQUE INDEX `planversion_project_id_number` ON `plan_versions` (`project_id`, `number`);
-- create "variations" table
CREATE TABLE `variations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `number` integer NOT NULL, `kinds` json NOT NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `reason` text NOT NULL, `requested_ends_on` date NULL, `requested_effective_from` date NULL, `contract_modification_ids` json NULL, `submitted_at` datetime NULL, `decided_at` datetime NULL, `decision_reason` text NULL, `effective_from` date NULL, `approved_ends_on` date NULL, `project_id` text NOT NULL, `leaving_body_id` text NULL, `joining_body_id` text NULL, `new_lead_body_id` text NULL, `submitted_by_id` text NULL, `decided_by_id` text NULL, `plan_version_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `variations_projects_variations` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION, CONSTRAINT `variations_public_bodies_leaving_body` FOREIGN KEY (`leaving_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `variations_public_bodies_joining_body` FOREIGN KEY (`joining_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `variations_public_bodies_new_lead_body` FOREIGN KEY (`new_lead_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `variations_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `variations_users_decided_by` FOREIGN KEY (`decided_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `variations_plan_versions_plan_version` FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions` (`id`) ON DELETE SET NULL);
-- create index "variation_tenant_aggregation_id" to table: "variations"
CREATE INDEX `variation_tenant_aggregation_id` ON `variations` (`tenant_aggregation_id`);
-- create index "variation_tenant_region_id" to table: "variations"
CREATE INDEX `variation_tenant_region_id` ON `variations` (`tenant_region_id`);
-- create index "variation_project_id_number" to table: "variations"
CREATE UNIQUE INDEX `variation_project_id_number` ON `variations` (`project_id`, `number`);
-- create index "variation_tenant_region_id_status" to table: "variations"
CREATE INDEX `variation_tenant_region_id_status` ON `variations` (`tenant_region_id`, `status`);
-- create "variation_allocations" table
CREATE TABLE `variation_allocations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `amount_cents` integer NOT NULL, `variation_id` text NOT NULL, `body_id` text NOT NULL, `expense_category_id` text NOT NULL, `intervention_line_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `variation_allocations_variations_allocations` FOREIGN KEY (`variation_id`) REFERENCES `variations` (`id`) ON DELETE NO ACTION, CONSTRAINT `variation_allocations_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `variation_allocations_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE NO ACTION, CONSTRAINT `variation_allocations_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE SET NULL);
-- create index "variationallocation_tenant_aggregation_id" to table: "variation_allocations"
CREATE INDEX `variationallocation_tenant_aggregation_id` ON `variation_allocations` (`tenant_aggregation_id`);
-- create index "variationallocation_tenant_region_id" to table: "variation_allocations"
CREATE INDEX `variationallocation_tenant_region_id` ON `variation_allocations` (`tenant_region_id`);
-- create index "variationallocation_variation_id" to table: "variation_allocations"
CREATE INDEX `variationallocation_variation_id` ON `variation_allocations` (`variation_id`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "variationallocation_variation_id" to table: "variation_allocations"
DROP INDEX `variationallocation_variation_id`;
-- reverse: create index "variationallocation_tenant_region_id" to table: "variation_allocations"
DROP INDEX `variationallocation_tenant_region_id`;
-- reverse: create index "variationallocation_tenant_aggregation_id" to table: "variation_allocations"
DROP INDEX `variationallocation_tenant_aggregation_id`;
-- reverse: create "variation_allocations" table
DROP TABLE `variation_allocations`;
-- reverse: create index "variation_tenant_region_id_status" to table: "variations"
DROP INDEX `variation_tenant_region_id_status`;
-- reverse: create index "variation_project_id_number" to table: "variations"
DROP INDEX `variation_project_id_number`;
-- reverse: create index "variation_tenant_region_id" to table: "variations"
DROP INDEX `variation_tenant_region_id`;
-- reverse: create index "variation_tenant_aggregation_id" to table: "variations"
DROP INDEX `variation_tenant_aggregation_id`;
-- reverse: create "variations" table
DROP TABLE `variations`;
-- reverse: create index "planversion_project_id_number" to table: "plan_versions"
DROP INDEX `planversion_project_id_number`;
-- reverse: create index "planversion_tenant_region_id" to table: "plan_versions"
DROP INDEX `planversion_tenant_region_id`;
-- reverse: create index "planversion_tenant_aggregation_id" to table: "plan_versions"
DROP INDEX `planversion_tenant_aggregation_id`;
-- reverse: create "plan_versions" table
DROP TABLE `plan_versions`;
-- reverse: create index "planallocation_plan_version_id" to table: "plan_allocations"
DROP INDEX `planallocation_plan_version_id`;
-- reverse: create index "planallocation_tenant_region_id" to table: "plan_allocations"
DROP INDEX `planallocation_tenant_region_id`;
-- reverse: create index "planallocation_tenant_aggregation_id" to table: "plan_allocations"
DROP INDEX `planallocation_tenant_aggregation_id`;
-- reverse: create "plan_allocations" table
DROP TABLE `plan_allocations`;
-- reverse: add column "plan_version" to table: "expense_claims"
ALTER TABLE `expense_claims` DROP COLUMN `plan_version`;
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
