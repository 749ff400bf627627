-- +goose Up
-- modify "applications" table
ALTER TABLE "applications" ADD COLUMN "integration_items" jsonb NULL;
-- modify "calls" table
ALTER TABLE "calls" ADD COLUMN "required_attachments" jsonb NULL;
-- modify "documents" table
ALTER TABLE "documents" ADD COLUMN "attachment_code" character varying NULL;

-- +goose Down
-- reverse: modify "documents" table
ALTER TABLE "documents" DROP COLUMN "attachment_code";
-- reverse: modify "calls" table
ALTER TABLE "calls" DROP COLUMN "required_attachments";
-- reverse: modify "applications" table
ALTER TABLE "applications" DROP COLUMN "integration_items";
