package project

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/lifecycle"
)

// TransitionProject moves a project along its lifecycle (ACTIVE ⇄
// SUSPENDED → COMPLETED → CLOSED; REVOKED). A region officer of the call's
// Region may call it; completing needs every deliverable accepted.
func (s *Service) TransitionProject(ctx context.Context, id pulid.ID, to project.Status) (*gen.Project, error) {
	p, err := s.Client(ctx).Project.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Project", authz.ActTransition, ScopeOf(p)); err != nil {
		return nil, err
	}
	if err := lifecycle.Project.Check(string(p.Status), string(to)); err != nil {
		return nil, err
	}
	if to == project.StatusCOMPLETED {
		open, err := p.QueryDeliverables().Where(deliverable.StatusNEQ(deliverable.StatusACCEPTED)).Count(authz.Elevate(ctx))
		if err != nil {
			return nil, err
		}
		if open > 0 {
			return nil, apperr.Invalidf("status", "project.deliverables_open", "%d prodotti non sono ancora accettati: il progetto non è completato.", open)
		}
	}
	return p.Update().SetStatus(to).Save(authz.Elevate(ctx))
}
