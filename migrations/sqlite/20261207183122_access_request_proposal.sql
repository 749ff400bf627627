-- +goose Up
-- add column "proposal" to table: "access_requests"
ALTER TABLE `access_requests` ADD COLUMN `proposal` json NULL;

-- +goose Down
-- reverse: add column "proposal" to table: "access_requests"
ALTER TABLE `access_requests` DROP COLUMN `proposal`;
