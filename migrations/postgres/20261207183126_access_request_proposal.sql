-- +goose Up
-- modify "access_requests" table
ALTER TABLE "access_requests" ADD COLUMN "proposal" jsonb NULL;

-- +goose Down
-- reverse: modify "access_requests" table
ALTER TABLE "access_requests" DROP COLUMN "proposal";
