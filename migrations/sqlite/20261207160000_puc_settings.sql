-- +goose Up
-- add column "puc_settings" to table: "calls"
ALTER TABLE `calls` ADD COLUMN `puc_settings` text NULL;

-- +goose Down
-- reverse: add column "puc_settings" to table: "calls"
ALTER TABLE `calls` DROP COLUMN `puc_settings`;
