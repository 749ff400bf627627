package auth

import (
	"context"
	"encoding/json"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/apperr/problem"
	"github.com/capofila/capofila/internal/authz"
)

// CookieName is the name of the session cookie.
const CookieName = "capofila_session"

// CSRFHeader must accompany every state-changing request authenticated by
// the session cookie. Browsers refuse to send a custom header cross-site
// without a CORS preflight, which Capofila never grants, so a forged form or
// script on another site cannot act with the user's cookie.
const CSRFHeader = "X-Capofila-CSRF"

// HTTPConfig tunes the HTTP side of authentication.
type HTTPConfig struct {
	// InsecureCookie drops the Secure attribute (plain-HTTP development on
	// a host other than localhost only).
	InsecureCookie bool
}

// Middleware resolves the viewer of each request from its bearer token or
// session cookie and puts it in the request context. A bad bearer token is
// refused with 401; a stale cookie is cleared and the request goes on
// anonymously. Cookie-authenticated requests other than GET/HEAD must carry
// CSRFHeader.
func (s *Service) Middleware(cfg HTTPConfig) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := r.Context()
			if h := r.Header.Get("Authorization"); h != "" {
				token, ok := strings.CutPrefix(h, "Bearer ")
				if !ok {
					writeError(w, r, http.StatusUnauthorized, apperr.E(apperr.Unauthenticated, "Intestazione Authorization non valida: usare \"Bearer <token>\"."))
					return
				}
				token = strings.TrimSpace(token)
				sum := sumSecret(token)
				v, err := s.viewerFromToken(ctx, token, sum)
				if err != nil {
					writeError(w, r, statusOf(err), err)
					return
				}
				ctx = context.WithValue(withCredentialSum(ctx, sum), byTokenKey{}, true)
				next.ServeHTTP(w, r.WithContext(authz.NewContext(ctx, v)))
				return
			}
			if secret := sessionCookie(r); secret != "" {
				sum := sumSecret(secret)
				v, err := s.viewerFromSession(ctx, secret, sum)
				if err != nil && apperr.CodeOf(err) == apperr.Internal {
					writeError(w, r, statusOf(err), err)
					return
				}
				if err != nil {
					http.SetCookie(w, s.cookie("", -1, cfg))
					next.ServeHTTP(w, r)
					return
				}
				if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodOptions &&
					csrfMissing(r.Header) {
					writeError(w, r, http.StatusForbidden, apperr.E(apperr.Forbidden,
						"Richiesta rifiutata: manca l'intestazione di protezione CSRF ("+CSRFHeader+")."))
					return
				}
				ctx = authz.NewContext(withCredentialSum(ctx, sum), v)
			}
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// csrfHeaderKey is CSRFHeader as a key of http.Header (canonical).
var csrfHeaderKey = http.CanonicalHeaderKey(CSRFHeader)

// csrfMissing reports whether h lacks CSRFHeader, as h.Get(CSRFHeader) ==
// "" would, without canonicalizing the name at each request.
func csrfMissing(h http.Header) bool {
	v := h[csrfHeaderKey]
	return len(v) == 0 || v[0] == ""
}

// sessionCookie returns the value of the session cookie of r, as
// r.Cookie(CookieName) would, or "" when there is none. The usual request
// carries one cookie, the session's: it is read in place, without the
// values r.Cookie allocates; any other is left to r.Cookie.
func sessionCookie(r *http.Request) string {
	if lines := r.Header["Cookie"]; len(lines) == 1 && !strings.Contains(lines[0], ";") {
		name, val, _ := strings.Cut(textproto.TrimString(lines[0]), "=")
		if textproto.TrimString(name) != CookieName {
			return ""
		}
		if len(val) > 1 && val[0] == '"' && val[len(val)-1] == '"' {
			val = val[1 : len(val)-1]
		}
		for i := 0; i < len(val); i++ {
			if b := val[i]; b < 0x20 || b >= 0x7f || b == '"' || b == ';' || b == '\\' {
				return ""
			}
		}
		return val
	}
	if c, err := r.Cookie(CookieName); err == nil {
		return c.Value
	}
	return ""
}

// SignInHandler handles POST /auth/sign-in with a JSON body {email,
// password}: it sets the session cookie and returns the user. A body that
// is not declared application/json is refused with 415, and a browser
// request from another site (Sec-Fetch-Site, else Origin against Host)
// with 403: a page elsewhere must not sign a visitor in to an account of
// its choosing (login CSRF), which a form or a "simple" fetch with a
// text/plain body could otherwise do.
func (s *Service) SignInHandler(cfg HTTPConfig) http.Handler {
	crossOrigin := http.NewCrossOriginProtection()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := crossOrigin.Check(r); err != nil {
			writeError(w, r, http.StatusForbidden, &apperr.Error{Code: apperr.Forbidden, Rule: "request.cross_origin",
				Message: "Richiesta rifiutata: l'accesso si fa dalla pagina di Capofila, non da un altro sito."})
			return
		}
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
			writeError(w, r, http.StatusUnsupportedMediaType, &apperr.Error{Code: apperr.Invalid, Rule: "request.content_type",
				Message: "Richiesta non valida: inviare {\"email\", \"password\"} in JSON (Content-Type: application/json)."})
			return
		}
		var in struct {
			Email    string `json:"email"`
			Password string `json:"password"`
		}
		r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			writeError(w, r, http.StatusBadRequest, apperr.E(apperr.Invalid, "Richiesta non valida: inviare {\"email\", \"password\"} in JSON."))
			return
		}
		secret, u, err := s.SignIn(r.Context(), in.Email, in.Password, ClientIP(r), r.UserAgent())
		if err != nil {
			code := apperr.CodeOf(err)
			if code == apperr.RateLimited {
				w.Header().Set("Retry-After", strconv.Itoa(s.retryAfter(err)))
			}
			writeError(w, r, problem.Status(code), err)
			return
		}
		// A browser-session cookie: the session's lifetime is kept (and
		// extended on use, up to its absolute lifetime) in the database,
		// not by the browser.
		http.SetCookie(w, s.cookie(secret, 0, cfg))
		writeJSON(w, http.StatusOK, map[string]any{"user": map[string]any{
			"id": u.ID, "email": u.Email, "displayName": u.DisplayName,
		}})
	})
}

// SignOutHandler handles POST /auth/sign-out: it ends the session and
// clears the cookie.
func (s *Service) SignOutHandler(cfg HTTPConfig) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie(CookieName); err == nil && c.Value != "" {
			if err := s.SignOut(r.Context(), c.Value); err != nil {
				writeError(w, r, http.StatusInternalServerError, err)
				return
			}
		}
		http.SetCookie(w, s.cookie("", -1, cfg))
		writeJSON(w, http.StatusOK, map[string]any{"ok": true})
	})
}

func (s *Service) cookie(value string, maxAge int, cfg HTTPConfig) *http.Cookie {
	return &http.Cookie{
		Name:     CookieName,
		Value:    value,
		Path:     "/",
		MaxAge:   maxAge,
		HttpOnly: true,
		Secure:   !cfg.InsecureCookie,
		SameSite: http.SameSiteStrictMode,
	}
}

// ClientIP returns the address of the client (the TCP peer).
func ClientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// AddressKey is what limits per client address count by: the address
// itself, or its /64 network for IPv6 (one subscriber usually holds a
// whole /64, so counting single addresses would let it try 2^64 times).
func AddressKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// byTokenKey marks a request authenticated by an API token.
type byTokenKey struct{}

// ByToken reports whether the request of ctx was authenticated by an API
// token (not by the browser session cookie, nor anonymous).
func ByToken(ctx context.Context) bool {
	ok, _ := ctx.Value(byTokenKey{}).(bool)
	return ok
}

// credentialKey carries the hash of the secret (session cookie or API
// token) that authenticated a request.
type credentialKey struct{}

// withCredential notes in ctx the secret that authenticated the request,
// as its SHA-256, so that a password change can keep the session or token
// it was made with.
func withCredential(ctx context.Context, secret string) context.Context {
	return withCredentialSum(ctx, sumSecret(secret))
}

// withCredentialSum is withCredential with the secret's SHA-256 computed.
func withCredentialSum(ctx context.Context, sum secretSum) context.Context {
	return context.WithValue(ctx, credentialKey{}, sum)
}

// credentialOf returns the hash withCredential noted, in hex, or "".
func credentialOf(ctx context.Context) string {
	if sum, ok := ctx.Value(credentialKey{}).(secretSum); ok {
		return sum.hex()
	}
	return ""
}

// statusOf is the HTTP status of an authentication failure: 401, or 503
// when the database could not be asked.
func statusOf(err error) int {
	if apperr.CodeOf(err) == apperr.Internal {
		return http.StatusServiceUnavailable
	}
	return http.StatusUnauthorized
}

// writeError answers with err in the one JSON shape (internal/apperr/problem);
// an error that is not an *apperr.Error (the database could not be asked)
// is classified by the one mapping, which also gives its status: a client
// gone away is not INTERNAL, and anything else is the database unavailable
// (503), never INTERNAL.
func writeError(w http.ResponseWriter, r *http.Request, status int, err error) {
	ae, ok := apperr.As(err)
	if !ok {
		ae = problem.Classify(err)
		if ae.Code == apperr.Internal {
			// Reading the credentials is one read of the database: what
			// stops it (a closed pool, a driver error) is the database's
			// failure, not the request's.
			ae = &apperr.Error{Code: apperr.Unavailable, Rule: "db.unavailable",
				Message: "Servizio temporaneamente non disponibile. Riprovare tra poco."}
		}
		status = problem.Status(ae.Code)
	}
	problem.Write(w, r, status, ae)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
