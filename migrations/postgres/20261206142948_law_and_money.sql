-- +goose Up
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "population_year" bigint NULL;
-- modify "contracts" table
ALTER TABLE "contracts" ADD COLUMN "population_year" bigint NULL;
-- modify "disbursements" table
ALTER TABLE "disbursements" ADD COLUMN "eu_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "state_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "region_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "admitted_to_date_cents" bigint NOT NULL DEFAULT 0;
-- modify "lots" table
ALTER TABLE "lots" ADD COLUMN "legacy_cig_acknowledged" boolean NOT NULL DEFAULT false;
-- drop index "payment_invoice_id" from table: "payments"
DROP INDEX "payment_invoice_id";
-- modify "payments" table
ALTER TABLE "payments" ADD COLUMN "kind" character varying NOT NULL DEFAULT 'SUPPLIER';
-- create index "payment_invoice_id_kind_mandate_number" to table: "payments"
CREATE UNIQUE INDEX "payment_invoice_id_kind_mandate_number" ON "payments" ("invoice_id", "kind", "mandate_number");
-- modify "documents" table
ALTER TABLE "documents" ADD COLUMN "content_sha256" character varying NULL, ADD COLUMN "review_documents" character varying NULL, ADD CONSTRAINT "documents_reviews_documents" FOREIGN KEY ("review_documents") REFERENCES "reviews" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "document_content_sha256" to table: "documents"
CREATE INDEX "document_content_sha256" ON "documents" ("content_sha256");
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "job_title" character varying NULL;
-- modify "expense_claims" table
ALTER TABLE "expense_claims" ADD COLUMN "declarant_name" character varying NULL, ADD COLUMN "declarant_role" character varying NULL, ADD COLUMN "submitted_by_id" character varying NULL, ADD CONSTRAINT "expense_claims_users_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "public_bodies" table
ALTER TABLE "public_bodies" ADD COLUMN "version" bigint NOT NULL DEFAULT 1, ADD COLUMN "invoicing_office_codes" jsonb NULL;
-- modify "invoices" table
ALTER TABLE "invoices" ADD COLUMN "buyer_office_code" character varying NULL, ADD COLUMN "currency" character varying NOT NULL DEFAULT 'EUR', ADD COLUMN "foreign_total_cents" bigint NULL, ADD COLUMN "conversion_act" character varying NULL, ADD COLUMN "stamp_duty_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "withholding_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "credited_taxable_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "credited_vat_cents" bigint NOT NULL DEFAULT 0, ADD COLUMN "buyer_body_id" character varying NULL, ADD COLUMN "credited_invoice_id" character varying NULL, ADD CONSTRAINT "invoices_invoices_credit_notes" FOREIGN KEY ("credited_invoice_id") REFERENCES "invoices" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "invoices_public_bodies_buyer_body" FOREIGN KEY ("buyer_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "invoice_credited_invoice_id" to table: "invoices"
CREATE INDEX "invoice_credited_invoice_id" ON "invoices" ("credited_invoice_id");
-- create "population_figures" table
CREATE TABLE "population_figures" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "year" bigint NOT NULL, "population" bigint NOT NULL, "source" character varying NOT NULL, "body_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "population_figures_public_bodies_population_figures" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "populationfigure_body_id_year" to table: "population_figures"
CREATE UNIQUE INDEX "populationfigure_body_id_year" ON "population_figures" ("body_id", "year");
-- create index "populationfigure_year" to table: "population_figures"
CREATE INDEX "populationfigure_year" ON "population_figures" ("year");

-- +goose Down
-- reverse: create index "populationfigure_year" to table: "population_figures"
DROP INDEX "populationfigure_year";
-- reverse: create index "populationfigure_body_id_year" to table: "population_figures"
DROP INDEX "populationfigure_body_id_year";
-- reverse: create "population_figures" table
DROP TABLE "population_figures";
-- reverse: create index "invoice_credited_invoice_id" to table: "invoices"
DROP INDEX "invoice_credited_invoice_id";
-- reverse: modify "invoices" table
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_public_bodies_buyer_body", DROP CONSTRAINT "invoices_invoices_credit_notes", DROP COLUMN "credited_invoice_id", DROP COLUMN "buyer_body_id", DROP COLUMN "credited_vat_cents", DROP COLUMN "credited_taxable_cents", DROP COLUMN "withholding_cents", DROP COLUMN "stamp_duty_cents", DROP COLUMN "conversion_act", DROP COLUMN "foreign_total_cents", DROP COLUMN "currency", DROP COLUMN "buyer_office_code";
-- reverse: modify "public_bodies" table
ALTER TABLE "public_bodies" DROP COLUMN "invoicing_office_codes", DROP COLUMN "version";
-- reverse: modify "expense_claims" table
ALTER TABLE "expense_claims" DROP CONSTRAINT "expense_claims_users_submitted_by", DROP COLUMN "submitted_by_id", DROP COLUMN "declarant_role", DROP COLUMN "declarant_name";
-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "job_title";
-- reverse: create index "document_content_sha256" to table: "documents"
DROP INDEX "document_content_sha256";
-- reverse: modify "documents" table
ALTER TABLE "documents" DROP CONSTRAINT "documents_reviews_documents", DROP COLUMN "review_documents", DROP COLUMN "content_sha256";
-- reverse: create index "payment_invoice_id_kind_mandate_number" to table: "payments"
DROP INDEX "payment_invoice_id_kind_mandate_number";
-- reverse: modify "payments" table
ALTER TABLE "payments" DROP COLUMN "kind";
-- reverse: drop index "payment_invoice_id" from table: "payments"
CREATE INDEX "payment_invoice_id" ON "payments" ("invoice_id");
-- reverse: modify "lots" table
ALTER TABLE "lots" DROP COLUMN "legacy_cig_acknowledged";
-- reverse: modify "disbursements" table
ALTER TABLE "disbursements" DROP COLUMN "admitted_to_date_cents", DROP COLUMN "region_cents", DROP COLUMN "state_cents", DROP COLUMN "eu_cents";
-- reverse: modify "contracts" table
ALTER TABLE "contracts" DROP COLUMN "population_year";
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "population_year";
