-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "population_year" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `population_year` integer NULL;
-- create "new_disbursements" table
CREATE TABLE `new_disbursements` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL, `amount_cents` integer NOT NULL, `eu_cents` integer NOT NULL DEFAULT (0), `state_cents` integer NOT NULL DEFAULT (0), `region_cents` integer NOT NULL DEFAULT (0), `admitted_to_date_cents` integer NOT NULL DEFAULT (0), `status` text NOT NULL DEFAULT ('REQUESTED'), `requested_on` date NULL, `approved_on` date NULL, `paid_on` date NULL, `claim_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `disbursements_expense_claims_claim` FOREIGN KEY (`claim_id`) REFERENCES `expense_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `disbursements_projects_disbursements` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "disbursements" to new temporary table "new_disbursements"
INSERT INTO `new_disbursements` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `amount_cents`, `status`, `requested_on`, `approved_on`, `paid_on`, `claim_id`, `project_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `amount_cents`, `status`, `requested_on`, `approved_on`, `paid_on`, `claim_id`, `project_id` FROM `disbursements`;
-- drop "disbursements" table after copying rows
DROP TABLE `disbursements`;
-- rename temporary table "new_disbursements" to "disbursements"
ALTER TABLE `new_disbursements` RENAME TO `disbursements`;
-- create index "disbursement_tenant_aggregation_id" to table: "disbursements"
CREATE INDEX `disbursement_tenant_aggregation_id` ON `disbursements` (`tenant_aggregation_id`);
-- create index "disbursement_tenant_region_id" to table: "disbursements"
CREATE INDEX `disbursement_tenant_region_id` ON `disbursements` (`tenant_region_id`);
-- create index "disbursement_project_id" to table: "disbursements"
CREATE INDEX `disbursement_project_id` ON `disbursements` (`project_id`);
-- create "new_documents" table
CREATE TABLE `new_documents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL DEFAULT ('OTHER'), `filename` text NOT NULL, `mime_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `content_sha256` text NULL, `storage_key` text NOT NULL, `signature_kind` text NOT NULL DEFAULT ('NONE'), `attachment_code` text NULL, `frozen` bool NOT NULL DEFAULT (false), `agreement_documents` text NULL, `application_documents` text NULL, `contract_documents` text NULL, `deliverable_documents` text NULL, `aggregation_id` text NULL, `body_id` text NULL, `uploaded_by_id` text NULL, `expense_claim_documents` text NULL, `invoice_documents` text NULL, `review_documents` text NULL, PRIMARY KEY (`id`), CONSTRAINT `documents_agreements_documents` FOREIGN KEY (`agreement_documents`) REFERENCES `agreements` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_applications_documents` FOREIGN KEY (`application_documents`) REFERENCES `applications` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_contracts_documents` FOREIGN KEY (`contract_documents`) REFERENCES `contracts` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_deliverables_documents` FOREIGN KEY (`deliverable_documents`) REFERENCES `deliverables` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_aggregations_aggregation` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_users_uploaded_by` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_expense_claims_documents` FOREIGN KEY (`expense_claim_documents`) REFERENCES `expense_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_invoices_documents` FOREIGN KEY (`invoice_documents`) REFERENCES `invoices` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_reviews_documents` FOREIGN KEY (`review_documents`) REFERENCES `reviews` (`id`) ON DELETE SET NULL);
-- copy rows from old table "documents" to new temporary table "new_documents"
INSERT INTO `new_documents` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `filename`, `mime_type`, `size_bytes`, `sha256`, `storage_key`, `signature_kind`, `attachment_code`, `frozen`, `agreement_documents`, `application_documents`, `contract_documents`, `deliverable_documents`, `aggregation_id`, `body_id`, `uploaded_by_id`, `expense_claim_documents`, `invoice_documents`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `filename`, `mime_type`, `size_bytes`, `sha256`, `storage_key`, `signature_kind`, `attachment_code`, `frozen`, `agreement_documents`, `application_documents`, `contract_documents`, `deliverable_documents`, `aggregation_id`, `body_id`, `uploaded_by_id`, `expense_claim_documents`, `invoice_documents` FROM `documents`;
-- drop "documents" table after copying rows
DROP TABLE `documents`;
-- rename temporary table "new_documents" to "documents"
ALTER TABLE `new_documents` RENAME TO `documents`;
-- create index "document_tenant_aggregation_id" to table: "documents"
CREATE INDEX `document_tenant_aggregation_id` ON `documents` (`tenant_aggregation_id`);
-- create index "document_tenant_region_id" to table: "documents"
CREATE INDEX `document_tenant_region_id` ON `documents` (`tenant_region_id`);
-- create index "document_sha256" to table: "documents"
CREATE INDEX `document_sha256` ON `documents` (`sha256`);
-- create index "document_content_sha256" to table: "documents"
CREATE INDEX `document_content_sha256` ON `documents` (`content_sha256`);
-- create index "document_aggregation_id" to table: "documents"
CREATE INDEX `document_aggregation_id` ON `documents` (`aggregation_id`);
-- create "new_expense_claims" table
CREATE TABLE `new_expense_claims` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `number` integer NOT NULL, `period_start` date NOT NULL, `period_end` date NOT NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `narrative` text NULL, `submitted_at` datetime NULL, `declarant_name` text NULL, `declarant_role` text NULL, `submitted_by_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `expense_claims_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `expense_claims_projects_expense_claims` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "expense_claims" to new temporary table "new_expense_claims"
INSERT INTO `new_expense_claims` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `number`, `period_start`, `period_end`, `status`, `narrative`, `submitted_at`, `project_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `number`, `period_start`, `period_end`, `status`, `narrative`, `submitted_at`, `project_id` FROM `expense_claims`;
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
-- create "new_invoices" table
CREATE TABLE `new_invoices` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `supplier_vat_id` text NOT NULL, `supplier_name` text NULL, `buyer_codice_fiscale` text NULL, `buyer_office_code` text NULL, `number` text NOT NULL, `issued_on` date NOT NULL, `document_type` text NOT NULL DEFAULT ('TD01'), `currency` text NOT NULL DEFAULT ('EUR'), `foreign_total_cents` integer NULL, `conversion_act` text NULL, `cig` text NULL, `cup` text NULL, `taxable_cents` integer NOT NULL, `vat_cents` integer NOT NULL DEFAULT (0), `total_cents` integer NOT NULL, `stamp_duty_cents` integer NOT NULL DEFAULT (0), `withholding_cents` integer NOT NULL DEFAULT (0), `credited_taxable_cents` integer NOT NULL DEFAULT (0), `credited_vat_cents` integer NOT NULL DEFAULT (0), `split_payment` bool NOT NULL DEFAULT (false), `due_on` date NULL, `problems` json NULL, `contract_id` text NULL, `vendor_id` text NULL, `buyer_body_id` text NULL, `credited_invoice_id` text NULL, `project_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `invoices_contracts_invoices` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`) ON DELETE SET NULL, CONSTRAINT `invoices_vendors_vendor` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE SET NULL, CONSTRAINT `invoices_public_bodies_buyer_body` FOREIGN KEY (`buyer_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `invoices_invoices_credit_notes` FOREIGN KEY (`credited_invoice_id`) REFERENCES `invoices` (`id`) ON DELETE SET NULL, CONSTRAINT `invoices_projects_invoices` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "invoices" to new temporary table "new_invoices"
INSERT INTO `new_invoices` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `supplier_vat_id`, `supplier_name`, `buyer_codice_fiscale`, `number`, `issued_on`, `document_type`, `cig`, `cup`, `taxable_cents`, `vat_cents`, `total_cents`, `split_payment`, `due_on`, `problems`, `contract_id`, `vendor_id`, `project_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `supplier_vat_id`, `supplier_name`, `buyer_codice_fiscale`, `number`, `issued_on`, `document_type`, `cig`, `cup`, `taxable_cents`, `vat_cents`, `total_cents`, `split_payment`, `due_on`, `problems`, `contract_id`, `vendor_id`, `project_id` FROM `invoices`;
-- drop "invoices" table after copying rows
DROP TABLE `invoices`;
-- rename temporary table "new_invoices" to "invoices"
ALTER TABLE `new_invoices` RENAME TO `invoices`;
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
-- create index "invoice_credited_invoice_id" to table: "invoices"
CREATE INDEX `invoice_credited_invoice_id` ON `invoices` (`credited_invoice_id`);
-- create "new_lots" table
CREATE TABLE `new_lots` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `number` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `cig` text NOT NULL, `legacy_cig_acknowledged` bool NOT NULL DEFAULT (false), `base_cents` integer NOT NULL, `award_cents` integer NULL, `awarded_on` date NULL, `awarded_vendor_id` text NULL, `procurement_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `lots_vendors_awarded_vendor` FOREIGN KEY (`awarded_vendor_id`) REFERENCES `vendors` (`id`) ON DELETE SET NULL, CONSTRAINT `lots_procurements_lots` FOREIGN KEY (`procurement_id`) REFERENCES `procurements` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "lots" to new temporary table "new_lots"
INSERT INTO `new_lots` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `number`, `title`, `cig`, `base_cents`, `award_cents`, `awarded_on`, `awarded_vendor_id`, `procurement_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `number`, `title`, `cig`, `base_cents`, `award_cents`, `awarded_on`, `awarded_vendor_id`, `procurement_id` FROM `lots`;
-- drop "lots" table after copying rows
DROP TABLE `lots`;
-- rename temporary table "new_lots" to "lots"
ALTER TABLE `new_lots` RENAME TO `lots`;
-- create index "lots_cig_key" to table: "lots"
CREATE UNIQUE INDEX `lots_cig_key` ON `lots` (`cig`);
-- create index "lot_tenant_aggregation_id" to table: "lots"
CREATE INDEX `lot_tenant_aggregation_id` ON `lots` (`tenant_aggregation_id`);
-- create index "lot_tenant_region_id" to table: "lots"
CREATE INDEX `lot_tenant_region_id` ON `lots` (`tenant_region_id`);
-- create index "lot_procurement_id_number" to table: "lots"
CREATE UNIQUE INDEX `lot_procurement_id_number` ON `lots` (`procurement_id`, `number`);
-- create "new_payments" table
CREATE TABLE `new_payments` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL DEFAULT ('SUPPLIER'), `mandate_number` text NOT NULL, `mandate_date` date NOT NULL, `amount_cents` integer NOT NULL, `receipt_date` date NULL, `invoice_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `payments_invoices_payments` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "payments" to new temporary table "new_payments"
INSERT INTO `new_payments` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `mandate_number`, `mandate_date`, `amount_cents`, `receipt_date`, `invoice_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `mandate_number`, `mandate_date`, `amount_cents`, `receipt_date`, `invoice_id` FROM `payments`;
-- drop "payments" table after copying rows
DROP TABLE `payments`;
-- rename temporary table "new_payments" to "payments"
ALTER TABLE `new_payments` RENAME TO `payments`;
-- create index "payment_tenant_aggregation_id" to table: "payments"
CREATE INDEX `payment_tenant_aggregation_id` ON `payments` (`tenant_aggregation_id`);
-- create index "payment_tenant_region_id" to table: "payments"
CREATE INDEX `payment_tenant_region_id` ON `payments` (`tenant_region_id`);
-- create index "payment_invoice_id_kind_mandate_number" to table: "payments"
CREATE UNIQUE INDEX `payment_invoice_id_kind_mandate_number` ON `payments` (`invoice_id`, `kind`, `mandate_number`);
-- add column "job_title" to table: "users"
ALTER TABLE `users` ADD COLUMN `job_title` text NULL;
-- add column "population_year" to table: "contracts"
ALTER TABLE `contracts` ADD COLUMN `population_year` integer NULL;
-- create "new_public_bodies" table
CREATE TABLE `new_public_bodies` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `kind` text NOT NULL, `codice_fiscale` text NULL, `codice_ipa` text NULL, `invoicing_office_codes` json NULL, `istat_code` text NULL, `codice_catastale` text NULL, `province_code` text NULL, `province_name` text NULL, `region_code` text NULL, `region_name` text NULL, `population` integer NULL, `population_year` integer NULL, `pec` text NULL, `address` text NULL, `anac_qualified` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- copy rows from old table "public_bodies" to new temporary table "new_public_bodies"
INSERT INTO `new_public_bodies` (`id`, `created_at`, `updated_at`, `name`, `kind`, `codice_fiscale`, `codice_ipa`, `istat_code`, `codice_catastale`, `province_code`, `province_name`, `region_code`, `region_name`, `population`, `population_year`, `pec`, `address`, `anac_qualified`) SELECT `id`, `created_at`, `updated_at`, `name`, `kind`, `codice_fiscale`, `codice_ipa`, `istat_code`, `codice_catastale`, `province_code`, `province_name`, `region_code`, `region_name`, `population`, `population_year`, `pec`, `address`, `anac_qualified` FROM `public_bodies`;
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
-- create "population_figures" table
CREATE TABLE `population_figures` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `year` integer NOT NULL, `population` integer NOT NULL, `source` text NOT NULL, `body_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `population_figures_public_bodies_population_figures` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION);
-- create index "populationfigure_body_id_year" to table: "population_figures"
CREATE UNIQUE INDEX `populationfigure_body_id_year` ON `population_figures` (`body_id`, `year`);
-- create index "populationfigure_year" to table: "population_figures"
CREATE INDEX `populationfigure_year` ON `population_figures` (`year`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "populationfigure_year" to table: "population_figures"
DROP INDEX `populationfigure_year`;
-- reverse: create index "populationfigure_body_id_year" to table: "population_figures"
DROP INDEX `populationfigure_body_id_year`;
-- reverse: create "population_figures" table
DROP TABLE `population_figures`;
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
-- reverse: add column "population_year" to table: "contracts"
ALTER TABLE `contracts` DROP COLUMN `population_year`;
-- reverse: add column "job_title" to table: "users"
ALTER TABLE `users` DROP COLUMN `job_title`;
-- reverse: create index "payment_invoice_id_kind_mandate_number" to table: "payments"
DROP INDEX `payment_invoice_id_kind_mandate_number`;
-- reverse: create index "payment_tenant_region_id" to table: "payments"
DROP INDEX `payment_tenant_region_id`;
-- reverse: create index "payment_tenant_aggregation_id" to table: "payments"
DROP INDEX `payment_tenant_aggregation_id`;
-- reverse: create "new_payments" table
DROP TABLE `new_payments`;
-- reverse: create index "lot_procurement_id_number" to table: "lots"
DROP INDEX `lot_procurement_id_number`;
-- reverse: create index "lot_tenant_region_id" to table: "lots"
DROP INDEX `lot_tenant_region_id`;
-- reverse: create index "lot_tenant_aggregation_id" to table: "lots"
DROP INDEX `lot_tenant_aggregation_id`;
-- reverse: create index "lots_cig_key" to table: "lots"
DROP INDEX `lots_cig_key`;
-- reverse: create "new_lots" table
DROP TABLE `new_lots`;
-- reverse: create index "invoice_credited_invoice_id" to table: "invoices"
DROP INDEX `invoice_credited_invoice_id`;
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
-- reverse: create "new_invoices" table
DROP TABLE `new_invoices`;
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
-- reverse: create index "document_aggregation_id" to table: "documents"
DROP INDEX `document_aggregation_id`;
-- reverse: create index "document_content_sha256" to table: "documents"
DROP INDEX `document_content_sha256`;
-- reverse: create index "document_sha256" to table: "documents"
DROP INDEX `document_sha256`;
-- reverse: create index "document_tenant_region_id" to table: "documents"
DROP INDEX `document_tenant_region_id`;
-- reverse: create index "document_tenant_aggregation_id" to table: "documents"
DROP INDEX `document_tenant_aggregation_id`;
-- reverse: create "new_documents" table
DROP TABLE `new_documents`;
-- reverse: create index "disbursement_project_id" to table: "disbursements"
DROP INDEX `disbursement_project_id`;
-- reverse: create index "disbursement_tenant_region_id" to table: "disbursements"
DROP INDEX `disbursement_tenant_region_id`;
-- reverse: create index "disbursement_tenant_aggregation_id" to table: "disbursements"
DROP INDEX `disbursement_tenant_aggregation_id`;
-- reverse: create "new_disbursements" table
DROP TABLE `new_disbursements`;
-- reverse: add column "population_year" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `population_year`;
