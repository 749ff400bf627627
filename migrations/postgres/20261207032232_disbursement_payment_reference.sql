-- +goose Up
-- modify "disbursements" table
ALTER TABLE "disbursements" ADD COLUMN "payment_reference" character varying NULL;

-- +goose Down
-- reverse: modify "disbursements" table
ALTER TABLE "disbursements" DROP COLUMN "payment_reference";
