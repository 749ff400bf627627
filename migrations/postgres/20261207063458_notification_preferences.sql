-- +goose Up
-- create "notification_preferences" table
CREATE TABLE "notification_preferences" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "version" bigint NOT NULL DEFAULT 1, "user_id" character varying NOT NULL, "kind" character varying NOT NULL, "delivery" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "notificationpreference_user_id_kind" to table: "notification_preferences"
CREATE UNIQUE INDEX "notificationpreference_user_id_kind" ON "notification_preferences" ("user_id", "kind");
-- create "unsubscribe_tokens" table
CREATE TABLE "unsubscribe_tokens" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "user_id" character varying NOT NULL, "token" character varying NOT NULL, "used_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "unsubscribe_tokens_token_key" to table: "unsubscribe_tokens"
CREATE UNIQUE INDEX "unsubscribe_tokens_token_key" ON "unsubscribe_tokens" ("token");
-- create index "unsubscribe_tokens_user_id_key" to table: "unsubscribe_tokens"
CREATE UNIQUE INDEX "unsubscribe_tokens_user_id_key" ON "unsubscribe_tokens" ("user_id");

-- +goose Down
-- reverse: create index "unsubscribe_tokens_user_id_key" to table: "unsubscribe_tokens"
DROP INDEX "unsubscribe_tokens_user_id_key";
-- reverse: create index "unsubscribe_tokens_token_key" to table: "unsubscribe_tokens"
DROP INDEX "unsubscribe_tokens_token_key";
-- reverse: create "unsubscribe_tokens" table
DROP TABLE "unsubscribe_tokens";
-- reverse: create index "notificationpreference_user_id_kind" to table: "notification_preferences"
DROP INDEX "notificationpreference_user_id_kind";
-- reverse: create "notification_preferences" table
DROP TABLE "notification_preferences";
