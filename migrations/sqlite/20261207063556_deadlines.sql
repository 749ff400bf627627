-- +goose Up
-- add column "integration_due_on" to table: "applications"
ALTER TABLE `applications` ADD COLUMN `integration_due_on` date NULL;
-- add column "integration_days" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `integration_days` integer NULL;
-- add column "decision_days" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `decision_days` integer NULL;
-- add column "review_days" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `review_days` integer NULL;

-- +goose Down
-- reverse: add column "review_days" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `review_days`;
-- reverse: add column "decision_days" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `decision_days`;
-- reverse: add column "integration_days" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `integration_days`;
-- reverse: add column "integration_due_on" to table: "applications"
ALTER TABLE `applications` DROP COLUMN `integration_due_on`;
