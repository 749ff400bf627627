-- +goose Up
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "puc_settings" text NULL;

-- +goose Down
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "puc_settings";
