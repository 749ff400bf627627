package variation

import (
	"context"
	"fmt"
	"io"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/lifecycle"
)

// attachmentsFrozen refuses a change of the attachments of a variation no
// longer a draft: they are listed, with their SHA-256, in the request as
// submitted.
func attachmentsFrozen(v *gen.Variation) error {
	if v.Status == variation.StatusDRAFT {
		return nil
	}
	return apperr.Conflictf("variation.attachments_frozen",
		"La variazione n. %d è %s: gli allegati si aggiungono o si tolgono solo finché è in bozza.", v.Number, lifecycle.Variation.Label(string(v.Status)))
}

// UploadAttachment stores a file the lead attaches to a draft variation —
// a council resolution, the act ordering a contract modification — which
// the request lists with its SHA-256 once submitted. The project's lead
// manager may call it; it returns CONFLICT (variation.attachments_frozen)
// once the variation is no longer a draft, FORBIDDEN without the role and
// NOT_FOUND for a variation the viewer cannot read. Download at
// /documents/{id}.
func (s *Service) UploadAttachment(ctx context.Context, id pulid.ID, filename string, r io.Reader) (*gen.Document, error) {
	v, _, err := s.load(ctx, id, authz.ActUpdate)
	if err != nil {
		return nil, err
	}
	if err := attachmentsFrozen(v); err != nil {
		return nil, err
	}
	if s.store == nil {
		return nil, fmt.Errorf("variation: no document store configured")
	}
	return docstore.Record(ctx, s.Client(ctx), s.store, filename, r, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(v.TenantAggregationID)).SetKind(document.KindOTHER).SetVariationID(v.ID)
	})
}

// RemoveAttachment removes a file attached to a draft variation and
// returns the variation. The project's lead manager may call it; it
// returns CONFLICT (variation.attachments_frozen) once the variation is no
// longer a draft, and NOT_FOUND for a document the viewer cannot read or
// that is not a variation's attachment (a frozen request or decision
// never is).
func (s *Service) RemoveAttachment(ctx context.Context, documentID pulid.ID) (*gen.Variation, error) {
	c := s.Client(ctx)
	doc, err := c.Document.Query().Where(document.ID(documentID), document.Frozen(false), document.HasVariation()).Only(ctx)
	if err != nil {
		return nil, err
	}
	vid, err := doc.QueryVariation().OnlyID(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	v, _, err := s.load(ctx, vid, authz.ActUpdate)
	if err != nil {
		return nil, err
	}
	if err := attachmentsFrozen(v); err != nil {
		return nil, err
	}
	if err := c.Document.DeleteOneID(doc.ID).Exec(authz.Elevate(ctx)); err != nil {
		return nil, err
	}
	return v, nil
}

// RequestDocument returns the frozen request of a variation, nil while it
// was never submitted. Whoever reads the variation may call it (the
// document's own read rules apply).
func (s *Service) RequestDocument(ctx context.Context, v *gen.Variation) (*gen.Document, error) {
	if v.SubmittedAt == nil {
		return nil, nil
	}
	return s.frozenDocument(ctx, v.ID, document.KindVARIATION_REQUEST)
}

// DecisionDocument returns the frozen decision on a variation, nil until
// it is decided.
func (s *Service) DecisionDocument(ctx context.Context, v *gen.Variation) (*gen.Document, error) {
	if v.DecidedAt == nil {
		return nil, nil
	}
	return s.frozenDocument(ctx, v.ID, document.KindVARIATION_DECISION)
}

func (s *Service) frozenDocument(ctx context.Context, id pulid.ID, kind document.Kind) (*gen.Document, error) {
	d, err := s.Client(ctx).Document.Query().
		Where(document.HasVariationWith(variation.ID(id)), document.KindEQ(kind), document.Frozen(true)).
		Order(gen.Desc(document.FieldCreatedAt), gen.Desc(document.FieldID)).First(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return d, err
}
