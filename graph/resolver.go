// Package graph is the GraphQL layer: the hand-written schema areas in
// graph/schema, thin resolvers and one transaction per mutation (tx.go);
// errors are mapped by internal/apperr/problem, served by graph/handler.
package graph

import (
	"context"
	"github.com/capofila/capofila/internal/access"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/deadlines"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/jobs"
	"github.com/capofila/capofila/internal/notify"
	"github.com/capofila/capofila/internal/notifypref"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/variation"
)

// Services are the domain services the resolvers call, built once by the
// composition root (app).
type Services struct {
	Auth          *auth.Service
	Funding       *funding.Service
	Project       *project.Service
	Contracting   *contracting.Service
	Invoicing     *invoicing.Service
	Claims        *claims.Service
	Disbursements *disbursements.Service
	// Variation runs the variations of funded projects.
	Variation *variation.Service
	Reports   *reports.Service
	Notify    *notify.Service
	// Jobs is the job queue; nil in processes that run no jobs.
	Jobs      *jobs.Queue
	Deadlines *deadlines.Service
	// NotifyPrefs keeps how users want notifications e-mailed.
	NotifyPrefs *notifypref.Service
	Calendar    *calendar.Service
	// Access serves access requests (a role asked for with its act).
	Access *access.Service
}

// Resolver is the root resolver; it is the only place where the GraphQL
// layer's dependencies are kept.
type Resolver struct {
	client  *gen.Client
	auth    *auth.Service
	funding *funding.Service
	project *project.Service
	// contracting, invoicing, claims and disbursements run a project's
	// other aggregates.
	contracting   *contracting.Service
	invoicing     *invoicing.Service
	claims        *claims.Service
	disbursements *disbursements.Service
	variation     *variation.Service
	reports       *reports.Service
	notify        *notify.Service
	jobs          *jobs.Queue
	deadlines     *deadlines.Service
	notifyPrefs   *notifypref.Service
	calendar      *calendar.Service
	access        *access.Service
	version       string
}

// NewResolver returns the root resolver over client and the services;
// version is reported by the serverVersion query.
func NewResolver(client *gen.Client, svc Services, version string) *Resolver {
	return &Resolver{client: client, auth: svc.Auth, funding: svc.Funding, project: svc.Project,
		contracting: svc.Contracting, invoicing: svc.Invoicing, claims: svc.Claims, disbursements: svc.Disbursements, variation: svc.Variation,
		reports: svc.Reports, notify: svc.Notify, jobs: svc.Jobs, deadlines: svc.Deadlines, notifyPrefs: svc.NotifyPrefs, calendar: svc.Calendar, access: svc.Access, version: version}
}

// ent returns the client of the current request's transaction (every
// mutation runs in one, see entgql.Transactioner), or the root client.
func (r *Resolver) ent(ctx context.Context) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return r.client
}
