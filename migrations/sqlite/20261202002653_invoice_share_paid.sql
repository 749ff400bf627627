-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_invoice_shares" table
CREATE TABLE `new_invoice_shares` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `amount_cents` integer NOT NULL, `paid_cents` integer NOT NULL DEFAULT (0), `invoice_id` text NOT NULL, `body_id` text NOT NULL, `expense_category_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `invoice_shares_invoices_shares` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE NO ACTION, CONSTRAINT `invoice_shares_public_bodies_body` FOREIGN KEY (`body_id`) REFERENCES `public_bodies` (`id`) ON DELETE NO ACTION, CONSTRAINT `invoice_shares_expense_categories_expense_category` FOREIGN KEY (`expense_category_id`) REFERENCES `expense_categories` (`id`) ON DELETE SET NULL);
-- copy rows from old table "invoice_shares" to new temporary table "new_invoice_shares"
INSERT INTO `new_invoice_shares` (`id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `amount_cents`, `invoice_id`, `body_id`, `expense_category_id`) SELECT `id`, `created_at`, `updated_at`, `tenant_aggregation_id`, `tenant_region_id`, `amount_cents`, `invoice_id`, `body_id`, `expense_category_id` FROM `invoice_shares`;
-- drop "invoice_shares" table after copying rows
DROP TABLE `invoice_shares`;
-- rename temporary table "new_invoice_shares" to "invoice_shares"
ALTER TABLE `new_invoice_shares` RENAME TO `invoice_shares`;
-- create index "invoiceshare_tenant_aggregation_id" to table: "invoice_shares"
CREATE INDEX `invoiceshare_tenant_aggregation_id` ON `invoice_shares` (`tenant_aggregation_id`);
-- create index "invoiceshare_tenant_region_id" to table: "invoice_shares"
CREATE INDEX `invoiceshare_tenant_region_id` ON `invoice_shares` (`tenant_region_id`);
-- create index "invoiceshare_invoice_id_body_id" to table: "invoice_shares"
CREATE UNIQUE INDEX `invoiceshare_invoice_id_body_id` ON `invoice_shares` (`invoice_id`, `body_id`);
-- create index "invoiceshare_body_id" to table: "invoice_shares"
CREATE INDEX `invoiceshare_body_id` ON `invoice_shares` (`body_id`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
-- fill "paid_cents": each invoice's payments split across its shares like
-- the invoice (largest remainder; ties to the larger share, then by member),
-- as the application does when a payment is recorded
WITH tot AS (
  SELECT s.invoice_id,
         CAST(SUM(CASE WHEN s.amount_cents > 0 THEN s.amount_cents ELSE 0 END) AS BIGINT) AS w,
         CAST((SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = s.invoice_id) AS BIGINT) AS paid
  FROM invoice_shares s GROUP BY s.invoice_id
), base AS (
  SELECT s.id, s.invoice_id, s.body_id, CASE WHEN s.amount_cents > 0 THEN s.amount_cents ELSE 0 END AS w,
         CASE WHEN t.paid < t.w THEN t.paid ELSE t.w END AS p, t.w AS tw
  FROM invoice_shares s JOIN tot t ON t.invoice_id = s.invoice_id
  WHERE t.paid > 0 AND t.w > 0
), split AS (
  SELECT id, invoice_id, body_id, w, p, (p * w) / tw AS q, (p * w) % tw AS r FROM base
), ranked AS (
  SELECT id, q, p - CAST(SUM(q) OVER (PARTITION BY invoice_id) AS BIGINT) AS spare,
         ROW_NUMBER() OVER (PARTITION BY invoice_id ORDER BY r DESC, w DESC, body_id) AS rn
  FROM split
)
UPDATE invoice_shares SET paid_cents = ranked.q + CASE WHEN ranked.rn <= ranked.spare THEN 1 ELSE 0 END
FROM ranked WHERE invoice_shares.id = ranked.id;

-- +goose Down
-- reverse: create index "invoiceshare_body_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_body_id`;
-- reverse: create index "invoiceshare_invoice_id_body_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_invoice_id_body_id`;
-- reverse: create index "invoiceshare_tenant_region_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_tenant_region_id`;
-- reverse: create index "invoiceshare_tenant_aggregation_id" to table: "invoice_shares"
DROP INDEX `invoiceshare_tenant_aggregation_id`;
-- reverse: create "new_invoice_shares" table
DROP TABLE `new_invoice_shares`;
