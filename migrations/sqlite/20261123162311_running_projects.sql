-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "review_checklist" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `review_checklist` json NULL;
-- add column "threshold_warnings" to table: "procurements"
ALTER TABLE `procurements` ADD COLUMN `threshold_warnings` json NULL;
-- create "new_public_bodies" table
CREATE TABLE `new_public_bodies` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `codice_fiscale` text NULL, `codice_ipa` text NULL, `istat_code` text NULL, `codice_catastale` text NULL, `province_code` text NULL, `province_name` text NULL, `region_code` text NULL, `region_name` text NULL, `population` integer NULL, `population_year` integer NULL, `pec` text NULL, `address` text NULL, `anac_qualified` bool NOT NULL DEFAULT (false), `procurement_beneficiaries` text NULL, PRIMARY KEY (`id`), CONSTRAINT `public_bodies_procurements_beneficiaries` FOREIGN KEY (`procurement_beneficiaries`) REFERENCES `procurements` (`id`) ON DELETE SET NULL);
-- copy rows from old table "public_bodies" to new temporary table "new_public_bodies"
INSERT INTO `new_public_bodies` (`id`, `created_at`, `updated_at`, `name`, `kind`, `codice_fiscale`, `codice_ipa`, `istat_code`, `codice_catastale`, `province_code`, `province_name`, `region_code`, `region_name`, `population`, `population_year`, `pec`, `address`, `procurement_beneficiaries`) SELECT `id`, `created_at`, `updated_at`, `name`, `kind`, `codice_fiscale`, `codice_ipa`, `istat_code`, `codice_catastale`, `province_code`, `province_name`, `region_code`, `region_name`, `population`, `population_year`, `pec`, `address`, `procurement_beneficiaries` FROM `public_bodies`;
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
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
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
-- reverse: add column "review_checklist" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `review_checklist`;
