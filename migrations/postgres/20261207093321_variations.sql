-- +goose Up
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "free_move_percent" bigint NOT NULL DEFAULT 10, ADD COLUMN "max_extensions" bigint NOT NULL DEFAULT 1, ADD COLUMN "max_extension_months" bigint NOT NULL DEFAULT 12;
-- modify "expense_claims" table
ALTER TABLE "expense_claims" ADD COLUMN "plan_version" bigint NULL;
-- create "plan_allocations" table
CREATE TABLE "plan_allocations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "amount_cents" bigint NOT NULL, "body_id" character varying NOT NULL, "expense_category_id" character varying NOT NULL, "intervention_line_id" character varying NULL, "plan_version_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "planallocation_plan_version_id" to table: "plan_allocations"
CREATE INDEX "planallocation_plan_version_id" ON "plan_allocations" ("plan_version_id");
-- create index "planallocation_tenant_aggregation_id" to table: "plan_allocations"
CREATE INDEX "planallocation_tenant_aggregation_id" ON "plan_allocations" ("tenant_aggregation_id");
-- create index "planallocation_tenant_region_id" to table: "plan_allocations"
CREATE INDEX "planallocation_tenant_region_id" ON "plan_allocations" ("tenant_region_id");
-- create "plan_versions" table
CREATE TABLE "plan_versions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "number" bigint NOT NULL, "effective_from" date NOT NULL, "ends_on" date NULL, "variation_id" character varying NULL, "project_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "planversion_project_id_number" to table: "plan_versions"
CREATE UNIQUE INDEX "planversion_project_id_number" ON "plan_versions" ("project_id", "number");
-- create index "planversion_tenant_aggregation_id" to table: "plan_versions"
CREATE INDEX "planversion_tenant_aggregation_id" ON "plan_versions" ("tenant_aggregation_id");
-- create index "planversion_tenant_region_id" to table: "plan_versions"
CREATE INDEX "planversion_tenant_region_id" ON "plan_versions" ("tenant_region_id");
-- create "variations" table
CREATE TABLE "variations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "version" bigint NOT NULL DEFAULT 1, "number" bigint NOT NULL, "kinds" jsonb NOT NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "reason" character varying NOT NULL, "requested_ends_on" date NULL, "requested_effective_from" date NULL, "contract_modification_ids" jsonb NULL, "submitted_at" timestamptz NULL, "decided_at" timestamptz NULL, "decision_reason" text NULL, "effective_from" date NULL, "approved_ends_on" date NULL, "project_id" character varying NOT NULL, "leaving_body_id" character varying NULL, "joining_body_id" character varying NULL, "new_lead_body_id" character varying NULL, "submitted_by_id" character varying NULL, "decided_by_id" character varying NULL, "plan_version_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "variation_project_id_number" to table: "variations"
CREATE UNIQUE INDEX "variation_project_id_number" ON "variations" ("project_id", "number");
-- create index "variation_tenant_aggregation_id" to table: "variations"
CREATE INDEX "variation_tenant_aggregation_id" ON "variations" ("tenant_aggregation_id");
-- create index "variation_tenant_region_id" to table: "variations"
CREATE INDEX "variation_tenant_region_id" ON "variations" ("tenant_region_id");
-- create index "variation_tenant_region_id_status" to table: "variations"
CREATE INDEX "variation_tenant_region_id_status" ON "variations" ("tenant_region_id", "status");
-- create "variation_allocations" table
CREATE TABLE "variation_allocations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "amount_cents" bigint NOT NULL, "variation_id" character varying NOT NULL, "body_id" character varying NOT NULL, "expense_category_id" character varying NOT NULL, "intervention_line_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "variationallocation_tenant_aggregation_id" to table: "variation_allocations"
CREATE INDEX "variationallocation_tenant_aggregation_id" ON "variation_allocations" ("tenant_aggregation_id");
-- create index "variationallocation_tenant_region_id" to table: "variation_allocations"
CREATE INDEX "variationallocation_tenant_region_id" ON "variation_allocations" ("tenant_region_id");
-- create index "variationallocation_variation_id" to table: "variation_allocations"
CREATE INDEX "variationallocation_variation_id" ON "variation_allocations" ("variation_id");
-- modify "plan_allocations" table
ALTER TABLE "plan_allocations" ADD CONSTRAINT "plan_allocations_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "plan_allocations_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "plan_allocations_plan_versions_allocations" FOREIGN KEY ("plan_version_id") REFERENCES "plan_versions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "plan_allocations_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "plan_versions" table
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_projects_plan_versions" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "plan_versions_variations_variation" FOREIGN KEY ("variation_id") REFERENCES "variations" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "variations" table
ALTER TABLE "variations" ADD CONSTRAINT "variations_plan_versions_plan_version" FOREIGN KEY ("plan_version_id") REFERENCES "plan_versions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "variations_projects_variations" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "variations_public_bodies_joining_body" FOREIGN KEY ("joining_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "variations_public_bodies_leaving_body" FOREIGN KEY ("leaving_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "variations_public_bodies_new_lead_body" FOREIGN KEY ("new_lead_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "variations_users_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "variations_users_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "variation_allocations" table
ALTER TABLE "variation_allocations" ADD CONSTRAINT "variation_allocations_expense_categories_expense_category" FOREIGN KEY ("expense_category_id") REFERENCES "expense_categories" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "variation_allocations_intervention_lines_intervention_line" FOREIGN KEY ("intervention_line_id") REFERENCES "intervention_lines" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "variation_allocations_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "variation_allocations_variations_allocations" FOREIGN KEY ("variation_id") REFERENCES "variations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;

-- +goose Down
-- reverse: modify "variation_allocations" table
ALTER TABLE "variation_allocations" DROP CONSTRAINT "variation_allocations_variations_allocations", DROP CONSTRAINT "variation_allocations_public_bodies_body", DROP CONSTRAINT "variation_allocations_intervention_lines_intervention_line", DROP CONSTRAINT "variation_allocations_expense_categories_expense_category";
-- reverse: modify "variations" table
ALTER TABLE "variations" DROP CONSTRAINT "variations_users_submitted_by", DROP CONSTRAINT "variations_users_decided_by", DROP CONSTRAINT "variations_public_bodies_new_lead_body", DROP CONSTRAINT "variations_public_bodies_leaving_body", DROP CONSTRAINT "variations_public_bodies_joining_body", DROP CONSTRAINT "variations_projects_variations", DROP CONSTRAINT "variations_plan_versions_plan_version";
-- reverse: modify "plan_versions" table
ALTER TABLE "plan_versions" DROP CONSTRAINT "plan_versions_variations_variation", DROP CONSTRAINT "plan_versions_projects_plan_versions";
-- reverse: modify "plan_allocations" table
ALTER TABLE "plan_allocations" DROP CONSTRAINT "plan_allocations_public_bodies_body", DROP CONSTRAINT "plan_allocations_plan_versions_allocations", DROP CONSTRAINT "plan_allocations_intervention_lines_intervention_line", DROP CONSTRAINT "plan_allocations_expense_categories_expense_category";
-- reverse: create index "variationallocation_variation_id" to table: "variation_allocations"
DROP INDEX "variationallocation_variation_id";
-- reverse: create index "variationallocation_tenant_region_id" to table: "variation_allocations"
DROP INDEX "variationallocation_tenant_region_id";
-- reverse: create index "variationallocation_tenant_aggregation_id" to table: "variation_allocations"
DROP INDEX "variationallocation_tenant_aggregation_id";
-- reverse: create "variation_allocations" table
DROP TABLE "variation_allocations";
-- reverse: create index "variation_tenant_region_id_status" to table: "variations"
DROP INDEX "variation_tenant_region_id_status";
-- reverse: create index "variation_tenant_region_id" to table: "variations"
DROP INDEX "variation_tenant_region_id";
-- reverse: create index "variation_tenant_aggregation_id" to table: "variations"
DROP INDEX "variation_tenant_aggregation_id";
-- reverse: create index "variation_project_id_number" to table: "variations"
DROP INDEX "variation_project_id_number";
-- reverse: create "variations" table
DROP TABLE "variations";
-- reverse: create index "planversion_tenant_region_id" to table: "plan_versions"
DROP INDEX "planversion_tenant_region_id";
-- reverse: create index "planversion_tenant_aggregation_id" to table: "plan_versions"
DROP INDEX "planversion_tenant_aggregation_id";
-- reverse: create index "planversion_project_id_number" to table: "plan_versions"
DROP INDEX "planversion_project_id_number";
-- reverse: create "plan_versions" table
DROP TABLE "plan_versions";
-- reverse: create index "planallocation_tenant_region_id" to table: "plan_allocations"
DROP INDEX "planallocation_tenant_region_id";
-- reverse: create index "planallocation_tenant_aggregation_id" to table: "plan_allocations"
DROP INDEX "planallocation_tenant_aggregation_id";
-- reverse: create index "planallocation_plan_version_id" to table: "plan_allocations"
DROP INDEX "planallocation_plan_version_id";
-- reverse: create "plan_allocations" table
DROP TABLE "plan_allocations";
-- reverse: modify "expense_claims" table
ALTER TABLE "expense_claims" DROP COLUMN "plan_version";
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "max_extension_months", DROP COLUMN "max_extensions", DROP COLUMN "free_move_percent";
