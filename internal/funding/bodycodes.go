package funding

import (
	"context"
	"fmt"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/italy"
)

// BodyCodesInput is a correction of the codes by which a body is
// recognised on invoices: its codice fiscale and the codici univoci ufficio
// of its e-invoicing offices. A nil field is left as it is; an empty
// codice fiscale clears it, an empty list removes every office.
type BodyCodesInput struct {
	CodiceFiscale        *string
	InvoicingOfficeCodes []string
	// SetOffices says that InvoicingOfficeCodes is given (nil or not).
	SetOffices bool
}

// maxOffices bounds the office codes of one body (large comuni have a few
// dozen e-invoicing offices).
const maxOffices = 100

// UpdateMemberBodyCodes corrects a body's codice fiscale and e-invoicing
// office codes. Admins may call it, and the lead manager of an aggregation
// the body currently belongs to. version is the body's version the client
// read. It returns NOT_FOUND for an unknown body, FORBIDDEN for anyone
// else, INVALID (rules of internal/italy, body.office_duplicate,
// body.office_count) for a malformed code, CONFLICT (body.codice_fiscale_taken)
// when another body has the codice fiscale, naming it, and CONFLICT
// (version.stale) when the body changed since it was read. The change is
// audited with the user as actor.
func (s *Service) UpdateMemberBodyCodes(ctx context.Context, bodyID pulid.ID, in BodyCodesInput, version int) (*gen.PublicBody, error) {
	c := s.Client(ctx)
	b, err := c.PublicBody.Get(ctx, bodyID)
	if err != nil {
		return nil, err
	}
	if err := s.requireBodyLead(ctx, b); err != nil {
		return nil, err
	}
	sys := authz.Elevate(ctx)
	u := c.PublicBody.UpdateOneID(b.ID).SetVersion(version)
	if in.CodiceFiscale != nil {
		cf := italy.NormalizeCode(*in.CodiceFiscale)
		if cf == "" {
			u.ClearCodiceFiscale()
		} else {
			if err := italy.ValidateCodiceFiscaleEnte(cf); err != nil {
				return nil, withField(err, "codiceFiscale")
			}
			other, err := c.PublicBody.Query().Where(publicbody.CodiceFiscale(cf), publicbody.IDNEQ(b.ID)).First(sys)
			switch {
			case err == nil:
				return nil, &apperr.Error{Code: apperr.Conflict, Field: "codiceFiscale", Rule: "body.codice_fiscale_taken",
					Message: fmt.Sprintf("Il codice fiscale %s è già di %s: non può essere anche di %s.", cf, other.Name, b.Name)}
			case !gen.IsNotFound(err):
				return nil, err
			}
			u.SetCodiceFiscale(cf)
		}
	}
	if in.SetOffices {
		codes, err := officeCodes(b.Name, in.InvoicingOfficeCodes)
		if err != nil {
			return nil, err
		}
		u.SetInvoicingOfficeCodes(codes)
	}
	saved, err := u.Save(sys)
	if gen.IsConstraintError(err) {
		// Another request took the codice fiscale in between.
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "codiceFiscale", Rule: "body.codice_fiscale_taken",
			Message: fmt.Sprintf("Il codice fiscale indicato per %s è già di un altro ente.", b.Name)}
	}
	return saved, err
}

// requireBodyLead lets admins through, and the lead managers of the
// aggregations the body is a current member of.
func (s *Service) requireBodyLead(ctx context.Context, b *gen.PublicBody) error {
	v := authz.FromContext(ctx)
	if v == nil {
		return authz.ErrUnauthenticated
	}
	if v.IsAdmin() {
		return nil
	}
	aggs, err := s.Client(ctx).Membership.Query().Where(membership.BodyID(b.ID), membership.LeftOnIsNil()).
		Select(membership.FieldAggregationID).Strings(authz.Elevate(ctx))
	if err != nil {
		return err
	}
	for _, a := range aggs {
		if authz.Require(ctx, "PublicBody", authz.ActCorrectCodes, authz.Scope{AggregationID: pulid.ID(a)}) == nil {
			return nil
		}
	}
	return authz.ErrForbidden
}

// officeCodes normalizes and checks a list of codici univoci ufficio.
func officeCodes(body string, in []string) ([]string, error) {
	if len(in) > maxOffices {
		return nil, apperr.InvalidField("invoicingOfficeCodes", "body.office_count",
			fmt.Sprintf("%s: %d codici ufficio, al massimo %d.", body, len(in), maxOffices))
	}
	out := make([]string, 0, len(in))
	for i, raw := range in {
		code := italy.NormalizeCode(raw)
		if err := italy.ValidateInvoicingOfficeCode(code); err != nil {
			e, _ := apperr.As(err)
			return nil, apperr.InvalidField("invoicingOfficeCodes", e.Rule, fmt.Sprintf("Codice ufficio %d («%s»): %s", i+1, raw, e.Message))
		}
		if slices.Contains(out, code) {
			return nil, apperr.InvalidField("invoicingOfficeCodes", "body.office_duplicate",
				fmt.Sprintf("Il codice ufficio %s è ripetuto.", code))
		}
		out = append(out, code)
	}
	slices.Sort(out)
	return out, nil
}

func withField(err error, field string) error {
	if e, ok := apperr.As(err); ok {
		return e.WithField(field)
	}
	return err
}
