-- +goose Up
-- create "idempotency_keys" table
CREATE TABLE `idempotency_keys` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `user_id` text NOT NULL, `key` text NOT NULL, `request_sha256` text NOT NULL, `response` blob NOT NULL, PRIMARY KEY (`id`));
-- create index "idempotencykey_user_id_key" to table: "idempotency_keys"
CREATE UNIQUE INDEX `idempotencykey_user_id_key` ON `idempotency_keys` (`user_id`, `key`);
-- create index "idempotencykey_created_at" to table: "idempotency_keys"
CREATE INDEX `idempotencykey_created_at` ON `idempotency_keys` (`created_at`);

-- +goose Down
-- reverse: create index "idempotencykey_created_at" to table: "idempotency_keys"
DROP INDEX `idempotencykey_created_at`;
-- reverse: create index "idempotencykey_user_id_key" to table: "idempotency_keys"
DROP INDEX `idempotencykey_user_id_key`;
-- reverse: create "idempotency_keys" table
DROP TABLE `idempotency_keys`;
