-- +goose Up
-- create index "expenseclaim_tenant_region_id_status" to table: "expense_claims"
CREATE INDEX `expenseclaim_tenant_region_id_status` ON `expense_claims` (`tenant_region_id`, `status`);

-- +goose Down
-- reverse: create index "expenseclaim_tenant_region_id_status" to table: "expense_claims"
DROP INDEX `expenseclaim_tenant_region_id_status`;
