-- +goose Up
-- create "calendar_feeds" table
CREATE TABLE `calendar_feeds` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `token_hash` text NOT NULL, `prefix` text NOT NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `user_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `calendar_feeds_users_calendar_feeds` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "calendar_feeds_token_hash_key" to table: "calendar_feeds"
CREATE UNIQUE INDEX `calendar_feeds_token_hash_key` ON `calendar_feeds` (`token_hash`);
-- create index "calendarfeed_user_id" to table: "calendar_feeds"
CREATE INDEX `calendarfeed_user_id` ON `calendar_feeds` (`user_id`);

-- +goose Down
-- reverse: create index "calendarfeed_user_id" to table: "calendar_feeds"
DROP INDEX `calendarfeed_user_id`;
-- reverse: create index "calendar_feeds_token_hash_key" to table: "calendar_feeds"
DROP INDEX `calendar_feeds_token_hash_key`;
-- reverse: create "calendar_feeds" table
DROP TABLE `calendar_feeds`;
