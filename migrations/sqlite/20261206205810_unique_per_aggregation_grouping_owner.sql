-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- drop index "invoice_supplier_vat_id_number_issued_on" from table: "invoices"
DROP INDEX `invoice_supplier_vat_id_number_issued_on`;
-- create index "invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id" to table: "invoices"
CREATE UNIQUE INDEX `invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id` ON `invoices` (`supplier_vat_id`, `number`, `issued_on`, `tenant_aggregation_id`);
-- drop index "lots_cig_key" from table: "lots"
DROP INDEX `lots_cig_key`;
-- create index "lot_cig_tenant_aggregation_id" to table: "lots"
CREATE UNIQUE INDEX `lot_cig_tenant_aggregation_id` ON `lots` (`cig`, `tenant_aggregation_id`);
-- create "new_vendors" table
CREATE TABLE `new_vendors` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `vat_id` text NULL, `codice_fiscale` text NULL, `pec` text NULL, `address` text NULL, `city` text NULL, `is_grouping` bool NOT NULL DEFAULT (false), `owner_aggregation_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `vendors_aggregations_owner_aggregation` FOREIGN KEY (`owner_aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE SET NULL);
-- copy rows from old table "vendors" to new temporary table "new_vendors"
INSERT INTO `new_vendors` (`id`, `created_at`, `updated_at`, `version`, `name`, `vat_id`, `codice_fiscale`, `pec`, `address`, `city`, `is_grouping`) SELECT `id`, `created_at`, `updated_at`, `version`, `name`, `vat_id`, `codice_fiscale`, `pec`, `address`, `city`, `is_grouping` FROM `vendors`;
-- drop "vendors" table after copying rows
DROP TABLE `vendors`;
-- rename temporary table "new_vendors" to "vendors"
ALTER TABLE `new_vendors` RENAME TO `vendors`;
-- create index "vendors_vat_id_key" to table: "vendors"
CREATE UNIQUE INDEX `vendors_vat_id_key` ON `vendors` (`vat_id`);
-- create index "vendor_name" to table: "vendors"
CREATE INDEX `vendor_name` ON `vendors` (`name`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "vendor_name" to table: "vendors"
DROP INDEX `vendor_name`;
-- reverse: create index "vendors_vat_id_key" to table: "vendors"
DROP INDEX `vendors_vat_id_key`;
-- reverse: create "new_vendors" table
DROP TABLE `new_vendors`;
-- reverse: create index "lot_cig_tenant_aggregation_id" to table: "lots"
DROP INDEX `lot_cig_tenant_aggregation_id`;
-- reverse: drop index "lots_cig_key" from table: "lots"
CREATE UNIQUE INDEX `lots_cig_key` ON `lots` (`cig`);
-- reverse: create index "invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id" to table: "invoices"
DROP INDEX `invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id`;
-- reverse: drop index "invoice_supplier_vat_id_number_issued_on" from table: "invoices"
CREATE UNIQUE INDEX `invoice_supplier_vat_id_number_issued_on` ON `invoices` (`supplier_vat_id`, `number`, `issued_on`);
