package rule

import (
	"context"
	"encoding/json"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/auditevent"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/predicate"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/authz"
)

// audience is who reads an audit event besides admins: whoever could read
// the changed row when it changed, as the read rules (readFilter) say,
// decided when the event is written from the row after the change (before
// it, for a deletion).
//
//   - the lead managers of the row's aggregation, always;
//   - its member referents: all of them (Members ALL), only those of the
//     row's body (BODY: a deliverable, a body's document), or none (NONE: a
//     claim report, which shows every member's deliverables);
//   - the officers and auditors of the Region whose call the row falls
//     under (Regions REGION) once they read it: never an aggregation's
//     drafts (an application or a claim still in DRAFT, and what hangs
//     from them); or of every Region the aggregation has submitted an
//     application to (APPLIED: the aggregation, its members and agreement);
//   - the user whose account the row is (User).
type audience struct {
	Aggregation, Region, Body, User string
	Members                         auditevent.MemberAccess
	Regions                         auditevent.RegionAccess
}

// audienceOf returns the audience of a change of the row id of type typ,
// whose values (JSON names) are row; m is the mutation, if any. It follows
// the read rule of the type's scope (gen.Scopes).
func audienceOf(ctx context.Context, c *gen.Client, typ, id string, row map[string]any, m ent.Mutation) (audience, error) {
	a := audience{Aggregation: str(row, colTenantAgg), Region: str(row, colTenantRegion),
		Members: auditevent.MemberAccessALL, Regions: auditevent.RegionAccessNONE}
	region := func(reads bool) {
		if reads && a.Region != "" {
			a.Regions = auditevent.RegionAccessREGION
		}
	}
	d := gen.Scopes[typ]
	switch d.Read {
	case scope.Applied:
		a.Aggregation, a.Regions = id, auditevent.RegionAccessAPPLIED
	case scope.AggregationApplied:
		a.Regions = auditevent.RegionAccessAPPLIED
	case scope.Submitted:
		region(str(row, "status") != statusDraft)
	case scope.ParentSubmitted:
		p, err := c.ReadTenantColumns(authz.WithSystem(detached(ctx)), d.ParentType, pulid.ID(str(row, d.ParentField)))
		if err != nil && !gen.IsNotFound(err) {
			return a, err
		}
		region(err == nil && p.Status != statusDraft)
	case scope.OwnBody:
		region(true)
		a.Members, a.Body = auditevent.MemberAccessBODY, str(row, "body_id")
	case scope.Documents:
		return documentAudience(ctx, c, id, row, m, a)
	case scope.OwnAccount:
		a.User = id
	case scope.OwnRows:
		a.User = str(row, "user_id")
	case scope.Requests:
		// The requester, the aggregation's leads (not its member
		// referents) and the Region's officers.
		a.User, a.Members = str(row, "user_id"), auditevent.MemberAccessNONE
		region(true)
	default:
		// Calls and their lines, and the rows of a funded project: the
		// Region reads them all. An expense item has its Region only once
		// its claim is submitted (deriveScope).
		region(d.Kind == scope.Tenant)
	}
	return a, nil
}

// documentAudience: a document is read by whoever reads the object it is
// attached to (readFilter), and by member referents as ownBody says.
func documentAudience(ctx context.Context, c *gen.Client, id string, row map[string]any, m ent.Mutation, a audience) (audience, error) {
	switch {
	case str(row, "body_id") != "":
		a.Members, a.Body = auditevent.MemberAccessBODY, str(row, "body_id")
	case str(row, "kind") == string(document.KindCLAIM_REPORT):
		a.Members = auditevent.MemberAccessNONE
	}
	typ, pid, err := attachment(ctx, c, id, m)
	if err != nil || pid == "" {
		// Attached to nothing: the aggregation's own.
		return a, err
	}
	sys := authz.WithSystem(detached(ctx))
	n, err := c.Noder(sys, pulid.ID(pid), gen.WithNodeType(gen.IDToType))
	if gen.IsNotFound(err) {
		return a, nil
	}
	if err != nil {
		return a, err
	}
	pa, err := audienceOf(ctx, c, typ, pid, asMap(n), nil)
	a.Region, a.Regions = pa.Region, pa.Regions
	return a, err
}

// documentParents are the edges of a Document to what it is attached to.
var documentParents = []string{"application", "agreement", "deliverable", "contract", "invoice", "expense_claim", "review", "variation"}

// attachment returns the type and ID of the object a document is attached
// to: the one the mutation sets, or the stored one.
func attachment(ctx context.Context, c *gen.Client, id string, m ent.Mutation) (string, string, error) {
	if m != nil {
		for _, e := range documentParents {
			if ids := m.AddedIDs(e); len(ids) > 0 {
				return gen.Edges["Document"][e].Type, string(AsID(ids[0])), nil
			}
		}
	}
	var fks []struct {
		Application  *string `json:"application_documents"`
		Agreement    *string `json:"agreement_documents"`
		Deliverable  *string `json:"deliverable_documents"`
		Contract     *string `json:"contract_documents"`
		Invoice      *string `json:"invoice_documents"`
		ExpenseClaim *string `json:"expense_claim_documents"`
		Review       *string `json:"review_documents"`
		Variation    *string `json:"variation_documents"`
	}
	err := c.Document.Query().Where(document.ID(pulid.ID(id))).Select(document.ForeignKeys...).
		Scan(authz.WithSystem(detached(ctx)), &fks)
	if err != nil || len(fks) == 0 {
		return "", "", err
	}
	f := fks[0]
	for i, p := range []*string{f.Application, f.Agreement, f.Deliverable, f.Contract, f.Invoice, f.ExpenseClaim, f.Review, f.Variation} {
		if p != nil && *p != "" {
			return gen.Edges["Document"][documentParents[i]].Type, *p, nil
		}
	}
	return "", "", nil
}

// asMap returns an entity's fields by their JSON names (sensitive fields
// are never serialized).
func asMap(v any) map[string]any {
	out := map[string]any{}
	b, err := json.Marshal(v)
	if err != nil {
		return out
	}
	_ = json.Unmarshal(b, &out)
	delete(out, "edges")
	return out
}

// auditReaders narrows a query of audit events to those the viewer reads
// (see audience): the whole history of the aggregations it leads; as a
// member referent, what every member or its own body reads; as an officer
// or auditor, what its Region read when it happened, and the history of
// the aggregations that have applied to its calls; its own account's.
func auditReaders(v *authz.Viewer) predicate.AuditEvent {
	leads := v.Aggregations(authz.LeadManager)
	regions := v.Regions(authz.RegionOfficer, authz.Auditor)
	return func(s *sql.Selector) {
		var ors []*sql.Predicate
		if len(leads) > 0 {
			ors = append(ors, sql.In(s.C(auditevent.FieldAggregationID), anys(leads)...))
		}
		for _, g := range v.MemberGrants() {
			ors = append(ors, sql.And(sql.EQ(s.C(auditevent.FieldAggregationID), string(g.AggregationID)),
				sql.Or(sql.EQ(s.C(auditevent.FieldMemberAccess), string(auditevent.MemberAccessALL)),
					sql.And(sql.EQ(s.C(auditevent.FieldMemberAccess), string(auditevent.MemberAccessBODY)),
						sql.EQ(s.C(auditevent.FieldBodyID), string(g.BodyID))))))
		}
		if len(regions) > 0 {
			ors = append(ors, sql.And(sql.In(s.C(auditevent.FieldRegionBodyID), anys(regions)...),
				sql.EQ(s.C(auditevent.FieldRegionAccess), string(auditevent.RegionAccessREGION))))
			applied := sql.Dialect(s.Dialect()).Select(application.FieldTenantAggregationID).From(sql.Table(application.Table)).
				Where(sql.And(sql.In(application.FieldTenantRegionID, anys(regions)...),
					sql.NEQ(application.FieldStatus, string(application.StatusDRAFT))))
			ors = append(ors, sql.And(sql.EQ(s.C(auditevent.FieldRegionAccess), string(auditevent.RegionAccessAPPLIED)),
				sql.In(s.C(auditevent.FieldAggregationID), applied)))
		}
		if v.UserID != "" {
			ors = append(ors, sql.EQ(s.C(auditevent.FieldUserID), string(v.UserID)))
		}
		if len(ors) == 0 {
			s.Where(sql.False())
			return
		}
		s.Where(sql.Or(ors...))
	}
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
