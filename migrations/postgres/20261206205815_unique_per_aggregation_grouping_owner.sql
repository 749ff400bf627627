-- +goose Up
-- drop index "invoice_supplier_vat_id_number_issued_on" from table: "invoices"
DROP INDEX "invoice_supplier_vat_id_number_issued_on";
-- create index "invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id" to table: "invoices"
CREATE UNIQUE INDEX "invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id" ON "invoices" ("supplier_vat_id", "number", "issued_on", "tenant_aggregation_id");
-- drop index "lots_cig_key" from table: "lots"
DROP INDEX "lots_cig_key";
-- create index "lot_cig_tenant_aggregation_id" to table: "lots"
CREATE UNIQUE INDEX "lot_cig_tenant_aggregation_id" ON "lots" ("cig", "tenant_aggregation_id");
-- modify "vendors" table
ALTER TABLE "vendors" ADD COLUMN "owner_aggregation_id" character varying NULL, ADD CONSTRAINT "vendors_aggregations_owner_aggregation" FOREIGN KEY ("owner_aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;

-- +goose Down
-- reverse: modify "vendors" table
ALTER TABLE "vendors" DROP CONSTRAINT "vendors_aggregations_owner_aggregation", DROP COLUMN "owner_aggregation_id";
-- reverse: create index "lot_cig_tenant_aggregation_id" to table: "lots"
DROP INDEX "lot_cig_tenant_aggregation_id";
-- reverse: drop index "lots_cig_key" from table: "lots"
CREATE UNIQUE INDEX "lots_cig_key" ON "lots" ("cig");
-- reverse: create index "invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id" to table: "invoices"
DROP INDEX "invoice_supplier_vat_id_number_issued_on_tenant_aggregation_id";
-- reverse: drop index "invoice_supplier_vat_id_number_issued_on" from table: "invoices"
CREATE UNIQUE INDEX "invoice_supplier_vat_id_number_issued_on" ON "invoices" ("supplier_vat_id", "number", "issued_on");
