-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_audit_events" table
CREATE TABLE `new_audit_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `actor_id` text NULL, `actor_label` text NULL, `entity_type` text NOT NULL, `entity_id` text NOT NULL, `operation` text NOT NULL, `changes` json NULL, `request_id` text NULL, `aggregation_id` text NULL, `region_body_id` text NULL, `body_id` text NULL, `member_access` text NOT NULL DEFAULT ('ALL'), `region_access` text NOT NULL DEFAULT ('NONE'), `user_id` text NULL, PRIMARY KEY (`id`));
-- copy rows from old table "audit_events" to new temporary table "new_audit_events"
INSERT INTO `new_audit_events` (`id`, `created_at`, `updated_at`, `actor_id`, `actor_label`, `entity_type`, `entity_id`, `operation`, `changes`, `request_id`, `aggregation_id`, `region_body_id`) SELECT `id`, `created_at`, `updated_at`, `actor_id`, `actor_label`, `entity_type`, `entity_id`, `operation`, `changes`, `request_id`, `aggregation_id`, `region_body_id` FROM `audit_events`;
-- drop "audit_events" table after copying rows
DROP TABLE `audit_events`;
-- rename temporary table "new_audit_events" to "audit_events"
ALTER TABLE `new_audit_events` RENAME TO `audit_events`;
-- create index "auditevent_entity_id" to table: "audit_events"
CREATE INDEX `auditevent_entity_id` ON `audit_events` (`entity_id`);
-- create index "auditevent_aggregation_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_aggregation_id_created_at` ON `audit_events` (`aggregation_id`, `created_at`);
-- create index "auditevent_region_body_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_region_body_id_created_at` ON `audit_events` (`region_body_id`, `created_at`);
-- create index "auditevent_user_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_user_id_created_at` ON `audit_events` (`user_id`, `created_at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- Who reads the events written before the audience columns, as the rules
-- of the time said: the Region read its calls and the rows of funded
-- projects; the body of a deliverable's or a document's event is not known,
-- so no member referent reads those; a user reads its own account's events.
UPDATE audit_events SET region_access = 'REGION'
  WHERE region_body_id IS NOT NULL AND region_body_id <> '' AND entity_type IN ('Call', 'ExpenseCategory',
    'InterventionLine', 'Project', 'Allocation', 'Procurement', 'Lot', 'Contract', 'CostShare', 'Deliverable',
    'Milestone', 'Invoice', 'InvoiceShare', 'Payment', 'Review', 'Disbursement');
UPDATE audit_events SET member_access = 'NONE' WHERE entity_type IN ('Deliverable', 'Document');
UPDATE audit_events SET user_id = entity_id WHERE entity_type = 'User';
UPDATE audit_events SET user_id = (SELECT r.user_id FROM role_assignments r WHERE r.id = audit_events.entity_id)
  WHERE entity_type = 'RoleAssignment';

-- +goose Down
-- reverse: create index "auditevent_user_id_created_at" to table: "audit_events"
DROP INDEX `auditevent_user_id_created_at`;
-- reverse: create index "auditevent_region_body_id_created_at" to table: "audit_events"
DROP INDEX `auditevent_region_body_id_created_at`;
-- reverse: create index "auditevent_aggregation_id_created_at" to table: "audit_events"
DROP INDEX `auditevent_aggregation_id_created_at`;
-- reverse: create index "auditevent_entity_id" to table: "audit_events"
DROP INDEX `auditevent_entity_id`;
-- reverse: create "new_audit_events" table
DROP TABLE `new_audit_events`;
