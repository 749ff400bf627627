// Package reports assembles what the PDF reports (internal/pdf) and the
// open-data exports (internal/opendata) show, from the database, with exactly
// the authorization of the data: every row is read as the viewer, and a
// report that shows several members' data needs a role that reads all of
// them. Submitted applications, claims and variations, completed reviews and
// decided variations are frozen:
// their PDF is rendered once, stored as a Document with its SHA-256 and the
// content fingerprint printed on its cover, and served byte for byte
// afterwards; VerifyDocument tells whether some bytes, or a fingerprint,
// are such a copy.
package reports

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	projectsvc "github.com/capofila/capofila/internal/project"
	variations "github.com/capofila/capofila/internal/variation"
)

// Service renders reports and exports.
type Service struct {
	db.Base
	store    docstore.Store
	projects *projectsvc.Service
	// variations computes a variation's before/after grid.
	variations *variations.Service
}

// NewService returns the reports service over client; store keeps the
// frozen copies (nil renders without freezing); now is the clock (nil for
// time.Now); projects is the project service whose allocation summary the
// reports show (the composition root's one instance).
func NewService(client *gen.Client, store docstore.Store, now func() time.Time, projects *projectsvc.Service) *Service {
	return &Service{Base: db.NewBase(client, now), store: store, projects: projects, variations: variations.NewService(client, now)}
}

func (s *Service) db(ctx context.Context) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return s.Root()
}

// Freezer adapts the service to the submission workflows (docstore.Freezer).
type Freezer struct{ S *Service }

var (
	_ docstore.Freezer   = Freezer{}
	_ variations.Freezer = Freezer{}
)

// FreezeApplication stores a submitted application's dossier.
func (f Freezer) FreezeApplication(ctx context.Context, id pulid.ID) error {
	_, err := f.S.FreezeApplication(ctx, id)
	return err
}

// FreezeClaim stores a submitted claim's report.
func (f Freezer) FreezeClaim(ctx context.Context, id pulid.ID) error {
	_, err := f.S.FreezeClaim(ctx, id)
	return err
}

// FreezeReview stores a completed review's minutes.
func (f Freezer) FreezeReview(ctx context.Context, id pulid.ID) error {
	_, err := f.S.FreezeReview(ctx, id)
	return err
}

// FreezeVariationRequest stores a submitted variation's request
// (variation.Freezer).
func (f Freezer) FreezeVariationRequest(ctx context.Context, id pulid.ID) error {
	_, err := f.S.FreezeVariationRequest(ctx, id)
	return err
}

// FreezeVariationDecision stores the decision on a variation
// (variation.Freezer).
func (f Freezer) FreezeVariationDecision(ctx context.Context, id pulid.ID) error {
	_, err := f.S.FreezeVariationDecision(ctx, id)
	return err
}

// File is a rendered report or export.
type File struct {
	Name        string
	ContentType string
	Data        []byte
	// SHA256 is set for frozen copies.
	SHA256 string
}

// errWholeProject refuses the claim report to a member referent: besides
// every member's figures, which every member reads, it shows every member's
// deliverables, which a referent reads only for its own body.
var errWholeProject = &apperr.Error{Code: apperr.Forbidden, Rule: "report.whole_project",
	Message: "Il rendiconto mostra i prodotti di tutti gli enti: è riservato al capofila, alla Regione e agli amministratori. " +
		"Ogni ente può scaricare le schede degli enti e le tabelle del progetto."}

// wholeProject checks that the viewer reads everything of a project's
// aggregation, every member's deliverables included: admin, lead manager
// of the aggregation, or an officer or auditor of the call's Region.
func wholeProject(ctx context.Context, agg, region string) error {
	v := authz.FromContext(ctx)
	if v == nil {
		return authz.ErrUnauthenticated
	}
	if v.IsAdmin() || v.IsSystem() {
		return nil
	}
	for _, g := range v.Grants {
		switch g.Role {
		case authz.LeadManager:
			if string(g.AggregationID) == agg {
				return nil
			}
		case authz.RegionOfficer, authz.Auditor:
			if string(g.RegionBodyID) == region {
				return nil
			}
		}
	}
	return errWholeProject
}

// memberFigures checks that the viewer reads a project's per-member
// figures (allocations, commitments, invoice shares, expenses, member
// statements): whoever reads the whole project, and every member referent
// of its aggregation, for every member (docs/DOMAIN.md, roles). Anyone else
// is refused.
func memberFigures(ctx context.Context, agg, region string) error {
	if err := wholeProject(ctx, agg, region); err == nil || apperr.CodeOf(err) == apperr.Unauthenticated {
		return err
	}
	for _, g := range authz.FromContext(ctx).MemberGrants() {
		if string(g.AggregationID) == agg {
			return nil
		}
	}
	return authz.ErrForbidden
}

// readsDeliverablesOf reports whether the viewer reads the deliverables of
// one member body: whoever reads the whole project, or that body's referents.
func readsDeliverablesOf(ctx context.Context, agg, region string, body pulid.ID) bool {
	if wholeProject(ctx, agg, region) == nil {
		return true
	}
	for _, g := range authz.FromContext(ctx).MemberGrants() {
		if string(g.AggregationID) == agg && g.BodyID == body {
			return true
		}
	}
	return false
}

// frozen returns the stored copy of a submission, if any.
func (s *Service) frozen(ctx context.Context, where ...func(*gen.DocumentQuery)) (*gen.Document, error) {
	q := s.Client(ctx).Document.Query().Where(document.Frozen(true)).Order(document.ByCreatedAt(), document.ByID())
	for _, w := range where {
		w(q)
	}
	d, err := q.First(authz.Elevate(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return d, err
}

// serveFrozen returns the stored bytes of d, checked against the SHA-256
// recorded when it was deposited: a frozen copy is evidence, and one that
// is missing or altered is refused in words an administrator can act on.
func (s *Service) serveFrozen(d *gen.Document) (*File, error) {
	if s.store == nil {
		return nil, fmt.Errorf("reports: no document store configured")
	}
	f, err := s.store.Open(d.StorageKey)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &apperr.Error{Code: apperr.Internal, Rule: "document.missing", Err: err,
			Message: fmt.Sprintf("La copia depositata %q (documento %s) non si trova nell'archivio dei documenti: "+
				"avvisare l'amministratore, che può ripristinarla da un backup.", d.Filename, d.ID)}
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != d.Sha256 {
		return nil, &apperr.Error{Code: apperr.Internal, Rule: "document.altered",
			Message: fmt.Sprintf("La copia depositata %q (documento %s) nell'archivio dei documenti non corrisponde "+
				"all'impronta SHA-256 registrata al deposito: avvisare l'amministratore, che può ripristinarla da un backup.", d.Filename, d.ID)}
	}
	return &File{Name: d.Filename, ContentType: d.MimeType, Data: data, SHA256: d.Sha256}, nil
}

// freeze stores data as the frozen copy of a submission, with the content
// fingerprint its cover prints (contentSHA, lower-case hex).
func (s *Service) freeze(ctx context.Context, id pulid.ID, name string, data []byte, contentSHA string, set func(*gen.DocumentCreate)) (*File, error) {
	if s.store == nil {
		return &File{Name: name, ContentType: "application/pdf", Data: data}, nil
	}
	d, err := docstore.Record(ctx, s.Client(ctx), s.store, name, bytes.NewReader(data), func(dc *gen.DocumentCreate) {
		dc.SetID(id).SetFrozen(true).SetContentSha256(contentSHA)
		set(dc)
	})
	if err != nil {
		return nil, err
	}
	return &File{Name: name, ContentType: d.MimeType, Data: data, SHA256: d.Sha256}, nil
}

// contentHash is the SHA-256 of the canonical JSON of what a report shows
// (its document id and generation time excluded), printed on the cover so
// that a reader can tell two renderings of the same data apart from two
// different submissions.
func contentHash(v any) string {
	b, _ := json.Marshal(v)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Verification is the answer of VerifyDocument.
type Verification struct {
	Matches bool
	// SHA256 is the fingerprint checked: of the bytes given, or the one
	// typed, normalized (lower-case hex).
	SHA256 string
	// MatchedBy says which fingerprint of the stored copy matched:
	// FingerprintFile (its bytes) or FingerprintContent (the content
	// fingerprint printed on its cover); "" when nothing matched.
	MatchedBy Fingerprint
	Kind      *document.Kind
	StoredAt  *time.Time
	Document  *gen.Document // when the viewer may read it
}

// Fingerprint names the fingerprint of a frozen copy that a verification
// matched.
type Fingerprint string

// The fingerprints of a frozen copy.
const (
	// FingerprintFile is the SHA-256 of the file's bytes (header Digest).
	FingerprintFile Fingerprint = "FILE"
	// FingerprintContent is the SHA-256 of the report's data printed on its
	// cover ("Impronta SHA-256 del contenuto"): it identifies what was
	// submitted, but anyone can copy it, so only FingerprintFile proves
	// that a file's bytes are the stored ones.
	FingerprintContent Fingerprint = "CONTENT"
)

// VerifyDocument tells whether bytes, or a SHA-256 typed or pasted (64
// hexadecimal digits, any case, spaces around or between groups ignored),
// are a frozen submission stored here: a claim's report, an application's
// dossier, a review's minutes, a variation's request or decision. A typed fingerprint matches either the
// file's SHA-256 or the content fingerprint printed on the document's
// cover. Any signed-in user may ask (UNAUTHENTICATED otherwise); the
// document itself is returned only to those who may read it. A fingerprint
// that is not 64 hexadecimal digits is INVALID (verify.input).
func (s *Service) VerifyDocument(ctx context.Context, r io.Reader, sum string) (*Verification, error) {
	if authz.FromContext(ctx) == nil {
		return nil, authz.ErrUnauthenticated
	}
	byFile := r != nil
	if byFile {
		h := sha256.New()
		if _, err := io.Copy(h, io.LimitReader(r, 200<<20)); err != nil {
			return nil, err
		}
		sum = hex.EncodeToString(h.Sum(nil))
	} else {
		sum = normalizeFingerprint(sum)
	}
	if len(sum) != sha256.Size*2 || !isHex(sum) {
		return nil, apperr.InvalidField("sha256", "verify.input", "Indica il file o la sua impronta SHA-256 (64 cifre esadecimali, da 0 a 9 e da a a f).")
	}
	out := &Verification{SHA256: sum}
	match := document.Sha256(sum)
	if !byFile {
		match = document.Or(document.Sha256(sum), document.ContentSha256(sum))
	}
	d, err := s.Client(ctx).Document.Query().Where(match, document.Frozen(true)).
		Order(gen.Desc(document.FieldCreatedAt), gen.Desc(document.FieldID)).First(authz.Elevate(ctx))
	if gen.IsNotFound(err) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	out.Matches, out.Kind, out.StoredAt = true, &d.Kind, &d.CreatedAt
	out.MatchedBy = FingerprintContent
	if d.Sha256 == sum {
		out.MatchedBy = FingerprintFile
	}
	if readable, err := s.Client(ctx).Document.Get(ctx, d.ID); err == nil {
		out.Document = readable
	}
	return out, nil
}

// normalizeFingerprint turns a fingerprint as typed or pasted (from a PDF,
// an e-mail) into lower-case hex: white space anywhere (including line
// breaks where a PDF wrapped it) and ":" separators are dropped.
func normalizeFingerprint(s string) string {
	if len(s) > 1024 {
		return s // refused by the caller's length check
	}
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == ':' {
			return -1
		}
		return r
	}, s))
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// header builds the common page header of a project's reports.
func header(p *gen.Project) (regionName, leadName, callTitle string) {
	cl, ag := p.Edges.Call, p.Edges.Aggregation
	if cl != nil {
		callTitle = cl.Title
		if cl.Edges.Issuer != nil {
			regionName = cl.Edges.Issuer.Name
		}
	}
	if ag != nil && ag.Edges.Lead != nil {
		leadName = ag.Edges.Lead.Name
	}
	return
}

// loadProject reads a project as the viewer with what every report's
// header needs.
func (s *Service) loadProject(ctx context.Context, id pulid.ID) (*gen.Project, error) {
	return s.Client(ctx).Project.Query().Where(project.ID(id)).
		WithCall(func(q *gen.CallQuery) {
			q.WithIssuer().WithInterventionLines().WithExpenseCategories()
		}).
		WithAggregation(func(q *gen.AggregationQuery) { q.WithLead() }).
		Only(ctx)
}

func sortLines(ls []*gen.InterventionLine) {
	slices.SortFunc(ls, func(a, b *gen.InterventionLine) int {
		return cmp.Or(cmp.Compare(a.Position, b.Position), cmp.Compare(a.Code, b.Code))
	})
}

func sortCats(cs []*gen.ExpenseCategory) {
	slices.SortFunc(cs, func(a, b *gen.ExpenseCategory) int {
		return cmp.Or(cmp.Compare(a.Position, b.Position), cmp.Compare(a.Code, b.Code))
	})
}

func dateOr(d *civil.Date) civil.Date {
	if d == nil {
		return civil.Date{}
	}
	return *d
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// claimOf loads a claim as the viewer.
func (s *Service) claimOf(ctx context.Context, id pulid.ID) (*gen.ExpenseClaim, error) {
	return s.Client(ctx).ExpenseClaim.Query().Where(expenseclaim.ID(id)).Only(ctx)
}

// applicationOf loads an application as the viewer, with its aggregation.
func (s *Service) applicationOf(ctx context.Context, id pulid.ID) (*gen.Application, error) {
	return s.Client(ctx).Application.Query().Where(application.ID(id)).
		WithCall(func(q *gen.CallQuery) { q.WithIssuer().WithInterventionLines().WithExpenseCategories() }).
		WithAggregation(func(q *gen.AggregationQuery) {
			q.WithLead()
		}).Only(ctx)
}
