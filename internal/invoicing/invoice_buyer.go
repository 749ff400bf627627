package invoicing

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/italy"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/textenc"
)

// matcher recognises the buyer of an invoice among the bodies of a
// project's aggregation, by codice fiscale (PublicBody.codice_fiscale,
// which for many bodies is also their VAT code) or by codice univoco
// ufficio (PublicBody.invoicing_office_codes, the CodiceDestinatario of an
// FPA12 file). It is built once per file.
type matcher struct {
	c        *gen.Client
	lead     pulid.ID
	byCF     map[string]*gen.PublicBody
	byOffice map[string]*gen.PublicBody
	// allCF and allOffices report whether every member has a codice fiscale
	// and an office code recorded: only then does an unknown code prove
	// that the buyer is not a member.
	allCF, allOffices bool
}

// buyerMatch is whom an invoice is addressed to.
type buyerMatch struct {
	// member is the member addressed when it is not the lead: the invoice
	// is charged to it alone. Nil for the lead (split like the contract)
	// and for a buyer not recognised.
	member *gen.PublicBody
	// outside names the buyer when it is not a member of the aggregation:
	// the invoice is not the project's.
	outside string
	// problem is a doubt to keep on the invoice.
	problem string
}

func (s *Service) newMatcher(ctx context.Context, p *gen.Project) (*matcher, error) {
	sys := authz.Elevate(ctx)
	agg, err := s.Client(ctx).Aggregation.Get(sys, p.AggregationID)
	if err != nil {
		return nil, err
	}
	bodies, _, err := projectsvc.Members(ctx, s.Client(ctx), p)
	if err != nil {
		return nil, err
	}
	m := &matcher{c: s.Client(ctx), lead: agg.LeadID, byCF: map[string]*gen.PublicBody{}, byOffice: map[string]*gen.PublicBody{},
		allCF: len(bodies) > 0, allOffices: len(bodies) > 0}
	for _, b := range bodies {
		if b.CodiceFiscale != nil && *b.CodiceFiscale != "" {
			m.byCF[*b.CodiceFiscale] = b
		} else {
			m.allCF = false
		}
		if len(b.InvoicingOfficeCodes) == 0 {
			m.allOffices = false
		}
		for _, code := range b.InvoicingOfficeCodes {
			m.byOffice[strings.ToUpper(strings.TrimSpace(code))] = b
		}
	}
	return m, nil
}

// officeCode returns the CodiceDestinatario of a file when it has the
// shape of one (6 characters for an office of a public administration, 7
// for a private channel), upper-cased, or "".
func officeCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) < 6 || len(s) > 7 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
		return ""
	}
	return s
}

// match finds whom in is addressed to.
func (m *matcher) match(ctx context.Context, in InvoiceInput) (buyerMatch, error) {
	cf := strings.ToUpper(strings.TrimSpace(in.BuyerCodiceFiscale))
	vat := strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(in.BuyerVATID)), "IT")
	office := officeCode(in.BuyerOfficeCode)
	if len(office) != 6 {
		office = "" // only a PA office code names a body
	}
	var ids []string // the buyer's tax codes, codice fiscale first
	for _, id := range []string{cf, vat} {
		if id != "" && (len(ids) == 0 || ids[0] != id) {
			ids = append(ids, id)
		}
	}

	var found *gen.PublicBody
	for _, id := range ids {
		if found = m.byCF[id]; found != nil {
			break
		}
	}
	byOffice := m.byOffice[office]
	if found != nil || byOffice != nil {
		var res buyerMatch
		if found == nil {
			found = byOffice
		} else if byOffice != nil && byOffice.ID != found.ID {
			res.problem = fmt.Sprintf("Il codice ufficio %s è di %s ma il codice fiscale del committente è di %s: la fattura è "+
				"imputata a %s.", office, byOffice.Name, found.Name, found.Name)
		}
		if found.ID != m.lead {
			res.member = found
		}
		return res, nil
	}

	return m.notMember(ctx, in, cf, office, ids)
}

// notMember says who an invoice addressed to no member is for: outside the
// aggregation when a code says who it is, or when every member's code is
// known; otherwise a problem to check by hand (or nothing when the
// invoice names no buyer code). ids are the buyer's tax codes, codice
// fiscale first.
func (m *matcher) notMember(ctx context.Context, in InvoiceInput, cf, office string, ids []string) (buyerMatch, error) {
	sys := authz.Elevate(ctx)
	name := strings.TrimSpace(in.BuyerName)
	who := func(what string) string {
		if name == "" {
			return "un committente con " + what
		}
		return fmt.Sprintf("«%s», %s", textenc.Clip(name, 100), what)
	}
	for _, id := range ids {
		if italy.ValidateCodiceFiscaleEnte(id) != nil {
			continue
		}
		b, err := m.c.PublicBody.Query().Where(publicbody.CodiceFiscale(id)).Only(sys)
		switch {
		case err == nil:
			return buyerMatch{outside: fmt.Sprintf("%s (codice fiscale %s), che non fa parte dell'aggregazione", b.Name, id)}, nil
		case !gen.IsNotFound(err):
			return buyerMatch{}, err
		}
	}
	if office != "" {
		b, err := m.c.PublicBody.Query().Where(func(s *sql.Selector) {
			s.Where(sqljson.ValueContains(publicbody.FieldInvoicingOfficeCodes, office))
		}).First(sys)
		switch {
		case err == nil:
			return buyerMatch{outside: fmt.Sprintf("%s (codice ufficio %s), che non fa parte dell'aggregazione", b.Name, office)}, nil
		case !gen.IsNotFound(err):
			return buyerMatch{}, err
		}
	}
	switch {
	case len(cf) == 16 && italy.ValidateCodiceFiscalePersona(cf) == nil:
		return buyerMatch{outside: who("codice fiscale "+cf) + ", una persona fisica e non un ente dell'aggregazione"}, nil
	case len(ids) > 0 && m.allCF && italy.ValidateCodiceFiscaleEnte(ids[0]) == nil:
		return buyerMatch{outside: who("codice fiscale "+ids[0]) + ", che non è il codice fiscale di nessun ente dell'aggregazione"}, nil
	case office != "" && m.allOffices:
		return buyerMatch{outside: who("codice ufficio "+office) + ", che non è un ufficio di fatturazione di nessun ente dell'aggregazione"}, nil
	case len(ids) > 0 && italy.ValidateCodiceFiscale(ids[0]) != nil:
		return buyerMatch{problem: fmt.Sprintf("Il codice fiscale del committente (%s) non è valido: verificare a chi è intestata la fattura.",
			textenc.Clip(ids[0], 20))}, nil
	case len(ids) > 0:
		return buyerMatch{problem: fmt.Sprintf("Il committente (codice fiscale %s) non è stato riconosciuto: non tutti gli enti "+
			"dell'aggregazione hanno il codice fiscale registrato; verificare a chi è intestata la fattura.", ids[0])}, nil
	}
	return buyerMatch{}, nil
}
