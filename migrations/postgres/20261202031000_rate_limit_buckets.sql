-- +goose Up
-- Token buckets of the rate limits when replicas share them
-- (serve --rate-limit-shared). Not an Ent entity: the server reads and
-- writes it with one statement per request. Unlogged: it is not worth a
-- WAL write per request, and after a crash every bucket starts full.
CREATE UNLOGGED TABLE "rate_limit_buckets" (
  "key" character varying NOT NULL,
  "tat" timestamptz NOT NULL,
  PRIMARY KEY ("key")
);

-- +goose Down
DROP TABLE "rate_limit_buckets";
