package auth

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
)

// OIDCConfig connects Capofila to an OpenID Connect provider: a Region's
// SPID/CIE gateway, or any provider such as Keycloak. Sign-in through it
// is off when Issuer is empty.
type OIDCConfig struct {
	// Issuer is the provider's issuer URL; its discovery document is read
	// from Issuer + "/.well-known/openid-configuration".
	Issuer string
	// ClientID and ClientSecret are Capofila's registration at the
	// provider; the secret comes from the environment only.
	ClientID, ClientSecret string
	// RedirectURL is the callback registered at the provider:
	// PUBLIC_URL/auth/oidc/callback.
	RedirectURL string
	// Scopes asked for (default openid, profile, email).
	Scopes []string
	// FiscalNumberClaims are the claims tried in order for the codice
	// fiscale (default fiscal_number, fiscalNumber).
	FiscalNumberClaims []string
}

// Enabled tells whether sign-in through OpenID Connect is configured.
func (c OIDCConfig) Enabled() bool { return c.Issuer != "" }

// DefaultOIDCScopes are the scopes asked for when none are configured.
var DefaultOIDCScopes = []string{oidc.ScopeOpenID, "profile", "email"}

// DefaultFiscalNumberClaims are the claims tried for the codice fiscale
// when none is configured: the SPID/CIE gateways' names.
var DefaultFiscalNumberClaims = []string{"fiscal_number", "fiscalNumber"}

// Validate checks the settings of an enabled configuration.
func (c OIDCConfig) Validate() error {
	if !c.Enabled() {
		return nil
	}
	if u, err := url.Parse(c.Issuer); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("OIDC: l'issuer %q non è un indirizzo http(s)\nOIDC: issuer %q is not an http(s) address", c.Issuer, c.Issuer)
	}
	if c.ClientID == "" {
		return errors.New("OIDC: manca il client id (--oidc-client-id)\nOIDC: the client id is missing (--oidc-client-id)")
	}
	if u, err := url.Parse(c.RedirectURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("OIDC: l'indirizzo di ritorno %q non è un indirizzo http(s) assoluto\nOIDC: redirect URL %q is not an absolute http(s) address", c.RedirectURL, c.RedirectURL)
	}
	return nil
}

// OIDC signs people in through an OpenID Connect provider with the
// authorization code flow, PKCE (S256), state and nonce.
//
// The state, nonce, PKCE verifier and return path of a sign-in in progress
// travel in a short-lived cookie (oidcFlowCookie), encrypted and
// authenticated with AES-GCM, HttpOnly, limited to /auth/oidc/: the flow
// is bound to the browser that started it (a state or code sent to
// another browser finds no cookie there), every replica can finish a flow
// another one started (the key derives from the client secret, which they
// share) and nothing is stored for flows that are never finished. The
// callback clears the cookie, so each flow is finished at most once; a
// code replayed with a kept copy of the cookie is refused by the provider,
// which redeems a code once.
type OIDC struct {
	cfg     OIDCConfig
	svc     *Service
	cookies HTTPConfig
	aead    cipher.AEAD
	log     *slog.Logger
	now     func() time.Time

	mu       sync.Mutex
	provider *oidc.Provider // discovered on first use, kept once found
}

// oidcFlowCookie carries the sign-in in progress between login and callback.
const oidcFlowCookie = "capofila_oidc"

// oidcFlowTTL is how long a person has to sign in at the provider.
const oidcFlowTTL = 10 * time.Minute

// NewOIDC returns OpenID Connect sign-in over svc; cfg must be enabled and
// valid. The provider is discovered on first use, so that Capofila starts
// (and password sign-in works) while the provider is unreachable.
func NewOIDC(cfg OIDCConfig, svc *Service, cookies HTTPConfig, log *slog.Logger) (*OIDC, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if !cfg.Enabled() {
		return nil, errors.New("OIDC: no issuer configured")
	}
	if len(cfg.Scopes) == 0 {
		cfg.Scopes = DefaultOIDCScopes
	}
	if len(cfg.FiscalNumberClaims) == 0 {
		cfg.FiscalNumberClaims = DefaultFiscalNumberClaims
	}
	key := make([]byte, 32)
	if cfg.ClientSecret != "" {
		mac := hmac.New(sha256.New, []byte(cfg.ClientSecret))
		mac.Write([]byte("capofila oidc flow cookie v1"))
		key = mac.Sum(nil)
	} else if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	return &OIDC{cfg: cfg, svc: svc, cookies: cookies, aead: aead, log: log, now: time.Now}, nil
}

// providerOf discovers the provider, once.
func (o *OIDC) providerOf(ctx context.Context) (*oidc.Provider, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.provider != nil {
		return o.provider, nil
	}
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	p, err := oidc.NewProvider(dctx, o.cfg.Issuer)
	if err != nil {
		return nil, err
	}
	o.provider = p
	return p, nil
}

func (o *OIDC) oauth2(p *oidc.Provider) *oauth2.Config {
	return &oauth2.Config{ClientID: o.cfg.ClientID, ClientSecret: o.cfg.ClientSecret,
		Endpoint: p.Endpoint(), RedirectURL: o.cfg.RedirectURL, Scopes: o.cfg.Scopes}
}

// oidcFlow is the sign-in in progress, sealed in oidcFlowCookie.
type oidcFlow struct {
	State    string    `json:"s"`
	Nonce    string    `json:"n"`
	Verifier string    `json:"v"`
	Return   string    `json:"r"`
	Expires  time.Time `json:"e"`
}

// The errors of OpenID Connect sign-in.
var (
	errOIDCUnavailable = &apperr.Error{Code: apperr.Unavailable, Rule: "oidc.unavailable",
		Message: "Il servizio di accesso con SPID/CIE non risponde. Riprovare tra poco."}
	errOIDCState = &apperr.Error{Code: apperr.Invalid, Rule: "oidc.state",
		Message: "Accesso non riuscito: la richiesta non corrisponde a un accesso avviato da questo browser, o è scaduta. Ricominciare dalla pagina di accesso."}
	errOIDCCode = &apperr.Error{Code: apperr.Unauthenticated, Rule: "oidc.code",
		Message: "Accesso non riuscito: il gestore dell'identità non ha confermato l'accesso (codice non valido o già usato). Ricominciare dalla pagina di accesso."}
	errOIDCToken = &apperr.Error{Code: apperr.Unauthenticated, Rule: "oidc.token",
		Message: "Accesso non riuscito: l'attestazione d'identità ricevuta non è valida o è scaduta. Ricominciare dalla pagina di accesso."}
	errOIDCNonce = &apperr.Error{Code: apperr.Unauthenticated, Rule: "oidc.nonce",
		Message: "Accesso non riuscito: l'attestazione d'identità non appartiene a questo accesso. Ricominciare dalla pagina di accesso."}
)

// LoginHandler handles GET /auth/oidc/login[?return=/path]: it starts a
// sign-in at the provider and redirects the browser there.
func (o *OIDC) LoginHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := o.providerOf(r.Context())
		if err != nil {
			o.log.Warn("OIDC provider discovery failed", "issuer", o.cfg.Issuer, "err", err)
			writeFlowError(w, r, http.StatusServiceUnavailable, errOIDCUnavailable)
			return
		}
		f := oidcFlow{State: randomToken(), Nonce: randomToken(), Verifier: oauth2.GenerateVerifier(),
			Return: SafeReturnPath(r.URL.Query().Get("return")), Expires: o.now().Add(oidcFlowTTL)}
		sealed, err := o.seal(f)
		if err != nil {
			writeFlowError(w, r, http.StatusInternalServerError, err)
			return
		}
		http.SetCookie(w, o.flowCookie(sealed, int(oidcFlowTTL/time.Second)))
		w.Header().Set("Cache-Control", "no-store")
		http.Redirect(w, r, o.oauth2(p).AuthCodeURL(f.State, oidc.Nonce(f.Nonce), oauth2.S256ChallengeOption(f.Verifier)), http.StatusFound)
	})
}

// CallbackHandler handles GET /auth/oidc/callback: it checks the state
// against the browser's flow cookie, redeems the code with the PKCE
// verifier, verifies the ID token (signature, issuer, audience, expiry,
// nonce), signs the person in by codice fiscale (Service.SignInIdentity)
// and redirects to the return path with the session cookie set.
func (o *OIDC) CallbackHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		f, ok := o.flowOf(r)
		// The flow is finished here, whatever happens next.
		http.SetCookie(w, o.flowCookie("", -1))
		q := r.URL.Query()
		if !ok || q.Get("state") == "" || subtle.ConstantTimeCompare([]byte(q.Get("state")), []byte(f.State)) != 1 {
			writeFlowError(w, r, http.StatusBadRequest, errOIDCState)
			return
		}
		if e := q.Get("error"); e != "" {
			o.log.Info("OIDC provider refused the sign-in", "error", e, "description", q.Get("error_description"))
			writeFlowError(w, r, http.StatusUnauthorized, &apperr.Error{Code: apperr.Unauthenticated, Rule: "oidc.refused",
				Message: "Accesso annullato o rifiutato dal gestore dell'identità. Ricominciare dalla pagina di accesso."})
			return
		}
		p, err := o.providerOf(r.Context())
		if err != nil {
			writeFlowError(w, r, http.StatusServiceUnavailable, errOIDCUnavailable)
			return
		}
		tok, err := o.oauth2(p).Exchange(r.Context(), q.Get("code"), oauth2.VerifierOption(f.Verifier))
		if err != nil {
			o.log.Info("OIDC code exchange failed", "err", err)
			writeFlowError(w, r, http.StatusUnauthorized, errOIDCCode)
			return
		}
		raw, _ := tok.Extra("id_token").(string)
		idt, err := p.VerifierContext(r.Context(), &oidc.Config{ClientID: o.cfg.ClientID, Now: o.now}).Verify(r.Context(), raw)
		if err != nil {
			o.log.Info("OIDC ID token refused", "err", err)
			writeFlowError(w, r, http.StatusUnauthorized, errOIDCToken)
			return
		}
		if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(f.Nonce)) != 1 {
			writeFlowError(w, r, http.StatusUnauthorized, errOIDCNonce)
			return
		}
		var claims map[string]any
		if err := idt.Claims(&claims); err != nil {
			writeFlowError(w, r, http.StatusUnauthorized, errOIDCToken)
			return
		}
		secret, _, err := o.svc.SignInIdentity(r.Context(), o.identityOf(claims), ClientIP(r), r.UserAgent())
		if err != nil {
			writeFlowError(w, r, problem.Status(apperr.CodeOf(err)), err)
			return
		}
		http.SetCookie(w, o.svc.cookie(secret, 0, o.cookies))
		http.Redirect(w, r, f.Return, http.StatusSeeOther)
	})
}

// identityOf reads the person out of the ID token's claims.
func (o *OIDC) identityOf(claims map[string]any) Identity {
	var id Identity
	for _, name := range o.cfg.FiscalNumberClaims {
		if v, ok := claims[name].(string); ok && strings.TrimSpace(v) != "" {
			id.CodiceFiscale = v
			break
		}
	}
	str := func(k string) string { v, _ := claims[k].(string); return strings.TrimSpace(v) }
	id.Email = str("email")
	switch v := claims["email_verified"].(type) {
	case bool:
		id.EmailVerified = v
	case string: // some providers send "true"
		id.EmailVerified = v == "true"
	}
	id.Name = str("name")
	if id.Name == "" {
		given, family := str("given_name"), str("family_name")
		if family == "" {
			family = str("familyName") // SPID attribute name
		}
		id.Name = strings.TrimSpace(given + " " + family)
	}
	return id
}

// SafeReturnPath returns p when it is a path on this site ("/…", not
// "//host" or "/\host"), else "/": the return path after sign-in must not
// send the browser elsewhere.
func SafeReturnPath(p string) string {
	if p == "" || p[0] != '/' || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.ContainsAny(p, "\r\n\t\\") {
		return "/"
	}
	u, err := url.Parse(p)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "/"
	}
	return p
}

// seal encrypts and authenticates f for the flow cookie.
func (o *OIDC) seal(f oidcFlow) (string, error) {
	plain, err := json.Marshal(f)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, o.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(o.aead.Seal(nonce, nonce, plain, []byte(oidcFlowCookie))), nil
}

// flowOf opens the browser's flow cookie; ok is false when there is none,
// it was tampered with or it has expired.
func (o *OIDC) flowOf(r *http.Request) (f oidcFlow, ok bool) {
	c, err := r.Cookie(oidcFlowCookie)
	if err != nil {
		return f, false
	}
	b, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil || len(b) < o.aead.NonceSize() {
		return f, false
	}
	plain, err := o.aead.Open(nil, b[:o.aead.NonceSize()], b[o.aead.NonceSize():], []byte(oidcFlowCookie))
	if err != nil || json.Unmarshal(plain, &f) != nil || !o.now().Before(f.Expires) || f.State == "" {
		return oidcFlow{}, false
	}
	return f, true
}

// flowCookie is the flow cookie. SameSite=Lax, not Strict: the provider
// sends the browser back with a top-level navigation from its own site,
// which must carry it.
func (o *OIDC) flowCookie(value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: oidcFlowCookie, Value: value, Path: "/auth/oidc/", MaxAge: maxAge,
		HttpOnly: true, Secure: !o.cookies.InsecureCookie, SameSite: http.SameSiteLaxMode}
}

func randomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
