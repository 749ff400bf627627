-- +goose Up
-- modify "applications" table
ALTER TABLE "applications" ADD COLUMN "integration_due_on" date NULL;
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "integration_days" bigint NULL, ADD COLUMN "decision_days" bigint NULL, ADD COLUMN "review_days" bigint NULL;

-- +goose Down
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "review_days", DROP COLUMN "decision_days", DROP COLUMN "integration_days";
-- reverse: modify "applications" table
ALTER TABLE "applications" DROP COLUMN "integration_due_on";
