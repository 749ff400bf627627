-- +goose Up
-- add column "payment_reference" to table: "disbursements"
ALTER TABLE `disbursements` ADD COLUMN `payment_reference` text NULL;

-- +goose Down
-- reverse: add column "payment_reference" to table: "disbursements"
ALTER TABLE `disbursements` DROP COLUMN `payment_reference`;
