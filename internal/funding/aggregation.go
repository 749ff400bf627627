package funding

import (
	"context"
	"fmt"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
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

// MaxMembers is the most members an aggregation is formed with at once:
// Lombardia, the Region with the most comuni, has about 1,500.
const MaxMembers = 2000

// FormAggregation creates an aggregation led by a body, with its members.
// Only an ADMIN calls it (anyone else asks with an access request, which an
// admin approves: internal/access); no role is granted. It returns
// FORBIDDEN for anyone else (aggregation.form_admin) and the errors of
// CheckProposal.
func (s *Service) FormAggregation(ctx context.Context, name, description string, leadID pulid.ID, members []MemberInput) (*gen.Aggregation, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	if !v.IsAdmin() {
		return nil, &apperr.Error{Code: apperr.Forbidden, Rule: "aggregation.form_admin",
			Message: "Un'aggregazione si costituisce con una richiesta (requestAggregation) che approva un amministratore."}
	}
	c := s.Client(ctx)
	if _, err := CheckProposal(ctx, c, name, leadID, members); err != nil {
		return nil, err
	}
	return Form(ctx, c, name, description, leadID, members)
}

// CheckProposal checks an aggregation to form: a name, members each once
// (the lead not among them), at most MaxMembers, every body a COMUNE or
// UNIONE_COMUNI, and no aggregation of that name led by the same body. It
// reads as the system (the person asking may read no body's aggregations)
// and returns the bodies by ID. It returns INVALID for a missing name
// or too long (aggregation.name), a resolution number too long
// (aggregation.resolution_number), a duplicate member (aggregation.duplicate_member),
// too many members (aggregation.members_limit) or a body of another kind
// (aggregation.member_kind); NOT_FOUND for an unknown body; CONFLICT when
// the lead already leads an aggregation of that name (aggregation.exists).
func CheckProposal(ctx context.Context, c *gen.Client, name string, leadID pulid.ID, members []MemberInput) (map[pulid.ID]*gen.PublicBody, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, apperr.InvalidField("name", "aggregation.name", "Indica il nome dell'aggregazione.")
	}
	if aggregation.NameValidator(name) != nil {
		return nil, apperr.InvalidField("name", "aggregation.name", "Il nome dell'aggregazione è troppo lungo: al più 200 caratteri.")
	}
	if len(members) > MaxMembers {
		return nil, apperr.Invalidf("members", "aggregation.members_limit", "Un'aggregazione si costituisce con al più %d enti aderenti: ne sono indicati %d.", MaxMembers, len(members))
	}
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
		if membership.ResolutionNumberValidator(m.ResolutionNumber) != nil {
			return nil, apperr.InvalidField("members", "aggregation.resolution_number",
				fmt.Sprintf("Ente %d: il numero della delibera è troppo lungo (al più 50 caratteri).", i+1))
		}
	}
	ids := make([]pulid.ID, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sys := authz.WithSystem(ctx)
	bodies, err := c.PublicBody.Query().Where(publicbody.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, err
	}
	if len(bodies) != len(ids) {
		return nil, &gen.NotFoundError{}
	}
	byID := make(map[pulid.ID]*gen.PublicBody, len(bodies))
	for _, b := range bodies {
		if b.Kind != publicbody.KindCOMUNE && b.Kind != publicbody.KindUNIONE_COMUNI {
			field := "members"
			if b.ID == leadID {
				field = "leadID"
			}
			return nil, apperr.InvalidField(field, "aggregation.member_kind",
				fmt.Sprintf("%s non è un Comune né un'Unione di Comuni.", b.Name))
		}
		byID[b.ID] = b
	}
	taken, err := c.Aggregation.Query().Where(aggregation.LeadID(leadID), aggregation.NameEqualFold(name)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, apperr.Conflictf("aggregation.exists", "%s guida già un'aggregazione di nome «%s».", byID[leadID].Name, name)
	}
	return byID, nil
}

// Form creates the aggregation, as the system, with the lead body as its
// LEAD member and the members with their resolutions. The caller has
// checked it (CheckProposal) and decided who may form it.
func Form(ctx context.Context, c *gen.Client, name, description string, leadID pulid.ID, members []MemberInput) (*gen.Aggregation, error) {
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
	return ag, nil
}
