package deadlines

import (
	"context"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/milestone"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
)

// Service reads the rows deadlines are computed from.
type Service struct {
	db.Base
}

// NewService returns the deadlines service; now is the server clock (nil
// for time.Now), whose day in Rome is "today" for overdue deadlines.
func NewService(client *gen.Client, now func() time.Time) *Service {
	return &Service{Base: db.NewBase(client, now)}
}

// ForViewer returns the open (not yet met) deadlines of the data the
// viewer can read, kept by f, sorted by DueOn then Key. It reads through
// the request's client (its transaction, if any), so the Ent privacy
// policy decides which rows they are computed from: a member referent's
// come from its own body's deliverables and the project rows it reads,
// another aggregation's lead gets none of them. Any signed-in viewer may
// call it; without a viewer the privacy policy refuses the reads.
func (s *Service) ForViewer(ctx context.Context, f Filter) ([]Deadline, error) {
	var grants []authz.Grant
	if v := authz.FromContext(ctx); v != nil {
		grants = v.Grants
	}
	return s.compute(ctx, f, grants)
}

// All returns every open deadline kept by f, read as the system: for the
// reminder job, never for a request. Filter.Mine keeps nothing (the
// system is no actor).
func (s *Service) All(ctx context.Context, f Filter) ([]Deadline, error) {
	return s.compute(authz.WithSystem(ctx), f, nil)
}

func (s *Service) compute(ctx context.Context, f Filter, grants []authz.Grant) ([]Deadline, error) {
	c := s.Client(ctx)
	today := s.Today()
	pq := c.Project.Query().Where(project.StatusIn(project.StatusACTIVE, project.StatusSUSPENDED, project.StatusCOMPLETED))
	if f.ProjectID != "" {
		pq.Where(project.ID(pulid.ID(f.ProjectID)))
	}
	projects, err := pq.WithCall().All(ctx)
	if err != nil {
		return nil, err
	}
	facts := make(map[pulid.ID]*ProjectFacts, len(projects))
	for _, p := range projects {
		facts[p.ID] = &ProjectFacts{Project: p, Call: p.Edges.Call, Today: today}
	}
	var apps []*gen.Application
	// The rows of the projects are read whole (the viewer's read rules
	// narrow them) and grouped here: a list of every project's id would
	// outgrow the statements' parameters for a Region's officer.
	err = db.Concurrently(ctx,
		func(ctx context.Context) error {
			q := c.Procurement.Query().Where(procurement.HasLotsWith(lot.HasContractsWith(contract.SignedOnNotNil())))
			if f.ProjectID != "" {
				q.Where(procurement.ProjectID(pulid.ID(f.ProjectID)))
			}
			ids, err := q.Select(procurement.FieldProjectID).Strings(ctx)
			for _, id := range ids {
				if pf := facts[pulid.ID(id)]; pf != nil {
					pf.ContractSigned = true
				}
			}
			return err
		},
		func(ctx context.Context) error {
			q := c.ExpenseClaim.Query()
			if f.ProjectID != "" {
				q.Where(expenseclaim.ProjectID(pulid.ID(f.ProjectID)))
			}
			rows, err := q.All(ctx)
			for _, r := range rows {
				if pf := facts[r.ProjectID]; pf != nil {
					pf.Claims = append(pf.Claims, r)
				}
			}
			return err
		},
		func(ctx context.Context) error {
			q := c.Deliverable.Query().Where(deliverable.DueOnNotNil(),
				deliverable.StatusIn(deliverable.StatusPLANNED, deliverable.StatusIN_PROGRESS, deliverable.StatusREJECTED))
			if f.ProjectID != "" {
				q.Where(deliverable.ProjectID(pulid.ID(f.ProjectID)))
			}
			rows, err := q.WithBody().All(ctx)
			for _, r := range rows {
				if pf := facts[r.ProjectID]; pf != nil {
					pf.Deliverables = append(pf.Deliverables, r)
				}
			}
			return err
		},
		func(ctx context.Context) error {
			q := c.Milestone.Query().Where(milestone.DoneOnIsNil(), milestone.KindIn(milestone.KindDEADLINE, milestone.KindREPORTING))
			if f.ProjectID != "" {
				q.Where(milestone.ProjectID(pulid.ID(f.ProjectID)))
			}
			rows, err := q.All(ctx)
			for _, r := range rows {
				if pf := facts[r.ProjectID]; pf != nil {
					pf.Milestones = append(pf.Milestones, r)
				}
			}
			return err
		},
		func(ctx context.Context) error {
			q := c.Variation.Query().Where(variation.StatusEQ(variation.StatusREQUESTED))
			if f.ProjectID != "" {
				q.Where(variation.ProjectID(pulid.ID(f.ProjectID)))
			}
			rows, err := q.All(ctx)
			for _, r := range rows {
				if pf := facts[r.ProjectID]; pf != nil {
					pf.Variations = append(pf.Variations, r)
				}
			}
			return err
		},
		func(ctx context.Context) error {
			if f.ProjectID != "" {
				return nil
			}
			var err error
			apps, err = c.Application.Query().
				Where(application.StatusIn(application.StatusINTEGRATION_REQUESTED, application.StatusSUBMITTED)).
				WithCall().All(ctx)
			return err
		},
	)
	if err != nil {
		return nil, err
	}
	var out []Deadline
	keep := func(ds []Deadline) {
		for _, d := range ds {
			if f.Keep(d, today, grants) {
				out = append(out, d)
			}
		}
	}
	for _, p := range projects {
		keep(OfProject(*facts[p.ID]))
	}
	for _, a := range apps {
		keep(OfApplication(a, a.Edges.Call))
	}
	Sort(out)
	return out, nil
}
