// Package graph is the GraphQL layer: the hand-written schema areas in
// graph/schema, thin resolvers, and the one error mapping (errors.go).
package graph

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/claims"
	"github.com/capofila/capofila/internal/contracting"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/funding"
	"github.com/capofila/capofila/internal/invoicing"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/reports"
)

// Resolver is the root resolver; it is the only place where the GraphQL
// layer's dependencies are wired.
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
	reports       *reports.Service
	version       string
}

// NewResolver returns the root resolver.
func NewResolver(client *gen.Client, authSvc *auth.Service, fundingSvc *funding.Service, projectSvc *project.Service,
	contractingSvc *contracting.Service, invoicingSvc *invoicing.Service, claimsSvc *claims.Service, disbursementsSvc *disbursements.Service,
	reportsSvc *reports.Service, version string) *Resolver {
	return &Resolver{client: client, auth: authSvc, funding: fundingSvc, project: projectSvc,
		contracting: contractingSvc, invoicing: invoicingSvc, claims: claimsSvc, disbursements: disbursementsSvc,
		reports: reportsSvc, version: version}
}

// ent returns the client of the current request's transaction (every
// mutation runs in one, see entgql.Transactioner), or the root client.
func (r *Resolver) ent(ctx context.Context) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return r.client
}
