// Package access serves access requests (richieste di accesso): a
// signed-in person, typically one who signed in with SPID or CIE and holds
// no role yet, asks for a role on an aggregation, a member body or a Region
// with the act that appoints them; those who may grant it approve or refuse
// it, and the requester is told. Approving grants the role in the same
// transaction.
//
// Who decides (docs/DOMAIN.md, roles):
//
//   - a MEMBER_REFERENT or LEAD_MANAGER of an aggregation: its lead
//     managers (policy line "LEAD_MANAGER, AccessRequest, decide" in the
//     aggregation's scope);
//   - a REGION_OFFICER or AUDITOR of a Region: its officers (no separate
//     Region-admin role: "REGION_OFFICER, AccessRequest, decide" in the
//     Region's scope);
//   - any of them: an ADMIN.
//
// Nobody decides their own request.
package access

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/accessrequest"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/ent/schema/schematype"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/notifykind"
)

// Entity is the entity type of the policy lines (internal/authz/policy.csv).
const Entity = "AccessRequest"

// MaxActSize is the largest act accepted (10 MiB): a scanned decree of a
// few pages is well below it.
const MaxActSize = 10 << 20

// Service serves access requests.
type Service struct {
	db.Base
	store docstore.Store
}

// NewService returns the service over client, keeping the acts in store
// (nil: requests are refused, as every upload is).
func NewService(client *gen.Client, now func() time.Time, store docstore.Store) *Service {
	return &Service{Base: db.NewBase(client, now), store: store}
}

// Request is what a person asks for.
type Request struct {
	Role          accessrequest.Role
	AggregationID *pulid.ID
	BodyID        *pulid.ID
	RegionBodyID  *pulid.ID
	ActKind       accessrequest.ActKind
	ActNumber     string
	ActDate       civil.Date
	ActIssuer     string
	Note          string
	// ActFilename and Act are the attached act: a PDF of at most MaxActSize.
	ActFilename string
	Act         io.Reader
}

// RequestAccess records a PENDING request of the signed-in user for a role
// and tells those who may decide it. Anyone signed in may call it, with or
// without roles. It returns UNAUTHENTICATED without a user; INVALID for a
// role without its scope or with another's (access_request.role_scope), a
// Region scope that is no Region (access_request.region_kind), a body that
// is not a current member of the aggregation (access_request.not_member),
// missing act fields (access_request.act), an act dated in the future
// (access_request.act_date), an act that is not a PDF
// (access_request.act_type) or larger than MaxActSize
// (access_request.act_size); NOT_FOUND for an unknown aggregation or body;
// CONFLICT when the user already holds the role (access_request.held) or
// already asked for it and waits (access_request.pending).
func (s *Service) RequestAccess(ctx context.Context, r Request) (*gen.AccessRequest, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	if err := s.checkAct(r); err != nil {
		return nil, err
	}
	sys := authz.WithSystem(ctx)
	c := s.Client(ctx)
	label, err := s.target(sys, c, r)
	if err != nil {
		return nil, err
	}
	if err := held(sys, c, v.UserID, r.Role, r.AggregationID, r.BodyID, r.RegionBodyID); err != nil {
		return nil, err
	}
	pending, err := c.AccessRequest.Query().Where(accessrequest.UserID(v.UserID), accessrequest.StatusEQ(accessrequest.StatusPENDING),
		accessrequest.RoleEQ(r.Role), eqOrNil(r.AggregationID, accessrequest.AggregationID, accessrequest.AggregationIDIsNil),
		eqOrNil(r.BodyID, accessrequest.BodyID, accessrequest.BodyIDIsNil),
		eqOrNil(r.RegionBodyID, accessrequest.RegionBodyID, accessrequest.RegionBodyIDIsNil)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if pending {
		return nil, apperr.Conflictf("access_request.pending", "Hai già chiesto il ruolo di %s su %s: la richiesta attende una decisione.", roleWords[r.Role], label)
	}
	return s.save(ctx, v, r, label, nil)
}

// save stores the act and records the request; proposal is the aggregation
// to form of a RequestAggregation, nil otherwise. Those who decide it are
// told.
func (s *Service) save(ctx context.Context, v *authz.Viewer, r Request, label string, proposal *schematype.AggregationProposal) (*gen.AccessRequest, error) {
	if s.store == nil {
		return nil, fmt.Errorf("access: no document store configured")
	}
	// The type and the size are checked while the act is read, before the
	// store keeps anything: a refused act leaves no file behind.
	act := bufio.NewReader(r.Act)
	if head, _ := act.Peek(len(pdfMagic)); string(head) != pdfMagic {
		return nil, errActType
	}
	stored, err := s.store.Put(&cappedReader{r: act, left: MaxActSize}, r.ActFilename)
	if err != nil {
		return nil, apperr.OnField(err, "act")
	}
	if stored.MIMEType != "application/pdf" {
		return nil, errActType
	}
	create := s.Client(ctx).AccessRequest.Create().SetUserID(v.UserID).SetRole(r.Role).
		SetNillableAggregationID(r.AggregationID).SetNillableBodyID(r.BodyID).SetNillableRegionBodyID(r.RegionBodyID).
		SetScopeLabel(clip(label, 400)).SetActKind(r.ActKind).SetActNumber(strings.TrimSpace(r.ActNumber)).
		SetActDate(r.ActDate).SetActIssuer(strings.TrimSpace(r.ActIssuer)).SetNote(strings.TrimSpace(r.Note)).
		SetActFilename(docstore.CleanName(r.ActFilename)).SetActSizeBytes(stored.Size).SetActSha256(stored.SHA256).
		SetActStorageKey(stored.Key)
	if proposal != nil {
		create.SetProposal(proposal)
	}
	q, err := create.Save(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return q, s.Emit(ctx, requested(q, v.Email))
}

// MaxProposalDescription is the longest description of a proposed
// aggregation, in characters.
const MaxProposalDescription = 2000

// Proposal is an aggregation a person asks to form and lead.
type Proposal struct {
	Name        string
	Description string
	LeadID      pulid.ID
	Members     []funding.MemberInput
}

// RequestAggregation records a PENDING request of the signed-in user to
// form the aggregation p and to be its LEAD_MANAGER, with the act r carries
// (r's role and scope are ignored), and tells the admins, who alone decide
// it. Anyone signed in may call it. It returns the errors of
// funding.CheckProposal and the act's of RequestAccess, and CONFLICT when
// the same user already waits on a proposal of that name for that lead
// (access_request.pending).
func (s *Service) RequestAggregation(ctx context.Context, p Proposal, r Request) (*gen.AccessRequest, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	if err := s.checkAct(r); err != nil {
		return nil, err
	}
	if utf8.RuneCountInString(p.Description) > MaxProposalDescription {
		return nil, apperr.Invalidf("description", "aggregation.description", "La descrizione supera i %d caratteri ammessi.", MaxProposalDescription)
	}
	c := s.Client(ctx)
	bodies, err := funding.CheckProposal(ctx, c, p.Name, p.LeadID, p.Members)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSpace(p.Name)
	waiting, err := c.AccessRequest.Query().Where(accessrequest.UserID(v.UserID), accessrequest.StatusEQ(accessrequest.StatusPENDING),
		accessrequest.RoleEQ(accessrequest.RoleLEAD_MANAGER), accessrequest.AggregationIDIsNil(), accessrequest.BodyID(p.LeadID)).
		All(authz.WithSystem(ctx))
	if err != nil {
		return nil, err
	}
	for _, w := range waiting {
		if w.Proposal != nil && strings.EqualFold(w.Proposal.Name, name) {
			return nil, apperr.Conflictf("access_request.pending", "Hai già chiesto di costituire l'aggregazione «%s»: la richiesta attende una decisione.", name)
		}
	}
	lead := bodies[p.LeadID]
	prop := &schematype.AggregationProposal{Name: name, Description: strings.TrimSpace(p.Description), LeadBodyID: lead.ID,
		LeadBodyName: lead.Name, Members: make([]schematype.ProposedMember, len(p.Members))}
	for i, m := range p.Members {
		pm := schematype.ProposedMember{BodyID: m.BodyID, BodyName: bodies[m.BodyID].Name, ResolutionNumber: strings.TrimSpace(m.ResolutionNumber),
			ResolutionDate: m.ResolutionDate, JoinedOn: m.JoinedOn}
		if m.ResolutionOrgan != nil {
			pm.ResolutionOrgan = string(*m.ResolutionOrgan)
		}
		prop.Members[i] = pm
	}
	r.Role, r.AggregationID, r.BodyID, r.RegionBodyID = accessrequest.RoleLEAD_MANAGER, nil, &lead.ID, nil
	label := fmt.Sprintf("la nuova aggregazione «%s» (capofila %s, %d enti aderenti)", name, lead.Name, len(p.Members))
	return s.save(ctx, v, r, label, prop)
}

// membersOf is the proposal's members as funding forms them.
func membersOf(p *schematype.AggregationProposal) []funding.MemberInput {
	out := make([]funding.MemberInput, len(p.Members))
	for i, m := range p.Members {
		out[i] = funding.MemberInput{BodyID: m.BodyID, ResolutionNumber: m.ResolutionNumber, ResolutionDate: m.ResolutionDate, JoinedOn: m.JoinedOn}
		if m.ResolutionOrgan != "" {
			o := membership.ResolutionOrgan(m.ResolutionOrgan)
			out[i].ResolutionOrgan = &o
		}
	}
	return out
}

// checkAct checks the act's fields and that a file is attached.
func (s *Service) checkAct(r Request) error {
	switch {
	case strings.TrimSpace(r.ActNumber) == "":
		return apperr.InvalidField("actNumber", "access_request.act", "Indica il numero dell'atto di nomina.")
	case strings.TrimSpace(r.ActIssuer) == "":
		return apperr.InvalidField("actIssuer", "access_request.act", "Indica chi ha adottato l'atto di nomina.")
	case r.ActDate.IsZero():
		return apperr.InvalidField("actDate", "access_request.act", "Indica la data dell'atto di nomina.")
	case r.ActDate.After(s.Today()):
		return apperr.Invalidf("actDate", "access_request.act_date", "L'atto di nomina è datato %s, dopo oggi.", r.ActDate.Italian())
	case r.Act == nil:
		return apperr.InvalidField("act", "access_request.act", "Allega l'atto di nomina in PDF.")
	}
	return nil
}

// target checks that the role is asked with its scope and that the scope
// exists, and names it in words. It reads as the system: the requester
// may not read the aggregation yet.
func (s *Service) target(sys context.Context, c *gen.Client, r Request) (string, error) {
	scopeErr := func(msg string) error { return apperr.InvalidField("role", "access_request.role_scope", msg) }
	switch r.Role {
	case accessrequest.RoleREGION_OFFICER, accessrequest.RoleAUDITOR:
		if r.RegionBodyID == nil || r.AggregationID != nil || r.BodyID != nil {
			return "", scopeErr(fmt.Sprintf("Il ruolo di %s si chiede su una Regione, e solo su quella.", roleWords[r.Role]))
		}
		b, err := c.PublicBody.Get(sys, *r.RegionBodyID)
		if err != nil {
			return "", apperr.OnField(err, "regionBodyID")
		}
		if b.Kind != publicbody.KindREGIONE {
			return "", apperr.Invalidf("regionBodyID", "access_request.region_kind", "%s non è una Regione.", b.Name)
		}
		return b.Name, nil
	case accessrequest.RoleLEAD_MANAGER:
		if r.AggregationID == nil || r.BodyID != nil || r.RegionBodyID != nil {
			return "", scopeErr("Il ruolo di referente del capofila si chiede su un'aggregazione, e solo su quella.")
		}
		ag, err := c.Aggregation.Get(sys, *r.AggregationID)
		if err != nil {
			return "", apperr.OnField(err, "aggregationID")
		}
		return "l'aggregazione " + ag.Name, nil
	case accessrequest.RoleMEMBER_REFERENT:
		if r.AggregationID == nil || r.BodyID == nil || r.RegionBodyID != nil {
			return "", scopeErr("Il ruolo di referente di un ente aderente si chiede per un ente di un'aggregazione.")
		}
		ag, err := c.Aggregation.Get(sys, *r.AggregationID)
		if err != nil {
			return "", apperr.OnField(err, "aggregationID")
		}
		b, err := c.PublicBody.Get(sys, *r.BodyID)
		if err != nil {
			return "", apperr.OnField(err, "bodyID")
		}
		if err := currentMember(sys, c, ag, b); err != nil {
			return "", err
		}
		return b.Name + " nell'aggregazione " + ag.Name, nil
	}
	return "", scopeErr("Si può chiedere il ruolo di funzionario o revisore di una Regione, di referente del capofila o di referente di un ente aderente.")
}

// currentMember refuses a body that is not a current member of ag
// (access_request.not_member).
func currentMember(sys context.Context, c *gen.Client, ag *gen.Aggregation, b *gen.PublicBody) error {
	ok, err := c.Membership.Query().Where(membership.AggregationID(ag.ID), membership.BodyID(b.ID), membership.LeftOnIsNil()).Exist(sys)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.Invalidf("bodyID", "access_request.not_member", "%s non è un ente aderente dell'aggregazione %s.", b.Name, ag.Name)
	}
	return nil
}

// held refuses a role the user already holds (access_request.held).
func held(sys context.Context, c *gen.Client, user pulid.ID, role accessrequest.Role, agg, body, region *pulid.ID) error {
	ok, err := c.RoleAssignment.Query().Where(roleassignment.UserID(user), roleassignment.RoleEQ(roleassignment.Role(role)),
		eqOrNil(agg, roleassignment.AggregationID, roleassignment.AggregationIDIsNil),
		eqOrNil(body, roleassignment.BodyID, roleassignment.BodyIDIsNil),
		eqOrNil(region, roleassignment.RegionBodyID, roleassignment.RegionBodyIDIsNil)).Exist(sys)
	if err != nil {
		return err
	}
	if ok {
		return apperr.Conflictf("access_request.held", "Il ruolo di %s su questo ambito è già assegnato.", roleWords[role])
	}
	return nil
}

func eqOrNil[P ~func(*S), S any](id *pulid.ID, eq func(pulid.ID) P, isNil func() P) P {
	if id == nil {
		return isNil()
	}
	return eq(*id)
}

// Decide approves or refuses a PENDING request read at version. Approving
// grants the role (a RoleAssignment granted by the viewer) in the same
// transaction; refusing needs a reason. The requester is told either way.
// The request's approvers may call it (see the package comment); it
// returns NOT_FOUND for a request the viewer cannot read, FORBIDDEN for one
// the viewer may read but not decide, or their own
// (access_request.own_request); INVALID for a refusal without a reason
// (access_request.reason); CONFLICT for a request already decided or
// withdrawn (access_request.decided), a stale version (version.stale), a
// role the requester meanwhile got (access_request.held) and a body that
// meanwhile left the aggregation (access_request.not_member).
func (s *Service) Decide(ctx context.Context, id pulid.ID, version int, approve bool, reason string) (*gen.AccessRequest, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	c := s.Client(ctx)
	q, err := c.AccessRequest.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if q.UserID == v.UserID {
		return nil, &apperr.Error{Code: apperr.Forbidden, Rule: "access_request.own_request",
			Message: "Non puoi decidere una tua richiesta di accesso: la decide un altro."}
	}
	if err := authz.Require(ctx, Entity, authz.ActDecide, scopeOf(q)); err != nil {
		return nil, err
	}
	if err := open(q); err != nil {
		return nil, err
	}
	if q.Version != version {
		return nil, hooksStale
	}
	reason = strings.TrimSpace(reason)
	sys := authz.WithSystem(ctx)
	u := q.Update().SetVersion(version).SetDecidedAt(s.Now()).SetDecidedByID(v.UserID).SetReason(reason)
	if q.Proposal != nil && !v.IsAdmin() {
		return nil, &apperr.Error{Code: apperr.Forbidden, Rule: "access_request.admin_only",
			Message: "La costituzione di una nuova aggregazione la decide un amministratore."}
	}
	if approve && q.Proposal != nil {
		// The bodies and the names may have changed since it was asked:
		// the proposal is checked again, and formed as it was asked.
		members := membersOf(q.Proposal)
		if _, err := funding.CheckProposal(ctx, c, q.Proposal.Name, q.Proposal.LeadBodyID, members); err != nil {
			return nil, asConflict(err)
		}
		ag, err := funding.Form(ctx, c, q.Proposal.Name, q.Proposal.Description, q.Proposal.LeadBodyID, members)
		if err != nil {
			return nil, err
		}
		ra, err := c.RoleAssignment.Create().SetUserID(q.UserID).SetRole(roleassignment.RoleLEAD_MANAGER).
			SetAggregationID(ag.ID).SetGrantedByID(v.UserID).Save(authz.Elevate(ctx))
		if err != nil {
			return nil, err
		}
		u.SetStatus(accessrequest.StatusAPPROVED).SetRoleAssignmentID(ra.ID)
	} else if approve {
		if err := held(sys, c, q.UserID, q.Role, q.AggregationID, q.BodyID, q.RegionBodyID); err != nil {
			return nil, err
		}
		if q.Role == accessrequest.RoleMEMBER_REFERENT {
			ag, err := c.Aggregation.Get(sys, *q.AggregationID)
			if err != nil {
				return nil, err
			}
			b, err := c.PublicBody.Get(sys, *q.BodyID)
			if err != nil {
				return nil, err
			}
			if err := currentMember(sys, c, ag, b); err != nil {
				return nil, asConflict(err)
			}
		}
		ra, err := c.RoleAssignment.Create().SetUserID(q.UserID).SetRole(roleassignment.Role(q.Role)).
			SetNillableAggregationID(q.AggregationID).SetNillableBodyID(q.BodyID).SetNillableRegionBodyID(q.RegionBodyID).
			SetGrantedByID(v.UserID).Save(authz.Elevate(ctx))
		if err != nil {
			return nil, err
		}
		u.SetStatus(accessrequest.StatusAPPROVED).SetRoleAssignmentID(ra.ID)
	} else {
		if reason == "" {
			return nil, apperr.InvalidField("reason", "access_request.reason", "Indica il motivo del rifiuto: lo leggerà chi ha chiesto l'accesso.")
		}
		u.SetStatus(accessrequest.StatusREFUSED)
	}
	q, err = u.Save(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return q, s.Emit(ctx, decided(q))
}

// Withdraw withdraws a PENDING request of the viewer read at version. Only
// the requester may call it: it returns NOT_FOUND for a request the viewer
// cannot read, FORBIDDEN for another's (access_request.not_requester),
// CONFLICT once decided (access_request.decided) or for a stale version.
func (s *Service) Withdraw(ctx context.Context, id pulid.ID, version int) (*gen.AccessRequest, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	q, err := s.Client(ctx).AccessRequest.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if q.UserID != v.UserID {
		return nil, &apperr.Error{Code: apperr.Forbidden, Rule: "access_request.not_requester",
			Message: "Solo chi ha chiesto l'accesso può ritirare la richiesta."}
	}
	if err := open(q); err != nil {
		return nil, err
	}
	return q.Update().SetVersion(version).SetStatus(accessrequest.StatusWITHDRAWN).SetDecidedAt(s.Now()).Save(authz.Elevate(ctx))
}

// Mine lists the viewer's own requests, newest first.
func (s *Service) Mine(ctx context.Context) *gen.AccessRequestQuery {
	v := authz.FromContext(ctx)
	id := pulid.ID("")
	if v != nil {
		id = v.UserID
	}
	return s.Client(ctx).AccessRequest.Query().Where(accessrequest.UserID(id))
}

// Queue lists the PENDING requests the viewer decides: the read rules
// (ent/rule, scope.Requests) let an approver read exactly those of their
// scope, and nobody decides their own.
func (s *Service) Queue(ctx context.Context) *gen.AccessRequestQuery {
	v := authz.FromContext(ctx)
	q := s.Client(ctx).AccessRequest.Query().Where(accessrequest.StatusEQ(accessrequest.StatusPENDING))
	if v != nil {
		q.Where(accessrequest.UserIDNEQ(v.UserID))
	}
	return q
}

// OpenAct returns the attached act of a request the viewer reads (its
// requester and approvers), for download; NOT_FOUND otherwise.
func (s *Service) OpenAct(ctx context.Context, id pulid.ID) (*gen.AccessRequest, io.ReadCloser, error) {
	q, err := s.Client(ctx).AccessRequest.Get(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if s.store == nil {
		return nil, nil, fmt.Errorf("access: no document store configured")
	}
	rc, err := s.store.Open(q.ActStorageKey)
	return q, rc, err
}

func scopeOf(q *gen.AccessRequest) authz.Scope {
	return authz.Scope{AggregationID: pulid.ID(q.TenantAggregationID), RegionBodyID: pulid.ID(q.TenantRegionID)}
}

// asConflict turns a rule the request met when asked, and no longer meets,
// into a CONFLICT with the same rule: the world changed, not the request.
func asConflict(err error) error {
	if e, ok := apperr.As(err); ok && e.Code == apperr.Invalid {
		return &apperr.Error{Code: apperr.Conflict, Rule: e.Rule, Message: e.Message}
	}
	return err
}

// open refuses a request no longer PENDING (access_request.decided).
func open(q *gen.AccessRequest) error {
	if q.Status == accessrequest.StatusPENDING {
		return nil
	}
	return apperr.Conflictf("access_request.decided", "La richiesta di accesso è già %s.", statusWords[q.Status])
}

var hooksStale = &apperr.Error{Code: apperr.Conflict, Rule: "version.stale",
	Message: "La richiesta è stata modificata da un altro utente nel frattempo: ricaricare la pagina e riprovare."}

var roleWords = map[accessrequest.Role]string{
	accessrequest.RoleREGION_OFFICER:  "funzionario regionale",
	accessrequest.RoleAUDITOR:         "revisore",
	accessrequest.RoleLEAD_MANAGER:    "referente del capofila",
	accessrequest.RoleMEMBER_REFERENT: "referente dell'ente aderente",
}

var actWords = map[accessrequest.ActKind]string{
	accessrequest.ActKindDECRETO_NOMINA: "decreto di nomina",
	accessrequest.ActKindDELIBERA:       "delibera",
	accessrequest.ActKindDETERMINA:      "determina",
	accessrequest.ActKindALTRO:          "atto",
}

var statusWords = map[accessrequest.Status]string{
	accessrequest.StatusAPPROVED:  "approvata",
	accessrequest.StatusREFUSED:   "respinta",
	accessrequest.StatusWITHDRAWN: "ritirata",
}

// Path is the web app's page of the approvers' queue.
const queuePath = "/richieste-accesso"

// requested is the event of a new request, told to those who may decide
// it.
func requested(q *gen.AccessRequest, who string) events.Event {
	to := []events.Audience{{Role: authz.Admin}}
	if q.TenantAggregationID != "" {
		to = append(to, events.Audience{Role: authz.LeadManager, AggregationID: q.TenantAggregationID})
	}
	if q.TenantRegionID != "" {
		to = append(to, events.Audience{Role: authz.RegionOfficer, RegionBodyID: q.TenantRegionID})
	}
	return events.Event{
		Kind:  notifykind.AccessRequested,
		Key:   "ACCESS_REQUEST:" + string(q.ID) + ":PENDING",
		Title: "Nuova richiesta di accesso: " + roleWords[q.Role] + " su " + q.ScopeLabel,
		Body: fmt.Sprintf("%s chiede il ruolo di %s su %s (atto: %s n. %s del %s, %s).", who, roleWords[q.Role], q.ScopeLabel,
			actWords[q.ActKind], q.ActNumber, q.ActDate.Italian(), q.ActIssuer),
		Path: queuePath, SubjectType: Entity, SubjectID: string(q.ID), To: to,
	}
}

// decided is the event of the decision, told to the requester.
func decided(q *gen.AccessRequest) events.Event {
	body := "Il ruolo è ora assegnato: rientra in Capofila per vederne i dati."
	if q.Status == accessrequest.StatusREFUSED {
		body = "Motivo: " + q.Reason
	}
	return events.Event{
		Kind:  notifykind.AccessDecided,
		Key:   "ACCESS_REQUEST:" + string(q.ID) + ":" + string(q.Status),
		Title: fmt.Sprintf("La richiesta del ruolo di %s su %s è %s", roleWords[q.Role], q.ScopeLabel, statusWords[q.Status]),
		Body:  body, Path: "/accesso", SubjectType: Entity, SubjectID: string(q.ID),
		To: []events.Audience{{UserID: string(q.UserID)}},
	}
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// Target is an aggregation a body is a current member of.
type Target struct {
	AggregationID pulid.ID
	Name          string
	Lead          bool
}

// Targets lists the aggregations body is a current member of, by name, for
// the access-request form: a person with no role reads no aggregation, yet
// must name the one they ask a role in. Anyone signed in may call it; it
// tells names only.
func (s *Service) Targets(ctx context.Context, body pulid.ID) ([]*Target, error) {
	if v := authz.FromContext(ctx); v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	sys := authz.WithSystem(ctx)
	ms, err := s.Client(ctx).Membership.Query().Where(membership.BodyID(body), membership.LeftOnIsNil()).
		WithAggregation().All(sys)
	if err != nil {
		return nil, err
	}
	out := make([]*Target, 0, len(ms))
	for _, m := range ms {
		out = append(out, &Target{AggregationID: m.AggregationID, Name: m.Edges.Aggregation.Name, Lead: m.Role == membership.RoleLEAD})
	}
	slices.SortFunc(out, func(a, b *Target) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// pdfMagic starts every PDF file (ISO 32000-1, 7.5.2).
const pdfMagic = "%PDF-"

var (
	errActType = apperr.InvalidField("act", "access_request.act_type", "L'atto di nomina va allegato in PDF.")
	errActSize = apperr.Invalidf("act", "access_request.act_size", "L'atto di nomina supera i %d MB ammessi.", MaxActSize>>20)
)

// cappedReader reads at most left bytes of r and fails with errActSize,
// instead of ending, when r holds more: the store then keeps nothing.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var probe [1]byte
		n, err := c.r.Read(probe[:])
		if n > 0 {
			return 0, errActSize
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
