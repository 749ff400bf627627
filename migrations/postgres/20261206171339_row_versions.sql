-- +goose Up
-- modify "aggregations" table
ALTER TABLE "aggregations" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "agreements" table
ALTER TABLE "agreements" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "applications" table
ALTER TABLE "applications" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "row_version" bigint NOT NULL DEFAULT 1;
-- modify "expense_categories" table
ALTER TABLE "expense_categories" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "expense_claims" table
ALTER TABLE "expense_claims" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "intervention_lines" table
ALTER TABLE "intervention_lines" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "memberships" table
ALTER TABLE "memberships" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "milestones" table
ALTER TABLE "milestones" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "procurements" table
ALTER TABLE "procurements" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;
-- modify "vendors" table
ALTER TABLE "vendors" ADD COLUMN "version" bigint NOT NULL DEFAULT 1;

-- +goose Down
-- reverse: modify "vendors" table
ALTER TABLE "vendors" DROP COLUMN "version";
-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "version";
-- reverse: modify "procurements" table
ALTER TABLE "procurements" DROP COLUMN "version";
-- reverse: modify "milestones" table
ALTER TABLE "milestones" DROP COLUMN "version";
-- reverse: modify "memberships" table
ALTER TABLE "memberships" DROP COLUMN "version";
-- reverse: modify "intervention_lines" table
ALTER TABLE "intervention_lines" DROP COLUMN "version";
-- reverse: modify "expense_claims" table
ALTER TABLE "expense_claims" DROP COLUMN "version";
-- reverse: modify "expense_categories" table
ALTER TABLE "expense_categories" DROP COLUMN "version";
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "row_version";
-- reverse: modify "applications" table
ALTER TABLE "applications" DROP COLUMN "version";
-- reverse: modify "agreements" table
ALTER TABLE "agreements" DROP COLUMN "version";
-- reverse: modify "aggregations" table
ALTER TABLE "aggregations" DROP COLUMN "version";
