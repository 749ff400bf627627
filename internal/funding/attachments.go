package funding

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/lifecycle"
)

// WithStore sets where uploaded documents are kept.
func (s *Service) WithStore(st docstore.Store) *Service {
	s.store = st
	return s
}

// UploadAttachment stores a file as one of the attachments the call
// requires (code is its name in the call) and attaches it to the
// application. The lead manager may call it while the application is a
// draft, or awaiting an integration of its attachments. It returns INVALID
// for an attachment the call does not ask for or a file that is empty, too
// large or of a type not accepted, CONFLICT for a frozen application.
func (s *Service) UploadAttachment(ctx context.Context, appID pulid.ID, code, filename string, r io.Reader) (*gen.Document, error) {
	app, err := s.Client(ctx).Application.Query().Where(application.ID(appID)).WithCall().Only(ctx)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Application", authz.ActUpdate, scopeOf(app.TenantAggregationID, app.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := Editable(app, lifecycle.ItemAttachments); err != nil {
		return nil, err
	}
	code = strings.TrimSpace(code)
	if !slices.Contains(app.Edges.Call.RequiredAttachments, code) {
		return nil, apperr.InvalidField("code", "attachment.unknown", fmt.Sprintf(
			"Il bando non chiede l'allegato «%s». Allegati previsti: %s.", code, strings.Join(app.Edges.Call.RequiredAttachments, ", ")))
	}
	return s.saveDocument(ctx, filename, r, func(d *gen.DocumentCreate) {
		d.SetAggregationID(app.AggregationID).SetApplicationID(app.ID).
			SetKind(document.KindATTACHMENT).SetAttachmentCode(code)
	})
}

// saveDocument stores a file and records it as a Document; see
// docstore.Record.
func (s *Service) saveDocument(ctx context.Context, filename string, r io.Reader, set func(*gen.DocumentCreate)) (*gen.Document, error) {
	return docstore.Record(ctx, s.Client(ctx), s.store, filename, r, set)
}

// Editable returns nil when the lead may change part (one of
// lifecycle.IntegrationItems) of an application; see lifecycle.Editable.
func Editable(app *gen.Application, part string) error {
	return lifecycle.Editable(string(app.Status), app.IntegrationItems, part)
}

// missingAttachments lists the problems of required attachments not yet
// uploaded.
func (s *Service) missingAttachments(ctx context.Context, app *gen.Application) ([]Problem, error) {
	required := app.Edges.Call.RequiredAttachments
	if len(required) == 0 {
		return nil, nil
	}
	have, err := s.Client(ctx).Document.Query().
		Where(document.HasApplicationWith(application.ID(app.ID)), document.AttachmentCodeIn(required...)).
		Select(document.FieldAttachmentCode).Strings(ctx)
	if err != nil {
		return nil, err
	}
	var ps []Problem
	for _, code := range required {
		if !slices.Contains(have, code) {
			ps = append(ps, Problem{Rule: "attachment.missing", Message: fmt.Sprintf("Manca l'allegato richiesto dal bando: «%s».", code)})
		}
	}
	return ps, nil
}

// UploadAgreementDocument stores a document of an aggregation's agreement
// (the signed convention, its annexes). The lead manager may call it; it
// returns NOT_FOUND for an agreement the viewer cannot read, FORBIDDEN
// without the role, INVALID for a file that is empty, too large or of a
// type not accepted.
func (s *Service) UploadAgreementDocument(ctx context.Context, agreementID pulid.ID, filename string, r io.Reader) (*gen.Document, error) {
	ag, err := s.Client(ctx).Agreement.Get(ctx, agreementID)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Agreement", authz.ActUpdate, scopeOf(ag.TenantAggregationID, "")); err != nil {
		return nil, err
	}
	return s.saveDocument(ctx, filename, r, func(d *gen.DocumentCreate) {
		d.SetAggregationID(ag.AggregationID).SetAgreementID(ag.ID).SetKind(document.KindAGREEMENT)
	})
}
