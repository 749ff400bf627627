package funding

import (
	"context"
	"fmt"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
)

// MemberInput is a body joining an aggregation, with the council
// resolution (delibera) approving it.
type MemberInput struct {
	BodyID           pulid.ID
	ResolutionNumber string
	ResolutionDate   *civil.Date
	ResolutionOrgan  *membership.ResolutionOrgan
	JoinedOn         *civil.Date
}

// FormAggregation creates an aggregation led by a body, with its members,
// and makes the signed-in user its LEAD_MANAGER. Any signed-in user may
// call it (the people of a lead body start here); it returns INVALID for a
// missing name, a duplicate member or a member that is not a public body of
// kind COMUNE or UNIONE_COMUNI, and NOT_FOUND for an unknown body.
func (s *Service) FormAggregation(ctx context.Context, name, description string, leadID pulid.ID, members []MemberInput) (*gen.Aggregation, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	if regionOnly(v) {
		// Officers and auditors judge aggregations; they do not run one.
		return nil, authz.ErrForbidden
	}
	if strings.TrimSpace(name) == "" {
		return nil, apperr.InvalidField("name", "required", "Indica il nome dell'aggregazione.")
	}
	c := s.Client(ctx)
	seen := map[pulid.ID]int{leadID: 0}
	for i, m := range members {
		if prev, dup := seen[m.BodyID]; dup {
			what := "è il capofila"
			if prev > 0 {
				what = fmt.Sprintf("ripete l'ente %d", prev)
			}
			return nil, apperr.InvalidField("members", "aggregation.duplicate_member", fmt.Sprintf("Ente %d: %s.", i+1, what))
		}
		seen[m.BodyID] = i + 1
	}
	ids := make([]pulid.ID, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	bodies, err := c.PublicBody.Query().Where(publicbody.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	if len(bodies) != len(ids) {
		return nil, &gen.NotFoundError{}
	}
	for _, b := range bodies {
		if b.Kind != "COMUNE" && b.Kind != "UNIONE_COMUNI" {
			return nil, apperr.InvalidField("members", "aggregation.member_kind",
				fmt.Sprintf("%s non è un Comune né un'Unione di Comuni.", b.Name))
		}
	}
	sys := authz.Elevate(ctx)
	ag, err := c.Aggregation.Create().SetName(strings.TrimSpace(name)).SetDescription(description).SetLeadID(leadID).Save(sys)
	if err != nil {
		return nil, err
	}
	builders := []*gen.MembershipCreate{c.Membership.Create().SetAggregationID(ag.ID).SetBodyID(leadID).SetRole(membership.RoleLEAD)}
	for _, m := range members {
		b := c.Membership.Create().SetAggregationID(ag.ID).SetBodyID(m.BodyID).SetRole(membership.RoleMEMBER).
			SetResolutionNumber(m.ResolutionNumber).SetNillableResolutionDate(m.ResolutionDate).
			SetNillableResolutionOrgan(m.ResolutionOrgan).SetNillableJoinedOn(m.JoinedOn)
		builders = append(builders, b)
	}
	for start := 0; start < len(builders); start += 200 {
		if err := c.Membership.CreateBulk(builders[start:min(start+200, len(builders))]...).Exec(sys); err != nil {
			return nil, err
		}
	}
	err = c.RoleAssignment.Create().SetUserID(v.UserID).SetRole(roleassignment.RoleLEAD_MANAGER).
		SetAggregationID(ag.ID).SetGrantedByID(v.UserID).Exec(sys)
	if err != nil {
		return nil, err
	}
	// The rest of this request reads the new aggregation as its lead.
	v.Grants = append(v.Grants, authz.Grant{Role: authz.LeadManager, AggregationID: ag.ID})
	return ag, nil
}

// regionOnly reports whether every role of v is a Region role (officer or
// auditor).
func regionOnly(v *authz.Viewer) bool {
	if len(v.Grants) == 0 {
		return false
	}
	for _, g := range v.Grants {
		if g.Role != authz.RegionOfficer && g.Role != authz.Auditor {
			return false
		}
	}
	return true
}
