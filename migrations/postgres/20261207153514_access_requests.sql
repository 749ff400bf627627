-- +goose Up
-- create "access_requests" table
CREATE TABLE "access_requests" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "version" bigint NOT NULL DEFAULT 1, "role" character varying NOT NULL, "scope_label" character varying NOT NULL, "act_kind" character varying NOT NULL, "act_number" character varying NOT NULL, "act_date" date NOT NULL, "act_issuer" character varying NOT NULL, "act_filename" character varying NOT NULL, "act_size_bytes" bigint NOT NULL, "act_sha256" character varying NOT NULL, "act_storage_key" character varying NOT NULL, "note" character varying NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "decided_at" timestamptz NULL, "reason" text NULL, "user_id" character varying NOT NULL, "aggregation_id" character varying NULL, "body_id" character varying NULL, "region_body_id" character varying NULL, "decided_by_id" character varying NULL, "role_assignment_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "access_requests_aggregations_aggregation" FOREIGN KEY ("aggregation_id") REFERENCES "aggregations" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "access_requests_public_bodies_body" FOREIGN KEY ("body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "access_requests_public_bodies_region_body" FOREIGN KEY ("region_body_id") REFERENCES "public_bodies" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "access_requests_role_assignments_role_assignment" FOREIGN KEY ("role_assignment_id") REFERENCES "role_assignments" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "access_requests_users_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "access_requests_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "accessrequest_status_created_at" to table: "access_requests"
CREATE INDEX "accessrequest_status_created_at" ON "access_requests" ("status", "created_at");
-- create index "accessrequest_tenant_aggregation_id" to table: "access_requests"
CREATE INDEX "accessrequest_tenant_aggregation_id" ON "access_requests" ("tenant_aggregation_id");
-- create index "accessrequest_tenant_region_id" to table: "access_requests"
CREATE INDEX "accessrequest_tenant_region_id" ON "access_requests" ("tenant_region_id");
-- create index "accessrequest_user_id_status" to table: "access_requests"
CREATE INDEX "accessrequest_user_id_status" ON "access_requests" ("user_id", "status");

-- +goose Down
-- reverse: create index "accessrequest_user_id_status" to table: "access_requests"
DROP INDEX "accessrequest_user_id_status";
-- reverse: create index "accessrequest_tenant_region_id" to table: "access_requests"
DROP INDEX "accessrequest_tenant_region_id";
-- reverse: create index "accessrequest_tenant_aggregation_id" to table: "access_requests"
DROP INDEX "accessrequest_tenant_aggregation_id";
-- reverse: create index "accessrequest_status_created_at" to table: "access_requests"
DROP INDEX "accessrequest_status_created_at";
-- reverse: create "access_requests" table
DROP TABLE "access_requests";
