package project

import (
	"context"
	"io"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/interventionline"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/lifecycle"
)

// DeliverableDefinition is an output of an intervention line, replicated to
// the chosen members (every member when BodyIDs is empty).
type DeliverableDefinition struct {
	ProjectID          pulid.ID
	InterventionLineID pulid.ID
	Title, Description string
	DueOn              *civil.Date
	BodyIDs            []pulid.ID
}

// DefineDeliverable creates one deliverable per member in one action; the
// copies share a group key. The lead manager may call it.
func (s *Service) DefineDeliverable(ctx context.Context, in DeliverableDefinition) ([]*gen.Deliverable, error) {
	c := s.Client(ctx)
	p, err := c.Project.Get(ctx, in.ProjectID)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Deliverable", authz.ActCreate, ScopeOf(p)); err != nil {
		return nil, err
	}
	if err := Editable(p); err != nil {
		return nil, err
	}
	if strings.TrimSpace(in.Title) == "" {
		return nil, apperr.Invalidf("title", "deliverable.title", "Indica che cosa si consegna.")
	}
	ok, err := c.InterventionLine.Query().Where(interventionline.ID(in.InterventionLineID), interventionline.CallID(p.CallID)).Exist(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.Invalidf("interventionLineID", "deliverable.line_not_in_call", "La linea di intervento non è prevista dal bando del progetto.")
	}
	bodies, order, err := Members(ctx, s.Client(ctx), p)
	if err != nil {
		return nil, err
	}
	if len(in.BodyIDs) == 0 {
		in.BodyIDs = order
	}
	group := string(pulid.New("DG"))
	sys := authz.Elevate(ctx)
	creates := make([]*gen.DeliverableCreate, 0, len(in.BodyIDs))
	for _, b := range in.BodyIDs {
		if _, ok := bodies[b]; !ok {
			return nil, apperr.Invalidf("bodyIDs", "deliverable.not_member", "Un ente indicato non fa parte dell'aggregazione (%s).", b)
		}
		creates = append(creates, c.Deliverable.Create().SetProjectID(p.ID).SetBodyID(b).
			SetInterventionLineID(in.InterventionLineID).SetGroupKey(group).SetTitle(strings.TrimSpace(in.Title)).
			SetDescription(in.Description).SetNillableDueOn(in.DueOn))
	}
	if err := db.InBatches(creates, func(b []*gen.DeliverableCreate) error { return c.Deliverable.CreateBulk(b...).Exec(sys) }); err != nil {
		return nil, err
	}
	return c.Deliverable.Query().Where(deliverable.GroupKey(group)).Order(deliverable.ByBodyID()).All(ctx)
}

// TransitionDeliverable moves a deliverable along its lifecycle. The
// member's referent (or the lead manager) starts and delivers it —
// delivering needs at least one evidence document; the lead manager
// accepts or rejects what was delivered (a rejection needs a note).
func (s *Service) TransitionDeliverable(ctx context.Context, id pulid.ID, to deliverable.Status, note string) (*gen.Deliverable, error) {
	c := s.Client(ctx)
	d, err := c.Deliverable.Query().Where(deliverable.ID(id)).WithProject().Only(ctx)
	if err != nil {
		return nil, err
	}
	sc := Scope(d.TenantAggregationID, d.TenantRegionID)
	sc.BodyID = d.BodyID
	act := authz.ActTransition
	if to == deliverable.StatusACCEPTED || to == deliverable.StatusREJECTED {
		act = authz.ActReview
	}
	if err := authz.Require(ctx, "Deliverable", act, sc); err != nil {
		return nil, err
	}
	if err := Editable(d.Edges.Project); err != nil {
		return nil, err
	}
	if err := lifecycle.Deliverable.Check(string(d.Status), string(to)); err != nil {
		return nil, err
	}
	u := d.Update().SetStatus(to)
	switch to {
	case deliverable.StatusDELIVERED:
		n, err := d.QueryDocuments().Count(ctx)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, apperr.Invalidf("documents", "deliverable.evidence", "Caricare almeno un documento che provi la consegna.")
		}
		u.SetDeliveredOn(s.Today())
	case deliverable.StatusREJECTED:
		if strings.TrimSpace(note) == "" {
			return nil, apperr.Invalidf("note", "deliverable.reject_reason", "Indica perché il prodotto è respinto.")
		}
	}
	if strings.TrimSpace(note) != "" {
		u.SetProgressNote(strings.TrimSpace(note))
	}
	saved, err := u.Save(authz.Elevate(ctx))
	if err != nil || to != deliverable.StatusREJECTED {
		return saved, err
	}
	return saved, s.Emit(ctx, deliverableRejected(saved))
}

// UploadDeliverableEvidence stores an evidence document of a deliverable. The
// member's referent and the lead manager may call it while the deliverable
// is not accepted.
func (s *Service) UploadDeliverableEvidence(ctx context.Context, id pulid.ID, filename string, r io.Reader) (*gen.Document, error) {
	d, err := s.Client(ctx).Deliverable.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	sc := Scope(d.TenantAggregationID, d.TenantRegionID)
	sc.BodyID = d.BodyID
	if err := authz.Require(ctx, "Document", authz.ActCreate, sc); err != nil {
		return nil, err
	}
	if d.Status == deliverable.StatusACCEPTED {
		return nil, apperr.Conflictf("deliverable.accepted", "Il prodotto è già accettato: le evidenze non si modificano.")
	}
	return docstore.Record(ctx, s.Client(ctx), s.store, filename, r, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(d.TenantAggregationID)).SetBodyID(d.BodyID).SetKind(document.KindEVIDENCE).SetDeliverableID(d.ID)
	})
}

// Overdue lists what is late on a day: deliverables past their due date
// and not delivered, milestones past their date and not met.
type Overdue struct {
	Deliverables []*gen.Deliverable
	Milestones   []*gen.Milestone
}

// OverdueItems returns a project's overdue items as of a day (today when
// nil), oldest first, at most limit of each. Whoever may read the project
// may call it; a member referent sees its own deliverables.
func (s *Service) OverdueItems(ctx context.Context, projectID pulid.ID, asOf *civil.Date, limit int) (*Overdue, error) {
	p, err := s.Client(ctx).Project.Get(ctx, projectID)
	if err != nil {
		return nil, err
	}
	return s.ProjectOverdueItems(ctx, p, asOf, limit)
}

// ProjectOverdueItems is OverdueItems of a project the caller has just
// read under ctx's viewer (the GraphQL project whose overdue items are
// asked): the project is not read again.
func (s *Service) ProjectOverdueItems(ctx context.Context, p *gen.Project, asOf *civil.Date, limit int) (*Overdue, error) {
	c := s.Client(ctx)
	day := s.Today()
	if asOf != nil {
		day = *asOf
	}
	ds, err := c.Deliverable.Query().Where(deliverable.ProjectID(p.ID), deliverable.DueOnLT(day),
		deliverable.StatusIn(deliverable.StatusPLANNED, deliverable.StatusIN_PROGRESS, deliverable.StatusREJECTED)).
		Order(deliverable.ByDueOn(), deliverable.ByID()).Limit(limit).WithBody().All(ctx)
	if err != nil {
		return nil, err
	}
	ms, err := c.Milestone.Query().Where(milestone.ProjectID(p.ID), milestone.DueOnLT(day), milestone.DoneOnIsNil()).
		Order(milestone.ByDueOn(), milestone.ByID()).Limit(limit).All(ctx)
	if err != nil {
		return nil, err
	}
	return &Overdue{Deliverables: ds, Milestones: ms}, nil
}
