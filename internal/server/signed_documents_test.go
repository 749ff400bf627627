package server_test

import (
	"testing"

	"github.com/capofila/capofila/internal/cades/cadestest"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/projecttest"
	"github.com/capofila/capofila/internal/testdb"
)

// TestDocuments_SignedClaimReportIsChecked: a claim's annex is labelled a
// CAdES-signed report only when its content is a signed envelope (a
// SignedData with the document and a signer), whatever its name says; a
// file named .p7m that is not one is refused.
func TestDocuments_SignedClaimReportIsChecked(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		admin := newClient(t, d)
		f := projecttest.Build(t, d.Client())
		lead := admin.as(t, d, "capofila@sanbenedetto.test")
		var cl struct {
			CreateExpenseClaim struct{ ID string } `json:"createExpenseClaim"`
		}
		mustOK(t, lead.do(t, `mutation($p: ID!, $in: ExpenseClaimInput!) { createExpenseClaim(projectID: $p, input: $in) { id } }`,
			map[string]any{"p": f.Demo.Project.ID, "in": map[string]any{"periodStart": "2026-01-01", "periodEnd": "2026-06-30"}})).decode(t, &cl)
		const upload = `mutation($id: ID!, $file: Upload!) { uploadClaimAttachment(claimID: $id, file: $file) { kind signatureKind mimeType } }`
		report := []byte("%PDF-1.7\n% rendiconto del periodo\n%%EOF\n")
		envelope := cadestest.Sign(t, report)

		for _, tc := range []struct {
			name, file            string
			content               []byte
			kind, signature, mime string
		}{
			{"SignedEnvelope", "rendiconto.pdf.p7m", envelope, "CLAIM_REPORT", "CADES", "application/pkcs7-mime"},
			{"SignedEnvelopeNamedPDF", "rendiconto-firmato.pdf", envelope, "CLAIM_REPORT", "CADES", "application/pkcs7-mime"},
			{"UnsignedPDF", "rendiconto.pdf", report, "OTHER", "NONE", "application/pdf"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var got struct {
					UploadClaimAttachment struct{ Kind, SignatureKind, MimeType string } `json:"uploadClaimAttachment"`
				}
				mustOK(t, lead.upload(t, upload, map[string]any{"id": cl.CreateExpenseClaim.ID}, tc.file, tc.content)).decode(t, &got)
				if g := got.UploadClaimAttachment; g.Kind != tc.kind || g.SignatureKind != tc.signature || g.MimeType != tc.mime {
					t.Errorf("stored %+v, want %s %s %s", g, tc.kind, tc.signature, tc.mime)
				}
			})
		}
		for _, tc := range []struct {
			name, file string
			content    []byte
		}{
			{"ErrPDFNamedP7M", "rendiconto.pdf.p7m", report},
			{"ErrTruncatedEnvelope", "rendiconto.pdf.p7m", envelope[:len(envelope)/2]},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := lead.upload(t, upload, map[string]any{"id": cl.CreateExpenseClaim.ID}, tc.file, tc.content)
				if e := wantCode(t, r, "INVALID"); e.Extensions.Rule != "document.p7m" {
					t.Errorf("rule %q, want document.p7m", e.Extensions.Rule)
				}
			})
		}
	})
}
