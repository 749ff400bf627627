-- +goose Up
-- create "notifications" table
CREATE TABLE `notifications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `user_id` text NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, `body` text NULL, `path` text NOT NULL, `subject_type` text NULL, `subject_id` text NULL, `due_on` date NULL, `dedup_key` text NOT NULL, `read_at` datetime NULL, `mailed_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "notification_user_id_dedup_key" to table: "notifications"
CREATE UNIQUE INDEX `notification_user_id_dedup_key` ON `notifications` (`user_id`, `dedup_key`);
-- create index "notification_user_id_read_at" to table: "notifications"
CREATE INDEX `notification_user_id_read_at` ON `notifications` (`user_id`, `read_at`);
-- create index "notification_mailed_at_user_id" to table: "notifications"
CREATE INDEX `notification_mailed_at_user_id` ON `notifications` (`mailed_at`, `user_id`);

-- +goose Down
-- reverse: create index "notification_mailed_at_user_id" to table: "notifications"
DROP INDEX `notification_mailed_at_user_id`;
-- reverse: create index "notification_user_id_read_at" to table: "notifications"
DROP INDEX `notification_user_id_read_at`;
-- reverse: create index "notification_user_id_dedup_key" to table: "notifications"
DROP INDEX `notification_user_id_dedup_key`;
-- reverse: create "notifications" table
DROP TABLE `notifications`;
