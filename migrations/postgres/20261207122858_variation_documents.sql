-- +goose Up
-- modify "documents" table
ALTER TABLE "documents" ADD COLUMN "variation_documents" character varying NULL, ADD CONSTRAINT "documents_variations_documents" FOREIGN KEY ("variation_documents") REFERENCES "variations" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;

-- +goose Down
-- reverse: modify "documents" table
ALTER TABLE "documents" DROP CONSTRAINT "documents_variations_documents", DROP COLUMN "variation_documents";
