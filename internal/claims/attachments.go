package claims

import (
	"bytes"
	"context"
	"io"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/lifecycle"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// UploadClaimAttachment stores an annex of a claim — typically the report
// signed by the legal representative — while the lead may still edit the
// claim or right after submitting it. A CAdES envelope (.p7m, checked to be
// a SignedData with content and a signer: else INVALID document.p7m) or a
// PDF carrying a signature dictionary is recorded with its signature
// format. The lead manager may call it.
func (s *Service) UploadClaimAttachment(ctx context.Context, id pulid.ID, filename string, r io.Reader) (*gen.Document, error) {
	cl, err := s.Client(ctx).ExpenseClaim.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	sc := projectsvc.Scope(cl.TenantAggregationID, cl.TenantRegionID)
	if err := authz.Require(ctx, "ExpenseClaim", authz.ActUpdate, sc); err != nil {
		return nil, err
	}
	if cl.Status != expenseclaim.StatusDRAFT && cl.Status != expenseclaim.StatusCHANGES_REQUESTED && cl.Status != expenseclaim.StatusSUBMITTED {
		return nil, apperr.Conflictf("claim.frozen", "Il rendiconto è %s: non si aggiungono allegati.", lifecycle.ExpenseClaim.Label(string(cl.Status)))
	}
	head := make([]byte, 1<<20)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	head = head[:n]
	return docstore.Record(ctx, s.Client(ctx), s.store, filename, io.MultiReader(bytes.NewReader(head), r), func(dc *gen.DocumentCreate) {
		// The store has checked that a .p7m is a whole signed envelope
		// (docstore.MIMESignedData), whatever its name says.
		kind := document.SignatureKindNONE
		switch mime, _ := dc.Mutation().MimeType(); {
		case mime == docstore.MIMESignedData:
			kind = document.SignatureKindCADES
		case bytes.HasPrefix(head, []byte("%PDF")) && bytes.Contains(head, []byte("/ByteRange")) && bytes.Contains(head, []byte("/Sig")):
			kind = document.SignatureKindPADES
		}
		// A signed copy of the report shows what the report shows: it is
		// kept as a (not frozen) claim report, read by the same people.
		docKind := document.KindOTHER
		if kind != document.SignatureKindNONE {
			docKind = document.KindCLAIM_REPORT
		}
		dc.SetAggregationID(pulid.ID(cl.TenantAggregationID)).SetKind(docKind).SetExpenseClaimID(cl.ID).SetSignatureKind(kind)
	})
}
