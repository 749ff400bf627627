-- +goose Up
-- modify "budget_lines" table
ALTER TABLE "budget_lines" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "review_checklist" jsonb NULL;
-- modify "intervention_lines" table
ALTER TABLE "intervention_lines" DROP COLUMN "application_intervention_lines";
-- create "application_intervention_lines" table
CREATE TABLE "application_intervention_lines" ("application_id" character varying NOT NULL, "intervention_line_id" character varying NOT NULL, PRIMARY KEY ("application_id", "intervention_line_id"), CONSTRAINT "application_intervention_lines_application_id" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "application_intervention_lines_intervention_line_id" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
-- modify "contracts" table
ALTER TABLE "contracts" ADD COLUMN "version" bigint NOT NULL DEFAULT 1, ADD COLUMN "intervention_line_id" character varying NULL, ADD CONSTRAINT "contracts_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "public_bodies" table
ALTER TABLE "public_bodies" DROP COLUMN "procurement_beneficiaries", ADD COLUMN "anac_qualified" boolean NOT NULL DEFAULT false;
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
-- modify "vendors" table
ALTER TABLE "vendors" DROP COLUMN "lot_invited_vendors", DROP COLUMN "lot_bidders";
-- create "lot_bidders" table
CREATE TABLE "lot_bidders" ("lot_id" character varying NOT NULL, "vendor_id" character varying NOT NULL, PRIMARY KEY ("lot_id", "vendor_id"), CONSTRAINT "lot_bidders_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "lot_bidders_vendor_id" FOREIGN KEY ("vendor_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
-- create "lot_invited_vendors" table
CREATE TABLE "lot_invited_vendors" ("lot_id" character varying NOT NULL, "vendor_id" character varying NOT NULL, PRIMARY KEY ("lot_id", "vendor_id"), CONSTRAINT "lot_invited_vendors_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "lot_invited_vendors_vendor_id" FOREIGN KEY ("vendor_id") REFERENCES "vendors" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
-- modify "procurements" table
ALTER TABLE "procurements" ADD COLUMN "threshold_warnings" jsonb NULL;
-- create "procurement_beneficiaries" table
CREATE TABLE "procurement_beneficiaries" ("procurement_id" character varying NOT NULL, "public_body_id" character varying NOT NULL, PRIMARY KEY ("procurement_id", "public_body_id"), CONSTRAINT "procurement_beneficiaries_procurement_id" FOREIGN KEY ("procurement_id") REFERENCES "procurements" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "procurement_beneficiaries_public_body_id" FOREIGN KEY ("public_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);

-- +goose Down
-- reverse: create "procurement_beneficiaries" table
DROP TABLE "procurement_beneficiaries";
-- reverse: modify "procurements" table
ALTER TABLE "procurements" DROP COLUMN "threshold_warnings";
-- reverse: create "lot_invited_vendors" table
DROP TABLE "lot_invited_vendors";
-- reverse: create "lot_bidders" table
DROP TABLE "lot_bidders";
-- reverse: modify "vendors" table
ALTER TABLE "vendors" ADD COLUMN "lot_bidders" character varying NULL, ADD COLUMN "lot_invited_vendors" character varying NULL;
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
ALTER TABLE "public_bodies" DROP COLUMN "anac_qualified", ADD COLUMN "procurement_beneficiaries" character varying NULL;
-- reverse: modify "contracts" table
ALTER TABLE "contracts" DROP CONSTRAINT "contracts_intervention_lines_intervention_line", DROP COLUMN "intervention_line_id", DROP COLUMN "version";
-- reverse: create "application_intervention_lines" table
DROP TABLE "application_intervention_lines";
-- reverse: modify "intervention_lines" table
ALTER TABLE "intervention_lines" ADD COLUMN "application_intervention_lines" character varying NULL;
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "review_checklist";
-- reverse: modify "budget_lines" table
ALTER TABLE "budget_lines" DROP COLUMN "version";
