-- +goose Up
-- drop index "expenseitem_claim_id" from table: "expense_items"
DROP INDEX `expenseitem_claim_id`;
-- create index "expenseitem_claim_id_tenant_region_id_tenant_aggregation_id" to table: "expense_items"
CREATE INDEX `expenseitem_claim_id_tenant_region_id_tenant_aggregation_id` ON `expense_items` (`claim_id`, `tenant_region_id`, `tenant_aggregation_id`);

-- +goose Down
-- reverse: create index "expenseitem_claim_id_tenant_region_id_tenant_aggregation_id" to table: "expense_items"
DROP INDEX `expenseitem_claim_id_tenant_region_id_tenant_aggregation_id`;
-- reverse: drop index "expenseitem_claim_id" from table: "expense_items"
CREATE INDEX `expenseitem_claim_id` ON `expense_items` (`claim_id`);
