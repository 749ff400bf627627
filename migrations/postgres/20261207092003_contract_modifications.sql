-- +goose Up
-- create "contract_modifications" table
CREATE TABLE "contract_modifications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "tenant_aggregation_id" character varying NULL, "tenant_region_id" character varying NULL, "version" bigint NOT NULL DEFAULT 1, "number" bigint NOT NULL, "basis" character varying NOT NULL, "act_number" character varying NULL, "act_date" date NULL, "reason" character varying NOT NULL, "before_net_cents" bigint NOT NULL, "before_vat_cents" bigint NOT NULL, "before_ends_on" date NULL, "before_contract_version" bigint NOT NULL, "net_cents" bigint NOT NULL, "vat_cents" bigint NOT NULL, "ends_on" date NULL, "status" character varying NOT NULL DEFAULT 'PROPOSED', "effective_on" date NULL, "shares_before" jsonb NULL, "shares_after" jsonb NULL, "contract_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "contract_modifications_contracts_modifications" FOREIGN KEY ("contract_id") REFERENCES "contracts" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "contractmodification_contract_id_number" to table: "contract_modifications"
CREATE UNIQUE INDEX "contractmodification_contract_id_number" ON "contract_modifications" ("contract_id", "number");
-- create index "contractmodification_tenant_aggregation_id" to table: "contract_modifications"
CREATE INDEX "contractmodification_tenant_aggregation_id" ON "contract_modifications" ("tenant_aggregation_id");
-- create index "contractmodification_tenant_region_id" to table: "contract_modifications"
CREATE INDEX "contractmodification_tenant_region_id" ON "contract_modifications" ("tenant_region_id");

-- +goose Down
-- reverse: create index "contractmodification_tenant_region_id" to table: "contract_modifications"
DROP INDEX "contractmodification_tenant_region_id";
-- reverse: create index "contractmodification_tenant_aggregation_id" to table: "contract_modifications"
DROP INDEX "contractmodification_tenant_aggregation_id";
-- reverse: create index "contractmodification_contract_id_number" to table: "contract_modifications"
DROP INDEX "contractmodification_contract_id_number";
-- reverse: create "contract_modifications" table
DROP TABLE "contract_modifications";
