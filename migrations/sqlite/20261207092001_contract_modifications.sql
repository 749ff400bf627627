-- +goose Up
-- create "contract_modifications" table
CREATE TABLE `contract_modifications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `tenant_aggregation_id` text NULL, `tenant_region_id` text NULL, `version` integer NOT NULL DEFAULT (1), `number` integer NOT NULL, `basis` text NOT NULL, `act_number` text NULL, `act_date` date NULL, `reason` text NOT NULL, `before_net_cents` integer NOT NULL, `before_vat_cents` integer NOT NULL, `before_ends_on` date NULL, `before_contract_version` integer NOT NULL, `net_cents` integer NOT NULL, `vat_cents` integer NOT NULL, `ends_on` date NULL, `status` text NOT NULL DEFAULT ('PROPOSED'), `effective_on` date NULL, `shares_before` json NULL, `shares_after` json NULL, `contract_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `contract_modifications_contracts_modifications` FOREIGN KEY (`contract_id`) REFERENCES `contracts` (`id`) ON DELETE NO ACTION);
-- create index "contractmodification_tenant_aggregation_id" to table: "contract_modifications"
CREATE INDEX `contractmodification_tenant_aggregation_id` ON `contract_modifications` (`tenant_aggregation_id`);
-- create index "contractmodification_tenant_region_id" to table: "contract_modifications"
CREATE INDEX `contractmodification_tenant_region_id` ON `contract_modifications` (`tenant_region_id`);
-- create index "contractmodification_contract_id_number" to table: "contract_modifications"
CREATE UNIQUE INDEX `contractmodification_contract_id_number` ON `contract_modifications` (`contract_id`, `number`);

-- +goose Down
-- reverse: create index "contractmodification_contract_id_number" to table: "contract_modifications"
DROP INDEX `contractmodification_contract_id_number`;
-- reverse: create index "contractmodification_tenant_region_id" to table: "contract_modifications"
DROP INDEX `contractmodification_tenant_region_id`;
-- reverse: create index "contractmodification_tenant_aggregation_id" to table: "contract_modifications"
DROP INDEX `contractmodification_tenant_aggregation_id`;
-- reverse: create "contract_modifications" table
DROP TABLE `contract_modifications`;
