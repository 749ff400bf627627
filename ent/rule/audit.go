package rule

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/reqctx"
)

// sensitive fields are recorded as changed, never with their values.
var sensitive = map[string]bool{"password_hash": true, "token_hash": true, "storage_key": true}

// AuditHook writes an append-only AuditEvent for every change, in the same
// transaction as the change when the mutation runs in one (every GraphQL
// mutation and service does): actor, entity, operation, changed fields with
// the values before and after, request id and the scope for access control.
func AuditHook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			var before map[string]any
			if m.Op().Is(ent.OpUpdateOne | ent.OpDeleteOne) {
				before = oldValues(ctx, m)
			}
			ids := mutationIDs(ctx, m)
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if m.Op().Is(ent.OpCreate) {
				ids = []string{idOf(v)}
			}
			return v, writeAudit(ctx, m, ids, before)
		})
	}
}

func writeAudit(ctx context.Context, m ent.Mutation, ids []string, before map[string]any) error {
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
		c := map[string]any{"after": after}
		if b, ok := before[f]; ok {
			c["before"] = b
		}
		changes[f] = c
	}
	if m.Op().Is(ent.OpDeleteOne) {
		for f, b := range before {
			if !sensitive[f] && f != colTenantAgg && f != colTenantRegion {
				changes[f] = map[string]any{"before": b, "after": nil}
			}
		}
	}
	for _, f := range m.ClearedFields() {
		c := map[string]any{"after": nil}
		if b, ok := before[f]; ok && !sensitive[f] {
			c["before"] = b
		}
		changes[f] = c
	}
	for _, e := range m.AddedEdges() {
		changes["+"+e] = m.AddedIDs(e)
	}
	for _, e := range m.RemovedEdges() {
		changes["-"+e] = m.RemovedIDs(e)
	}
	if len(changes) == 0 && m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) {
		// Only internal columns changed (e.g. a claim's items becoming
		// visible to the Region when it is submitted): nothing a person
		// did to the record.
		return nil
	}
	if r := auditReason(ctx); r != "" {
		changes[AuditReasonKey] = r
	}
	agg, region := scopeOfChange(ctx, m, before)
	actorID, actor := "", "system"
	if v := authz.FromContext(ctx); v != nil {
		actorID, actor = string(v.UserID), v.Email
	}
	c := ClientOf(m)
	sys := authz.WithSystem(ctx)
	for _, id := range ids {
		err := c.AuditEvent.Create().
			SetActorID(actorID).
			SetActorLabel(actor).
			SetEntityType(m.Type()).
			SetEntityID(id).
			SetOperation(opName(m.Op())).
			SetChanges(changes).
			SetRequestID(reqctx.RequestID(ctx)).
			SetAggregationID(agg).
			SetRegionBodyID(region).
			Exec(sys)
		if err != nil {
			return fmt.Errorf("writing the audit event: %w", err)
		}
	}
	return nil
}

func scopeOfChange(ctx context.Context, m ent.Mutation, before map[string]any) (string, string) {
	// A mutation that does not set the tenant columns (an update, a
	// deletion) reports them empty: the row's values read before the
	// change tell the scope, so that its event is read by those who read
	// the row.
	agg, ok := m.Field(colTenantAgg)
	if !ok || agg == "" {
		agg = before[colTenantAgg]
	}
	region, ok := m.Field(colTenantRegion)
	if !ok || region == "" {
		region = before[colTenantRegion]
	}
	switch m.Type() {
	case "Aggregation":
		if id, ok := m.(interface{ ID() (pulid.ID, bool) }).ID(); ok {
			agg = string(id)
		}
	}
	return string(AsID(agg)), string(AsID(region))
}

// oldValues reads the current values of the row an UpdateOne or DeleteOne
// touches, as the system (the write rule has already checked access).
func oldValues(ctx context.Context, m ent.Mutation) map[string]any {
	sys := authz.WithSystem(ctx)
	out := map[string]any{}
	if m.Op().Is(ent.OpDeleteOne) {
		// Record the whole row: once deleted, nothing else says what it was.
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

func idOf(v ent.Value) string { return reflectID(v) }

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
