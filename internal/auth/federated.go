package auth

import (
	"context"
	"fmt"
	"net/mail"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/italy"
)

// Identity is a person as an identity provider (SPID, CIE, Keycloak…)
// vouches for them, read from a verified ID token.
type Identity struct {
	// CodiceFiscale as the provider sent it: SPID and CIE gateways
	// prefix it with "TINIT-".
	CodiceFiscale string
	// Email and whether the provider verified it (email_verified).
	Email         string
	EmailVerified bool
	// Name to show, when the provider gives one.
	Name string
}

// The errors of signing in with an identity.
var (
	errNoFiscalNumber = &apperr.Error{Code: apperr.Unauthenticated, Field: "codiceFiscale", Rule: "oidc.fiscal_number.missing",
		Message: "Accesso non riuscito: il gestore dell'identità non ha comunicato il codice fiscale. Capofila riconosce le persone dal codice fiscale: entrare con SPID o CIE."}
	errNoEmail = &apperr.Error{Code: apperr.Unauthenticated, Field: "email", Rule: "oidc.email.missing",
		Message: "Accesso non riuscito: il gestore dell'identità non ha comunicato un indirizzo e-mail valido, necessario per creare l'account. Autorizzare la condivisione dell'e-mail, o chiedere all'amministratore di creare l'account."}
	errAccountDisabled = &apperr.Error{Code: apperr.Unauthenticated, Rule: "signin.disabled",
		Message: "Accesso non riuscito: questo account è disattivato. Rivolgersi all'amministratore."}
)

// NormalizeCodiceFiscale upper-cases and trims a codice fiscale and strips
// the "TINIT-" prefix (ISO country code and "TIN") that SPID and CIE
// gateways put before it.
func NormalizeCodiceFiscale(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	return strings.TrimPrefix(s, "TINIT-")
}

// SignInIdentity opens a session for the person an identity provider has
// vouched for; only the OpenID Connect callback calls it, after verifying
// the ID token. The person is found by codice fiscale; failing that, an
// account with the same e-mail is linked to the codice fiscale only when
// the provider has verified the e-mail; failing that, a new account with
// no roles is created. It returns UNAUTHENTICATED for a missing or
// malformed codice fiscale (oidc.fiscal_number.*), a missing e-mail for a
// new account or a disabled account, and CONFLICT when the e-mail belongs
// to another account that cannot be linked (oidc.email.taken).
func (s *Service) SignInIdentity(ctx context.Context, id Identity, ip, userAgent string) (string, *gen.User, error) {
	sys := authz.WithSystem(ctx)
	cf := NormalizeCodiceFiscale(id.CodiceFiscale)
	if cf == "" {
		return "", nil, errNoFiscalNumber
	}
	if err := italy.ValidateCodiceFiscalePersona(cf); err != nil {
		return "", nil, &apperr.Error{Code: apperr.Unauthenticated, Field: "codiceFiscale", Rule: "oidc.fiscal_number.invalid",
			Message: "Accesso non riuscito: il codice fiscale comunicato dal gestore dell'identità non è valido (" + msgOf(err) + ").", Err: err}
	}
	u, err := s.userForIdentity(sys, cf, id)
	if err != nil {
		return "", nil, err
	}
	if !u.Active {
		return "", nil, errAccountDisabled
	}
	secret, err := s.openSession(ctx, u, "oidc", ip, userAgent)
	if err != nil {
		return "", nil, err
	}
	return secret, u, nil
}

// userForIdentity finds, links or creates the account of the person with
// codice fiscale cf (sys is a system context).
func (s *Service) userForIdentity(sys context.Context, cf string, id Identity) (*gen.User, error) {
	u, err := s.client.User.Query().Where(user.CodiceFiscale(cf)).Only(sys)
	if err == nil || !gen.IsNotFound(err) {
		return u, err
	}
	email := NormalizeEmail(id.Email)
	if a, perr := mail.ParseAddress(email); perr != nil || a.Address != email || len(email) > 254 {
		email = ""
	}
	if email != "" {
		local, err := s.client.User.Query().Where(user.Email(email)).Only(sys)
		switch {
		case err != nil && !gen.IsNotFound(err):
			return nil, err
		case err == nil && id.EmailVerified && local.CodiceFiscale == nil:
			// The provider vouches that this person owns the address of a
			// local account: the same person.
			return local.Update().SetCodiceFiscale(cf).Save(sys)
		case err == nil:
			return nil, &apperr.Error{Code: apperr.Conflict, Field: "email", Rule: "oidc.email.taken",
				Message: fmt.Sprintf("Accesso non riuscito: esiste già un account con l'indirizzo %s, ma non può essere collegato a questa identità "+
					"(il gestore dell'identità non dichiara l'indirizzo verificato, o l'account è già collegato a un altro codice fiscale). "+
					"Rivolgersi all'amministratore.", email)}
		}
	}
	if email == "" {
		return nil, errNoEmail
	}
	name := strings.TrimSpace(id.Name)
	if name == "" {
		name = email
	}
	u, err = s.client.User.Create().SetEmail(email).SetDisplayName(truncate(name, 200)).SetCodiceFiscale(cf).Save(sys)
	if gen.IsConstraintError(err) {
		// A sign-in of the same person at the same moment created it.
		return s.client.User.Query().Where(user.CodiceFiscale(cf)).Only(sys)
	}
	return u, err
}

// msgOf is the user-facing message of a validation error.
func msgOf(err error) string {
	if ae, ok := apperr.As(err); ok {
		return strings.TrimSuffix(ae.Message, ".")
	}
	return err.Error()
}
