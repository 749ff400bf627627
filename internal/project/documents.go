package project

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/ent/gen/predicate"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/review"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
)

// Documents returns the query of every document stored for a project: the
// frozen dossier and attachments of its application, the evidence of its
// deliverables, the signed contracts of its procedures, its invoice files,
// its claims' reports and annexes, the minutes of their reviews, and its
// variations' attachments, requests and decisions.
//
// The query runs through the request's client, so the Ent privacy policy
// of documents applies: a viewer lists only the documents it may read
// through what they are attached to (a member referent its own body's and
// the shared ones, a Region's officer those of what it funds and was
// submitted to it); a viewer of another aggregation gets none.
func (s *Service) Documents(ctx context.Context, p *gen.Project) *gen.DocumentQuery {
	return s.Client(ctx).Document.Query().Where(ProjectDocuments(p.ID, p.ApplicationID))
}

// ProjectDocuments matches the documents attached to anything of the
// project projectID, whose application is applicationID.
func ProjectDocuments(projectID, applicationID pulid.ID) predicate.Document {
	return document.Or(
		document.HasApplicationWith(application.ID(applicationID)),
		document.HasDeliverableWith(deliverable.ProjectID(projectID)),
		document.HasContractWith(contract.HasLotWith(lot.HasProcurementWith(procurement.ProjectID(projectID)))),
		document.HasInvoiceWith(invoice.ProjectID(projectID)),
		document.HasExpenseClaimWith(expenseclaim.ProjectID(projectID)),
		document.HasReviewWith(review.HasClaimWith(expenseclaim.ProjectID(projectID))),
		document.HasVariationWith(variation.ProjectID(projectID)),
	)
}
