-- +goose Up
-- A draft claim's expense items are not in the Region's scope until the
-- claim is submitted (rule.hiddenFromRegion): read rules then need no
-- look at the claim.
UPDATE expense_items SET tenant_region_id = NULL
WHERE claim_id IN (SELECT id FROM expense_claims WHERE status = 'DRAFT');

-- +goose Down
UPDATE expense_items SET tenant_region_id = (SELECT tenant_region_id FROM expense_claims WHERE expense_claims.id = expense_items.claim_id)
WHERE tenant_region_id IS NULL;
