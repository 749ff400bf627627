-- +goose Up
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "review_checklist" jsonb NULL;
-- modify "procurements" table
ALTER TABLE "procurements" ADD COLUMN "threshold_warnings" jsonb NULL;
-- modify "public_bodies" table
ALTER TABLE "public_bodies" ADD COLUMN "anac_qualified" boolean NOT NULL DEFAULT false;
-- create "invoice_shares" table
CREATE TABLE "invoice_shares" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "amount_cents" bigint NOT NULL, "invoice_id" character varying NOT NULL, "body_id" character varying NOT NULL, "expense_category_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "invoice_shares_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "invoice_shares_invoices_shares" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "invoice_shares_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "invoiceshare_body_id" to table: "invoice_shares"
CREATE INDEX "invoiceshare_body_id" ON "invoice_shares" ("body_id");
-- create index "invoiceshare_invoice_id_body_id" to table: "invoice_shares"
CREATE UNIQUE INDEX "invoiceshare_invoice_id_body_id" ON "invoice_shares" ("invoice_id", "body_id");
-- create index "invoiceshare_tenant_aggregation_id" to table: "invoice_shares"
CREATE INDEX "invoiceshare_tenant_aggregation_id" ON "invoice_shares" ("tenant_aggregation_id");
-- create index "invoiceshare_tenant_region_id" to table: "invoice_shares"
CREATE INDEX "invoiceshare_tenant_region_id" ON "invoice_shares" ("tenant_region_id");

-- +goose Down
-- reverse: create index "invoiceshare_tenant_region_id" to table: "invoice_shares"
DROP INDEX "invoiceshare_tenant_region_id";
-- reverse: create index "invoiceshare_tenant_aggregation_id" to table: "invoice_shares"
DROP INDEX "invoiceshare_tenant_aggregation_id";
-- reverse: create index "invoiceshare_invoice_id_body_id" to table: "invoice_shares"
DROP INDEX "invoiceshare_invoice_id_body_id";
-- reverse: create index "invoiceshare_body_id" to table: "invoice_shares"
DROP INDEX "invoiceshare_body_id";
-- reverse: create "invoice_shares" table
DROP TABLE "invoice_shares";
-- reverse: modify "public_bodies" table
ALTER TABLE "public_bodies" DROP COLUMN "anac_qualified";
-- reverse: modify "procurements" table
ALTER TABLE "procurements" DROP COLUMN "threshold_warnings";
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "review_checklist";
