-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_users" table
CREATE TABLE `new_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `email` text NOT NULL, `display_name` text NOT NULL, `job_title` text NULL, `password_hash` text NULL, `codice_fiscale` text NULL, `active` bool NOT NULL DEFAULT (true), `last_sign_in_at` datetime NULL, PRIMARY KEY (`id`));
-- copy rows from old table "users" to new temporary table "new_users"
INSERT INTO `new_users` (`id`, `created_at`, `updated_at`, `version`, `email`, `display_name`, `job_title`, `password_hash`, `active`, `last_sign_in_at`) SELECT `id`, `created_at`, `updated_at`, `version`, `email`, `display_name`, `job_title`, `password_hash`, `active`, `last_sign_in_at` FROM `users`;
-- drop "users" table after copying rows
DROP TABLE `users`;
-- rename temporary table "new_users" to "users"
ALTER TABLE `new_users` RENAME TO `users`;
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);
-- create index "users_codice_fiscale_key" to table: "users"
CREATE UNIQUE INDEX `users_codice_fiscale_key` ON `users` (`codice_fiscale`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "users_codice_fiscale_key" to table: "users"
DROP INDEX `users_codice_fiscale_key`;
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX `users_email_key`;
-- reverse: create "new_users" table
DROP TABLE `new_users`;
