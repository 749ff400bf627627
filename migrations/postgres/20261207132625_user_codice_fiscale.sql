-- +goose Up
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "codice_fiscale" character varying NULL;
-- create index "users_codice_fiscale_key" to table: "users"
CREATE UNIQUE INDEX "users_codice_fiscale_key" ON "users" ("codice_fiscale");

-- +goose Down
-- reverse: create index "users_codice_fiscale_key" to table: "users"
DROP INDEX "users_codice_fiscale_key";
-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "codice_fiscale";
