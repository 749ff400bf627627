-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_budget_lines" table
CREATE TABLE `new_budget_lines` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `year` integer NOT NULL DEFAULT (0), `amount_cents` integer NOT NULL, `note` text NULL, `application_id` text NOT NULL, `body_id` text NOT NULL, `intervention_line_id` text NOT NULL, `expense_category_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `budget_lines_applications_budget_lines` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `budget_lines_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `budget_lines_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE NO ACTION, CONSTRAINT `budget_lines_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "budget_lines" to new temporary table "new_budget_lines"
INSERT INTO `new_budget_lines` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `year`, `amount_cents`, `note`, `application_id`, `body_id`, `intervention_line_id`, `expense_category_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `year`, `amount_cents`, `note`, `application_id`, `body_id`, `intervention_line_id`, `expense_category_id` FROM `budget_lines`;
-- drop "budget_lines" table after copying rows
DROP TABLE `budget_lines`;
-- rename temporary table "new_budget_lines" to "budget_lines"
ALTER TABLE `new_budget_lines` RENAME TO `budget_lines`;
-- create index "budgetline_tenant_aggregation_id" to table: "budget_lines"
CREATE INDEX `budgetline_tenant_aggregation_id` ON `budget_lines` (`tenant_aggregation_id`);
-- create index "budgetline_tenant_region_id" to table: "budget_lines"
CREATE INDEX `budgetline_tenant_region_id` ON `budget_lines` (`tenant_region_id`);
-- create index "budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b" to table: "budget_lines"
CREATE UNIQUE INDEX `budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b` ON `budget_lines` (`application_id`, `body_id`, `intervention_line_id`, `expense_category_id`, `year`);
-- add column "review_checklist" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `review_checklist` json NULL;
-- create "new_contracts" table
CREATE TABLE `new_contracts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `reference` text NULL, `signed_on` date NULL, `net_cents` integer NOT NULL, `vat_cents` integer NOT NULL DEFAULT (0), `starts_on` date NULL, `ends_on` date NULL, `split_method` text NOT NULL DEFAULT ('CUSTOM'), `status` text NOT NULL DEFAULT ('ACTIVE'), `intervention_line_id` text NULL, `lot_id` text NOT NULL, `vendor_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `contracts_intervention_lines_intervention_line` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE SET NULL, CONSTRAINT `contracts_lots_contracts` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`) ON DELETE NO ACTION, CONSTRAINT `contracts_vendors_contracts` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "contracts" to new temporary table "new_contracts"
INSERT INTO `new_contracts` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `reference`, `signed_on`, `net_cents`, `vat_cents`, `starts_on`, `ends_on`, `split_method`, `status`, `lot_id`, `vendor_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `reference`, `signed_on`, `net_cents`, `vat_cents`, `starts_on`, `ends_on`, `split_method`, `status`, `lot_id`, `vendor_id` FROM `contracts`;
-- drop "contracts" table after copying rows
DROP TABLE `contracts`;
-- rename temporary table "new_contracts" to "contracts"
ALTER TABLE `new_contracts` RENAME TO `contracts`;
-- create index "contract_tenant_aggregation_id" to table: "contracts"
CREATE INDEX `contract_tenant_aggregation_id` ON `contracts` (`tenant_aggregation_id`);
-- create index "contract_tenant_region_id" to table: "contracts"
CREATE INDEX `contract_tenant_region_id` ON `contracts` (`tenant_region_id`);
-- create "new_intervention_lines" table
CREATE TABLE `new_intervention_lines` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `code` text NOT NULL, `name` text NOT NULL, `description` text NULL, `position` integer NOT NULL DEFAULT (0), `call_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `intervention_lines_calls_intervention_lines` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`) ON DELETE NO ACTION);
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
-- add column "threshold_warnings" to table: "procurements"
ALTER TABLE `procurements` ADD COLUMN `threshold_warnings` json NULL;
-- create "new_public_bodies" table
CREATE TABLE `new_public_bodies` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `codice_fiscale` text NULL, `codice_ipa` text NULL, `istat_code` text NULL, `codice_catastale` text NULL, `province_code` text NULL, `province_name` text NULL, `region_code` text NULL, `region_name` text NULL, `population` integer NULL, `population_year` integer NULL, `pec` text NULL, `address` text NULL, `anac_qualified` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- copy rows from old table "public_bodies" to new temporary table "new_public_bodies"
INSERT INTO `new_public_bodies` (`id`, `created_at`, `updated_at`, `name`, `kind`, `codice_fiscale`, `codice_ipa`, `istat_code`, `codice_catastale`, `province_code`, `province_name`, `region_code`, `region_name`, `population`, `population_year`, `pec`, `address`) SELECT `id`, `created_at`, `updated_at`, `name`, `kind`, `codice_fiscale`, `codice_ipa`, `istat_code`, `codice_catastale`, `province_code`, `province_name`, `region_code`, `region_name`, `population`, `population_year`, `pec`, `address` FROM `public_bodies`;
-- drop "public_bodies" table after copying rows
DROP TABLE `public_bodies`;
-- rename temporary table "new_public_bodies" to "public_bodies"
ALTER TABLE `new_public_bodies` RENAME TO `public_bodies`;
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
-- create "new_vendors" table
CREATE TABLE `new_vendors` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `vat_id` text NULL, `codice_fiscale` text NULL, `pec` text NULL, `address` text NULL, `city` text NULL, `is_grouping` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
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
-- create "invoice_shares" table
CREATE TABLE `invoice_shares` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `amount_cents` integer NOT NULL, `invoice_id` text NOT NULL, `body_id` text NOT NULL, `expense_category_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `invoice_shares_invoices_shares` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE NO ACTION, CONSTRAINT `invoice_shares_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `invoice_shares_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE SET NULL);
-- create index "invoiceshare_tenant_aggregation_id" to table: "invoice_shares"
CREATE INDEX `invoiceshare_tenant_aggregation_id` ON `invoice_shares` (`tenant_aggregation_id`);
-- create index "invoiceshare_tenant_region_id" to table: "invoice_shares"
CREATE INDEX `invoiceshare_tenant_region_id` ON `invoice_shares` (`tenant_region_id`);
-- create index "invoiceshare_invoice_id_body_id" to table: "invoice_shares"
CREATE UNIQUE INDEX `invoiceshare_invoice_id_body_id` ON `invoice_shares` (`invoice_id`, `body_id`);
-- create index "invoiceshare_body_id" to table: "invoice_shares"
CREATE INDEX `invoiceshare_body_id` ON `invoice_shares` (`body_id`);
-- create "application_intervention_lines" table
CREATE TABLE `application_intervention_lines` (`application_id` text NOT NULL, `intervention_line_id` text NOT NULL, PRIMARY KEY (`application_id`, `intervention_line_id`), CONSTRAINT `application_intervention_lines_application_id` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE, CONSTRAINT `application_intervention_lines_intervention_line_id` FOREIGN KEY (`intervention_line_id`) REFERENCES `intervention_lines` (`id`) ON DELETE CASCADE);
-- create "lot_invited_vendors" table
CREATE TABLE `lot_invited_vendors` (`lot_id` text NOT NULL, `vendor_id` text NOT NULL, PRIMARY KEY (`lot_id`, `vendor_id`), CONSTRAINT `lot_invited_vendors_lot_id` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`) ON DELETE CASCADE, CONSTRAINT `lot_invited_vendors_vendor_id` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE CASCADE);
-- create "lot_bidders" table
CREATE TABLE `lot_bidders` (`lot_id` text NOT NULL, `vendor_id` text NOT NULL, PRIMARY KEY (`lot_id`, `vendor_id`), CONSTRAINT `lot_bidders_lot_id` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`) ON DELETE CASCADE, CONSTRAINT `lot_bidders_vendor_id` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE CASCADE);
-- create "procurement_beneficiaries" table
CREATE TABLE `procurement_beneficiaries` (`procurement_id` text NOT NULL, `public_body_id` text NOT NULL, PRIMARY KEY (`procurement_id`, `public_body_id`), CONSTRAINT `procurement_beneficiaries_procurement_id` FOREIGN KEY (`procurement_id`) REFERENCES `procurements` (`id`) ON DELETE CASCADE, CONSTRAINT `procurement_beneficiaries_public_body_id` FOREIGN KEY (`public_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE CASCADE);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create "procurement_beneficiaries" table
DROP TABLE `procurement_beneficiaries`;
-- reverse: create "lot_bidders" table
DROP TABLE `lot_bidders`;
-- reverse: create "lot_invited_vendors" table
DROP TABLE `lot_invited_vendors`;
-- reverse: create "application_intervention_lines" table
DROP TABLE `application_intervention_lines`;
-- reverse: create index "invoiceshare_body_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_body_id`;
-- reverse: create index "invoiceshare_invoice_id_body_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_invoice_id_body_id`;
-- reverse: create index "invoiceshare_tenant_region_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_tenant_region_id`;
-- reverse: create index "invoiceshare_tenant_aggregation_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_tenant_aggregation_id`;
-- reverse: create "invoice_shares" table
DROP TABLE `invoice_shares`;
-- reverse: create index "vendor_name" to table: "vendors"
DROP INDEX `vendor_name`;
-- reverse: create index "vendors_vat_id_key" to table: "vendors"
DROP INDEX `vendors_vat_id_key`;
-- reverse: create "new_vendors" table
DROP TABLE `new_vendors`;
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
-- reverse: create "new_public_bodies" table
DROP TABLE `new_public_bodies`;
-- reverse: add column "threshold_warnings" to table: "procurements"
ALTER TABLE `procurements` DROP COLUMN `threshold_warnings`;
-- reverse: create index "interventionline_call_id_code" to table: "intervention_lines"
DROP INDEX `interventionline_call_id_code`;
-- reverse: create index "interventionline_tenant_region_id" to table: "intervention_lines"
DROP INDEX `interventionline_tenant_region_id`;
-- reverse: create index "interventionline_tenant_aggregation_id" to table: "intervention_lines"
DROP INDEX `interventionline_tenant_aggregation_id`;
-- reverse: create "new_intervention_lines" table
DROP TABLE `new_intervention_lines`;
-- reverse: create index "contract_tenant_region_id" to table: "contracts"
DROP INDEX `contract_tenant_region_id`;
-- reverse: create index "contract_tenant_aggregation_id" to table: "contracts"
DROP INDEX `contract_tenant_aggregation_id`;
-- reverse: create "new_contracts" table
DROP TABLE `new_contracts`;
-- reverse: add column "review_checklist" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `review_checklist`;
-- reverse: create index "budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b" to table: "budget_lines"
DROP INDEX `budgetline_application_id_body__5eaa127b211f63844a83d4ac75e1c08b`;
-- reverse: create index "budgetline_tenant_region_id" to table: "budget_lines"
DROP INDEX `budgetline_tenant_region_id`;
-- reverse: create index "budgetline_tenant_aggregation_id" to table: "budget_lines"
DROP INDEX `budgetline_tenant_aggregation_id`;
-- reverse: create "new_budget_lines" table
DROP TABLE `new_budget_lines`;
