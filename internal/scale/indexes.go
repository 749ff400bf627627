package scale

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// deferred are the secondary indexes and foreign keys of the schema, set
// aside while the rows are copied and rebuilt afterwards in the same
// transaction: building an index over millions of sorted rows is many
// times faster than maintaining it row by row, and the rebuilt schema is
// the migrated one, definition for definition (a failure rolls it all
// back). Primary keys stay.
type deferred struct {
	indexes []string // CREATE INDEX statements
	fks     []string // ALTER TABLE … ADD CONSTRAINT statements
}

// deferIndexes drops the secondary indexes and the foreign keys.
func deferIndexes(ctx context.Context, tx pgx.Tx) (*deferred, error) {
	d := &deferred{}
	var drops []string
	rows, err := tx.Query(ctx, `SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
		FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var table, name, def string
		if err := rows.Scan(&table, &name, &def); err != nil {
			return nil, err
		}
		drops = append(drops, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", table, name))
		d.fks = append(d.fks, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", table, name, def))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = tx.Query(ctx, `SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
		FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
		WHERE c.relnamespace = current_schema()::regnamespace AND c.relname <> 'goose_db_version'
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
		ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return nil, err
		}
		drops = append(drops, "DROP INDEX "+name)
		d.indexes = append(d.indexes, def)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, q := range drops {
		if _, err := tx.Exec(ctx, q); err != nil {
			return nil, fmt.Errorf("%s: %w", q, err)
		}
	}
	return d, nil
}

// restore rebuilds the indexes, then the foreign keys (which checks every
// reference the generator wrote).
func (d *deferred) restore(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, "SET LOCAL maintenance_work_mem = '256MB'"); err != nil {
		return err
	}
	for _, q := range append(d.indexes, d.fks...) {
		if _, err := tx.Exec(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}
