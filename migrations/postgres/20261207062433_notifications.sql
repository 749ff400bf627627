-- +goose Up
-- create "notifications" table
CREATE TABLE "notifications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "user_id" character varying NOT NULL, "kind" character varying NOT NULL, "title" character varying NOT NULL, "body" character varying NULL, "path" character varying NOT NULL, "subject_type" character varying NULL, "subject_id" character varying NULL, "due_on" date NULL, "dedup_key" character varying NOT NULL, "read_at" timestamptz NULL, "mailed_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "notification_mailed_at_user_id" to table: "notifications"
CREATE INDEX "notification_mailed_at_user_id" ON "notifications" ("mailed_at", "user_id");
-- create index "notification_user_id_dedup_key" to table: "notifications"
CREATE UNIQUE INDEX "notification_user_id_dedup_key" ON "notifications" ("user_id", "dedup_key");
-- create index "notification_user_id_read_at" to table: "notifications"
CREATE INDEX "notification_user_id_read_at" ON "notifications" ("user_id", "read_at");

-- +goose Down
-- reverse: create index "notification_user_id_read_at" to table: "notifications"
DROP INDEX "notification_user_id_read_at";
-- reverse: create index "notification_user_id_dedup_key" to table: "notifications"
DROP INDEX "notification_user_id_dedup_key";
-- reverse: create index "notification_mailed_at_user_id" to table: "notifications"
DROP INDEX "notification_mailed_at_user_id";
-- reverse: create "notifications" table
DROP TABLE "notifications";
