-- +goose Up
-- create "idempotency_keys" table
CREATE TABLE "idempotency_keys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "user_id" character varying NOT NULL, "key" character varying NOT NULL, "request_sha256" character varying NOT NULL, "response" bytea NOT NULL, PRIMARY KEY ("id"));
-- create index "idempotencykey_created_at" to table: "idempotency_keys"
CREATE INDEX "idempotencykey_created_at" ON "idempotency_keys" ("created_at");
-- create index "idempotencykey_user_id_key" to table: "idempotency_keys"
CREATE UNIQUE INDEX "idempotencykey_user_id_key" ON "idempotency_keys" ("user_id", "key");

-- +goose Down
-- reverse: create index "idempotencykey_user_id_key" to table: "idempotency_keys"
DROP INDEX "idempotencykey_user_id_key";
-- reverse: create index "idempotencykey_created_at" to table: "idempotency_keys"
DROP INDEX "idempotencykey_created_at";
-- reverse: create "idempotency_keys" table
DROP TABLE "idempotency_keys";
