-- +goose Up
-- modify "invoice_shares" table
ALTER TABLE "invoice_shares" ADD COLUMN "paid_cents" bigint NOT NULL DEFAULT 0;
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
-- reverse: modify "invoice_shares" table
ALTER TABLE "invoice_shares" DROP COLUMN "paid_cents";
