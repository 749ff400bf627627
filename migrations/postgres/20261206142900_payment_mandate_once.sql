-- +goose Up
-- A mandate now pays each part of an invoice once (unique invoice, kind and
-- mandate number, added by the next migration). Payments recorded twice
-- before (a retried request) are kept, so that no money disappears, but
-- their mandate number is marked for the lead to review and remove.
UPDATE payments SET mandate_number = mandate_number || ' (duplicato ' || id || ')'
WHERE EXISTS (
  SELECT 1 FROM payments AS first
  WHERE first.invoice_id = payments.invoice_id AND first.mandate_number = payments.mandate_number
    AND (first.created_at < payments.created_at OR (first.created_at = payments.created_at AND first.id < payments.id))
);

-- +goose Down
SELECT 1;
