package hooks

import (
	"context"
	"fmt"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/apperr"
)

// ErrStale is the answer to an update that names a version the row no
// longer has: someone else changed it in between.
var ErrStale = &apperr.Error{Code: apperr.Conflict, Rule: "version.stale",
	Message: "Il dato è stato modificato da un altro utente nel frattempo: ricaricare la pagina e riprovare."}

// OptimisticLock guards rows that carry a version. An update that sets the
// version names the version it was read at: it is applied only if the row
// still has it (one UPDATE … WHERE id = ? AND version = ?, atomic on every
// database) and the version goes up by one; otherwise it is a CONFLICT
// (ErrStale) and nothing is written. Updates that do not name a version
// still bump it, so a later update made on an older read conflicts.
func OptimisticLock() ent.Hook { return OptimisticLockOn("version") }

// OptimisticLockOn is OptimisticLock on a field of another name (a Call's
// "version" is the version of its rules, so its rows use "row_version").
func OptimisticLockOn(field string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			v, named := m.Field(field)
			if !named || !m.Op().Is(ent.OpUpdateOne) {
				m.ResetField(field)
				if err := m.AddField(field, 1); err != nil {
					return nil, err
				}
				return next.Mutate(ctx, m)
			}
			expected, ok := v.(int)
			wp, okWhere := m.(interface{ WhereP(...func(*sql.Selector)) })
			if !ok || !okWhere {
				return nil, fmt.Errorf("hooks: %s has no integer version to lock on", m.Type())
			}
			wp.WhereP(sql.FieldEQ(field, expected))
			if err := m.SetField(field, expected+1); err != nil {
				return nil, err
			}
			val, err := next.Mutate(ctx, m)
			if gen.IsNotFound(err) {
				return nil, ErrStale
			}
			return val, err
		})
	}
}
