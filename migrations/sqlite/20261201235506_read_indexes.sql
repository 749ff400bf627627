-- +goose Up
-- create index "agreement_aggregation_id" to table: "agreements"
CREATE INDEX `agreement_aggregation_id` ON `agreements` (`aggregation_id`);
-- create index "disbursement_project_id" to table: "disbursements"
CREATE INDEX `disbursement_project_id` ON `disbursements` (`project_id`);
-- create index "review_claim_id" to table: "reviews"
CREATE INDEX `review_claim_id` ON `reviews` (`claim_id`);
-- create index "contract_lot_id" to table: "contracts"
CREATE INDEX `contract_lot_id` ON `contracts` (`lot_id`);

-- +goose Down
-- reverse: create index "contract_lot_id" to table: "contracts"
DROP INDEX `contract_lot_id`;
-- reverse: create index "review_claim_id" to table: "reviews"
DROP INDEX `review_claim_id`;
-- reverse: create index "disbursement_project_id" to table: "disbursements"
DROP INDEX `disbursement_project_id`;
-- reverse: create index "agreement_aggregation_id" to table: "agreements"
DROP INDEX `agreement_aggregation_id`;
