-- +goose Up
-- The composite index is built before the old one is dropped, so that a
-- claim's items stay indexed while it is built.
-- create index "expenseitem_claim_id_tenant_region_id_tenant_aggregation_id" to table: "expense_items"
CREATE INDEX "expenseitem_claim_id_tenant_region_id_tenant_aggregation_id" ON "expense_items" ("claim_id", "tenant_region_id", "tenant_aggregation_id");
-- drop index "expenseitem_claim_id" from table: "expense_items"
DROP INDEX "expenseitem_claim_id";

-- +goose Down
-- reverse: drop index "expenseitem_claim_id" from table: "expense_items"
CREATE INDEX "expenseitem_claim_id" ON "expense_items" ("claim_id");
-- reverse: create index "expenseitem_claim_id_tenant_region_id_tenant_aggregation_id" to table: "expense_items"
DROP INDEX "expenseitem_claim_id_tenant_region_id_tenant_aggregation_id";
