-- +goose Up
-- modify "audit_events" table
ALTER TABLE "audit_events" ADD COLUMN "body_id" character varying NULL, ADD COLUMN "member_access" character varying NOT NULL DEFAULT 'ALL', ADD COLUMN "region_access" character varying NOT NULL DEFAULT 'NONE', ADD COLUMN "user_id" character varying NULL;
-- create index "auditevent_region_body_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_region_body_id_created_at" ON "audit_events" ("region_body_id", "created_at");
-- create index "auditevent_user_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_user_id_created_at" ON "audit_events" ("user_id", "created_at");

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
DROP INDEX "auditevent_user_id_created_at";
-- reverse: create index "auditevent_region_body_id_created_at" to table: "audit_events"
DROP INDEX "auditevent_region_body_id_created_at";
-- reverse: modify "audit_events" table
ALTER TABLE "audit_events" DROP COLUMN "user_id", DROP COLUMN "region_access", DROP COLUMN "member_access", DROP COLUMN "body_id";
