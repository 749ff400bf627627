-- +goose Up
-- create "access_requests" table
CREATE TABLE `access_requests` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `role` text NOT NULL, `scope_label` text NOT NULL, `act_kind` text NOT NULL, `act_number` text NOT NULL, `act_date` date NOT NULL, `act_issuer` text NOT NULL, `act_filename` text NOT NULL, `act_size_bytes` integer NOT NULL, `act_sha256` text NOT NULL, `act_storage_key` text NOT NULL, `note` text NULL, `status` text NOT NULL DEFAULT ('PENDING'), `decided_at` datetime NULL, `reason` text NULL, `user_id` text NOT NULL, `aggregation_id` text NULL, `body_id` text NULL, `region_body_id` text NULL, `decided_by_id` text NULL, `role_assignment_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `access_requests_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `access_requests_aggregations_aggregation` FOREIGN KEY (`aggregation_id`) REFERENCES `aggregations` (`id`) ON DELETE SET NULL, CONSTRAINT `access_requests_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `access_requests_public_bodies_region_body` FOREIGN KEY (`region_body_id`) REFERENCES `public_bodies` (`id`) ON DELETE SET NULL, CONSTRAINT `access_requests_users_decided_by` FOREIGN KEY (`decided_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `access_requests_role_assignments_role_assignment` FOREIGN KEY (`role_assignment_id`) REFERENCES `role_assignments` (`id`) ON DELETE SET NULL);
-- create index "accessrequest_tenant_aggregation_id" to table: "access_requests"
CREATE INDEX `accessrequest_tenant_aggregation_id` ON `access_requests` (`tenant_aggregation_id`);
-- create index "accessrequest_tenant_region_id" to table: "access_requests"
CREATE INDEX `accessrequest_tenant_region_id` ON `access_requests` (`tenant_region_id`);
-- create index "accessrequest_user_id_status" to table: "access_requests"
CREATE INDEX `accessrequest_user_id_status` ON `access_requests` (`user_id`, `status`);
-- create index "accessrequest_status_created_at" to table: "access_requests"
CREATE INDEX `accessrequest_status_created_at` ON `access_requests` (`status`, `created_at`);

-- +goose Down
-- reverse: create index "accessrequest_status_created_at" to table: "access_requests"
DROP INDEX `accessrequest_status_created_at`;
-- reverse: create index "accessrequest_user_id_status" to table: "access_requests"
DROP INDEX `accessrequest_user_id_status`;
-- reverse: create index "accessrequest_tenant_region_id" to table: "access_requests"
DROP INDEX `accessrequest_tenant_region_id`;
-- reverse: create index "accessrequest_tenant_aggregation_id" to table: "access_requests"
DROP INDEX `accessrequest_tenant_aggregation_id`;
-- reverse: create "access_requests" table
DROP TABLE `access_requests`;
