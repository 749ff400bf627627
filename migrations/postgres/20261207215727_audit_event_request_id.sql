-- +goose Up
-- create index "auditevent_request_id" to table: "audit_events"
CREATE INDEX "auditevent_request_id" ON "audit_events" ("request_id");

-- +goose Down
-- reverse: create index "auditevent_request_id" to table: "audit_events"
DROP INDEX "auditevent_request_id";
