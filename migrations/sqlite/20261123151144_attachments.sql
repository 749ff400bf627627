-- +goose Up
-- add column "integration_items" to table: "applications"
ALTER TABLE `applications` ADD COLUMN `integration_items` json NULL;
-- add column "required_attachments" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `required_attachments` json NULL;
-- add column "attachment_code" to table: "documents"
ALTER TABLE `documents` ADD COLUMN `attachment_code` text NULL;

-- +goose Down
-- reverse: add column "attachment_code" to table: "documents"
ALTER TABLE `documents` DROP COLUMN `attachment_code`;
-- reverse: add column "required_attachments" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `required_attachments`;
-- reverse: add column "integration_items" to table: "applications"
ALTER TABLE `applications` DROP COLUMN `integration_items`;
