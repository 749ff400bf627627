-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_documents" table
CREATE TABLE `new_documents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `kind` text NOT NULL DEFAULT ('OTHER'), `filename` text NOT NULL, `mime_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `content_sha256` text NULL, `storage_key` text NOT NULL, `signature_kind` text NOT NULL DEFAULT ('NONE'), `attachment_code` text NULL, `frozen` bool NOT NULL DEFAULT (false), `agreement_documents` text NULL, `application_documents` text NULL, `contract_documents` text NULL, `deliverable_documents` text NULL, `aggregation_id` text NULL, `body_id` text NULL, `uploaded_by_id` text NULL, `expense_claim_documents` text NULL, `invoice_documents` text NULL, `review_documents` text NULL, `variation_documents` text NULL, PRIMARY KEY (`id`), CONSTRAINT `documents_agreements_documents` FOREIGN KEY (`agreement_documents`) REFERENCES `agreements` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_applications_documents` FOREIGN KEY (`application_documents`) REFERENCES `applications` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_contracts_documents` FOREIGN KEY (`contract_documents`) REFERENCES `contracts` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_deliverables_documents` FOREIGN KEY (`deliverable_documents`) REFERENCES `deliverables` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_aggregations_aggregation` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_users_uploaded_by` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_expense_claims_documents` FOREIGN KEY (`expense_claim_documents`) REFERENCES `expense_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_invoices_documents` FOREIGN KEY (`invoice_documents`) REFERENCES `invoices` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_reviews_documents` FOREIGN KEY (`review_documents`) REFERENCES `reviews` (`id`) ON DELETE SET NULL, CONSTRAINT `documents_variations_documents` FOREIGN KEY (`variation_documents`) REFERENCES `variations` (`id`) ON DELETE SET NULL);
-- copy rows from old table "documents" to new temporary table "new_documents"
INSERT INTO `new_documents` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `filename`, `mime_type`, `size_bytes`, `sha256`, `content_sha256`, `storage_key`, `signature_kind`, `attachment_code`, `frozen`, `agreement_documents`, `application_documents`, `contract_documents`, `deliverable_documents`, `aggregation_id`, `body_id`, `uploaded_by_id`, `expense_claim_documents`, `invoice_documents`, `review_documents`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `kind`, `filename`, `mime_type`, `size_bytes`, `sha256`, `content_sha256`, `storage_key`, `signature_kind`, `attachment_code`, `frozen`, `agreement_documents`, `application_documents`, `contract_documents`, `deliverable_documents`, `aggregation_id`, `body_id`, `uploaded_by_id`, `expense_claim_documents`, `invoice_documents`, `review_documents` FROM `documents`;
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
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
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
