package rule

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"entgo.io/ent"
	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/reqctx"
)

// sensitive fields are recorded as changed, never with their values.
var sensitive = map[string]bool{"password_hash": true, "token_hash": true, "storage_key": true}

// AuditHook writes an append-only AuditEvent for every change, in the same
// transaction as the change when the mutation runs in one (every GraphQL
// mutation and service does): actor, entity, operation, changed fields with
// the values before and after, request id, and who reads the event (its
// audience: those who could read the row, see audienceOf). Every row a
// bulk update or deletion touches gets its own event, with its own values
// and scope.
func AuditHook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			ids := mutationIDs(ctx, m)
			// The rows as they stand before the change, by ID: their
			// values before, their scope and, once deleted, what they were.
			rows := map[string]map[string]any{}
			switch {
			case m.Op().Is(ent.OpUpdateOne | ent.OpDeleteOne):
				if len(ids) == 1 {
					rows[ids[0]] = oldValues(ctx, m)
				}
			case m.Op().Is(ent.OpDelete) || (m.Op().Is(ent.OpUpdate) && len(fieldChanges(m)) > 0):
				var err error
				if rows, err = loadRows(ctx, m, ids); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			switch {
			case m.Op().Is(ent.OpCreate):
				ids = []string{gen.IDOf(v)}
				return v, writeAudit(ctx, m, ids, nil, map[string]map[string]any{ids[0]: asMap(v)})
			case m.Op().Is(ent.OpUpdateOne) && len(ids) == 1:
				// The stored values, overlaid with the row the update returns.
				row := maps.Clone(rows[ids[0]])
				if row == nil {
					row = map[string]any{}
				}
				maps.Copy(row, asMap(v))
				return v, writeAudit(ctx, m, ids, map[string]map[string]any{ids[0]: rows[ids[0]]}, map[string]map[string]any{ids[0]: row})
			}
			return v, writeAudit(ctx, m, ids, rows, rows)
		})
	}
}

// fieldChanges are the changes a mutation makes, without their values
// before: fields set and cleared, edges added and removed. Internal columns
// (tenant scope, timestamps) are not changes.
func fieldChanges(m ent.Mutation) map[string]any {
	changes := map[string]any{}
	for _, f := range m.Fields() {
		if f == colTenantAgg || f == colTenantRegion || f == "created_at" || f == "updated_at" {
			continue
		}
		after, _ := m.Field(f)
		if sensitive[f] {
			changes[f] = map[string]any{"changed": true}
			continue
		}
		changes[f] = map[string]any{"after": after}
	}
	for _, f := range m.ClearedFields() {
		changes[f] = map[string]any{"after": nil}
	}
	for _, e := range m.AddedEdges() {
		changes["+"+e] = m.AddedIDs(e)
	}
	for _, e := range m.RemovedEdges() {
		changes["-"+e] = m.RemovedIDs(e)
	}
	return changes
}

// writeAudit writes the events of a mutation of the rows ids: before holds
// each row's values before the change (none for a creation), after the
// row's values that decide who reads the event (after the change; before
// it, for a deletion).
func writeAudit(ctx context.Context, m ent.Mutation, ids []string, before, after map[string]map[string]any) error {
	base := fieldChanges(m)
	if len(base) == 0 && m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) {
		// Only internal columns changed (e.g. a claim's items becoming
		// visible to the Region when it is submitted): nothing a person
		// did to the record.
		return nil
	}
	deletion := m.Op().Is(ent.OpDelete | ent.OpDeleteOne)
	c := ClientOf(m)
	for _, id := range ids {
		old := before[id]
		changes := map[string]any{}
		for f, ch := range base {
			if c, ok := ch.(map[string]any); ok && !sensitive[f] {
				c = maps.Clone(c)
				if b, ok := old[f]; ok {
					c["before"] = b
				}
				ch = c
			}
			changes[f] = ch
		}
		if deletion {
			// Record the whole row: once deleted, nothing else says what it was.
			for f, b := range old {
				if !sensitive[f] && f != colTenantAgg && f != colTenantRegion {
					changes[f] = map[string]any{"before": b, "after": nil}
				}
			}
		}
		if r := auditReason(ctx); r != "" {
			changes[AuditReasonKey] = r
		}
		a, err := audienceOf(ctx, c, m.Type(), id, after[id], m)
		if err != nil {
			return fmt.Errorf("writing the audit event: %w", err)
		}
		if err := createEvent(ctx, c, m.Type(), id, opName(m.Op()), changes, a, nil); err != nil {
			return err
		}
	}
	return nil
}

// createEvent writes one event, as the system, with actor (the viewer of
// ctx when nil) as who made the change.
func createEvent(ctx context.Context, c *gen.Client, typ, id, op string, changes map[string]any, a audience, actor *authz.Viewer) error {
	if actor == nil {
		actor = authz.FromContext(ctx)
	}
	actorID, label := "", "system"
	if actor != nil && !maintenance(actor) {
		actorID, label = string(actor.UserID), actor.Email
	}
	err := c.AuditEvent.Create().
		SetActorID(actorID).
		SetActorLabel(label).
		SetEntityType(typ).
		SetEntityID(id).
		SetOperation(op).
		SetChanges(changes).
		SetRequestID(reqctx.RequestID(ctx)).
		SetAggregationID(a.Aggregation).
		SetRegionBodyID(a.Region).
		SetBodyID(a.Body).
		SetMemberAccess(a.Members).
		SetRegionAccess(a.Regions).
		SetUserID(a.User).
		Exec(authz.WithSystem(ctx))
	if err != nil {
		return fmt.Errorf("writing the audit event: %w", err)
	}
	return nil
}

// Event is a change the audit hook does not see, because it is no row's
// (a sign-in) or of a row whose every write is not worth an event (an API
// token is "used" at every request): the service that makes it records it
// with Audit.
type Event struct {
	EntityType, EntityID string
	// Operation names what happened, e.g. CREATE, REVOKE, SIGN_IN.
	Operation string
	// Changes are the fields changed, each {"before": …, "after": …}.
	Changes map[string]any
	// UserID is the user whose account the event concerns: that user (and
	// admins) read it.
	UserID pulid.ID
	// Actor is who made the change; nil for the viewer of ctx (a sign-in
	// has none yet: the user signing in is its actor).
	Actor *authz.Viewer
}

// Audit writes e through c (the request's transaction, if it runs in one),
// with the request id of ctx.
func Audit(ctx context.Context, c *gen.Client, e Event) error {
	a := audience{User: string(e.UserID), Members: auditevent.MemberAccessALL, Regions: auditevent.RegionAccessNONE}
	return createEvent(ctx, c, e.EntityType, e.EntityID, e.Operation, e.Changes, a, e.Actor)
}

// oldValues reads the current values of the row an UpdateOne or DeleteOne
// touches, as the system (the write rule has already checked access).
func oldValues(ctx context.Context, m ent.Mutation) map[string]any {
	sys := authz.WithSystem(ctx)
	out := map[string]any{}
	if m.Op().Is(ent.OpDeleteOne) {
		if row, err := Row(ctx, m, authz.SystemViewer); err == nil {
			for k, v := range row {
				if !sensitive[k] {
					out[k] = v
				}
			}
		}
		return out
	}
	fields := append(slices.Clone(m.Fields()), m.ClearedFields()...)
	if IsScoped(m.Type()) {
		fields = append(fields, colTenantAgg, colTenantRegion)
	}
	for _, f := range fields {
		if v, err := m.OldField(sys, f); err == nil {
			out[f] = v
		}
	}
	return out
}

// loadRows reads, as the system, the rows of a bulk update or deletion by
// ID, as maps of their JSON fields.
func loadRows(ctx context.Context, m ent.Mutation, ids []string) (map[string]map[string]any, error) {
	rows := map[string]map[string]any{}
	if len(ids) == 0 {
		return rows, nil
	}
	pids := make([]pulid.ID, len(ids))
	for i, id := range ids {
		pids[i] = pulid.ID(id)
	}
	// Noders reports a missing row to the GraphQL response of ctx: give it
	// one of its own.
	rctx := graphql.WithResponseContext(authz.WithSystem(detached(ctx)), graphql.DefaultErrorPresenter, nil)
	ns, err := ClientOf(m).Noders(rctx, pids, gen.WithNodeType(gen.IDToType))
	if err != nil {
		return nil, fmt.Errorf("reading the rows to audit: %w", err)
	}
	for _, n := range ns {
		if n != nil {
			row := asMap(n)
			for k := range row {
				if sensitive[k] {
					delete(row, k)
				}
			}
			rows[gen.IDOf(n)] = row
		}
	}
	return rows, nil
}

func mutationIDs(ctx context.Context, m ent.Mutation) []string {
	if m.Op().Is(ent.OpCreate) {
		return nil
	}
	im, ok := m.(interface {
		IDs(context.Context) ([]pulid.ID, error)
	})
	if !ok {
		return nil
	}
	ids, err := im.IDs(authz.WithSystem(ctx))
	if err != nil {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}

func opName(op ent.Op) string {
	switch {
	case op.Is(ent.OpCreate):
		return "CREATE"
	case op.Is(ent.OpUpdate | ent.OpUpdateOne):
		return "UPDATE"
	default:
		return "DELETE"
	}
}
