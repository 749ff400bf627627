// Package auth signs people in and out and tells who is making a request:
// e-mail and password (argon2id) sessions carried by a cookie for the web
// app, personal API tokens for scripts, sign-in throttling per account and
// per address, and the user and role administration used by the CLI and the
// admin screens. Sessions, tokens and attempts live in the database, so
// several replicas share them.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/mail"
	"strings"
	"sync/atomic"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/apitoken"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/session"
	"github.com/capofila/capofila/ent/gen/signinattempt"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// Config tunes the service; zero values take the defaults.
type Config struct {
	// SessionTTL is how long a session lasts without use (default 12 h).
	SessionTTL time.Duration
	// SessionMaxAge is how long a session lasts at most after sign-in,
	// however much it is used (default 12 h): use extends a session up to
	// it, never beyond.
	SessionMaxAge time.Duration
	// Window is the period over which failed sign-ins are counted (15 min).
	Window time.Duration
	// MaxPerAccount failed sign-ins in Window lock an account (default 5).
	MaxPerAccount int
	// MaxPerAddress failed sign-ins in Window block an address, IPv6
	// addresses by their /64 (default 20).
	MaxPerAddress int
	// MaxConcurrentHashes bounds password hashing in flight (default 2).
	MaxConcurrentHashes int
	// MaxQueuedHashes bounds the password checks waiting for a hash
	// (default 16); beyond, a sign-in is refused as busy.
	MaxQueuedHashes int
	// MaxConcurrentPerAccount bounds the password checks of one account in
	// flight in the process (default 2).
	MaxConcurrentPerAccount int
	// MaxConcurrentPerAddress bounds the sign-ins of one client address
	// (IPv6: /64) in flight in the process (default 4).
	MaxConcurrentPerAddress int
	// PasswordSignInDisabled refuses sign-in by e-mail and password
	// (people sign in through OpenID Connect only).
	PasswordSignInDisabled bool
}

// withDefaults fills the zero values of c.
func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	if c.SessionTTL == 0 {
		c.SessionTTL = 12 * time.Hour
	}
	if c.SessionMaxAge == 0 {
		c.SessionMaxAge = 12 * time.Hour
	}
	if c.Window == 0 {
		c.Window = 15 * time.Minute
	}
	def(&c.MaxPerAccount, 5)
	def(&c.MaxPerAddress, 20)
	def(&c.MaxConcurrentHashes, 2)
	def(&c.MaxQueuedHashes, 16)
	def(&c.MaxConcurrentPerAccount, 2)
	def(&c.MaxConcurrentPerAddress, 4)
	return c
}

// Service is the identity service.
type Service struct {
	client *gen.Client
	cfg    Config
	now    func() time.Time

	hashes chan struct{} // the hashing semaphore
	// viewers caches the viewers of sessions and tokens (nil: off).
	viewers *viewerCache
	// sessionStmt is ViewerFromSession's statement, built at its first use.
	sessionStmt atomic.Pointer[sessionStatement]
	queued      atomic.Int32   // checks waiting for it
	checks      atomic.Int64   // passwords hashed to check them
	slots       slots          // checks in flight per account and address
	pwFailures  recentFailures // wrong current passwords, per user
	// beforeVerify, when set (tests), runs before each password hash.
	beforeVerify func()
}

// New returns the identity service over a root (non-transactional) client:
// failed attempts must be recorded even when the request fails.
func New(client *gen.Client, cfg Config) *Service {
	cfg = cfg.withDefaults()
	return &Service{client: client, cfg: cfg, now: time.Now, hashes: make(chan struct{}, cfg.MaxConcurrentHashes)}
}

// The errors of sign-in.
var (
	errNoSuchUser     = apperr.E(apperr.NotFound, "Utente non trovato.")
	ErrBadCredentials = apperr.E(apperr.Unauthenticated, "E-mail o password non corretti.")
	ErrSessionExpired = apperr.E(apperr.Unauthenticated, "Sessione scaduta: accedere di nuovo.")
	// ErrPasswordSignInDisabled refuses e-mail and password when the
	// installation signs people in through SPID/CIE only.
	ErrPasswordSignInDisabled = &apperr.Error{Code: apperr.Forbidden, Rule: "signin.password_disabled",
		Message: "L'accesso con e-mail e password è disattivato: entrare con SPID o CIE."}
)

// NormalizeEmail lower-cases and trims an e-mail address.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// SignIn checks an e-mail and password and opens a session. It returns the
// session secret for the cookie. Anyone may call it; it returns FORBIDDEN
// when password sign-in is turned off (signin.password_disabled),
// UNAUTHENTICATED for wrong credentials or a disabled user and
// RATE_LIMITED after too many failures for the account or the address
// (signin.locked) or when too many checks are in flight (signin.busy):
// see throttle.go.
func (s *Service) SignIn(ctx context.Context, email, password, ip, userAgent string) (string, *gen.User, error) {
	if s.cfg.PasswordSignInDisabled {
		return "", nil, ErrPasswordSignInDisabled
	}
	sys := authz.WithSystem(ctx)
	email = truncate(NormalizeEmail(email), 254)
	addr := truncate(AddressKey(ip), 64)
	release, err := s.inFlight(email, addr)
	if err != nil {
		return "", nil, err
	}
	defer release()
	attempt, err := s.reserve(sys, email, addr)
	if err != nil {
		return "", nil, err
	}
	u, err := s.client.User.Query().Where(user.Email(email)).Only(sys)
	if err != nil && !gen.IsNotFound(err) {
		return "", nil, err
	}
	hash := dummyHash
	if u != nil && u.PasswordHash != "" {
		hash = u.PasswordHash
	}
	ok, err := s.verify(ctx, hash, password)
	if err != nil {
		// Not checked: the attempt is no failure (even if the request has
		// ended).
		if derr := s.client.SignInAttempt.DeleteOneID(attempt).Exec(context.WithoutCancel(sys)); derr != nil {
			return "", nil, derr
		}
		return "", nil, err
	}
	if u == nil || u.PasswordHash == "" || !ok || !u.Active {
		return "", nil, ErrBadCredentials // the reservation stays, as the failure
	}
	secret, err := s.openSession(ctx, u, "password", ip, userAgent)
	if err != nil {
		return "", nil, err
	}
	// A successful sign-in forgives the account's earlier failures.
	if _, err := s.client.SignInAttempt.Delete().Where(signinattempt.Email(email)).Exec(sys); err != nil {
		return "", nil, err
	}
	return secret, u, nil
}

// openSession opens a session for u, signed in by method ("password",
// "oidc"), notes the sign-in on the user and in the audit log, and
// returns the session secret for the cookie.
func (s *Service) openSession(ctx context.Context, u *gen.User, method, ip, userAgent string) (string, error) {
	sys := authz.WithSystem(ctx)
	secret, hashHex := newSecret("")
	now := s.now()
	if _, err := s.client.Session.Create().SetCreatedAt(now).
		SetUserID(u.ID).SetTokenHash(hashHex).
		SetExpiresAt(now.Add(min(s.cfg.SessionTTL, s.cfg.SessionMaxAge))).SetLastSeenAt(now).
		SetIP(truncate(ip, 64)).SetUserAgent(truncate(userAgent, 300)).
		Save(sys); err != nil {
		return "", err
	}
	if err := u.Update().SetLastSignInAt(now).Exec(sys); err != nil {
		return "", err
	}
	if err := s.auditSignIn(ctx, u, method, ip, userAgent); err != nil {
		return "", err
	}
	return secret, nil
}

// SignOut ends the session with the given secret. Ending an unknown session
// is not an error.
func (s *Service) SignOut(ctx context.Context, secret string) error {
	sum := sumSecret(secret)
	hash := sum.hex()
	if err := s.auditSignOut(ctx, hash); err != nil {
		return err
	}
	_, err := s.client.Session.Delete().Where(session.TokenHash(hash)).Exec(authz.WithSystem(ctx))
	s.viewers.forget(sum)
	return err
}

// ViewerFromSession returns the viewer of a session secret, extending the
// session by SessionTTL, up to SessionMaxAge after its sign-in. It returns
// UNAUTHENTICATED for an unknown or expired session or a disabled user.
// Every request with a session cookie calls it, so it reads the session,
// its active user and the user's grants in one statement (a join, one row
// per grant), and, with CacheViewers, not at all while the process's
// cached viewer is current (cache.go).
func (s *Service) ViewerFromSession(ctx context.Context, secret string) (*authz.Viewer, error) {
	return s.viewerFromSession(ctx, secret, sumSecret(secret))
}

// viewerFromSession is ViewerFromSession with the secret's sum computed.
func (s *Service) viewerFromSession(ctx context.Context, secret string, sum secretSum) (*authz.Viewer, error) {
	now := s.now()
	if v := s.viewers.get(sum, now); v != nil {
		return v, nil
	}
	sys, hash := authz.WithSystem(ctx), sum.hex()
	stamp, keep := s.viewers.begin()
	rows, err := s.sessionRows(sys, hash)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, ErrSessionExpired
	}
	se := rows[0]
	end := se.CreatedAt.Add(s.cfg.SessionMaxAge) // however much it is used
	if now.After(se.ExpiresAt) || !now.Before(end) {
		_ = s.client.Session.DeleteOneID(se.SessionID).Exec(sys)
		return nil, ErrSessionExpired
	}
	expires, lastSeen := se.ExpiresAt, se.LastSeenAt
	if lastSeen == nil || now.Sub(*lastSeen) > time.Minute {
		// One UPDATE (UpdateOne would read the row back).
		expires = earliest(now.Add(s.cfg.SessionTTL), end)
		_, err := s.client.Session.Update().Where(session.ID(se.SessionID)).
			SetLastSeenAt(now).SetExpiresAt(expires).Save(sys)
		keep = keep && err == nil
		lastSeen = &now
	}
	v := &authz.Viewer{UserID: se.UserID, Email: se.Email}
	for _, r := range rows {
		if r.Role != nil {
			v.Grants = append(v.Grants, grantOf(*r.Role, r.Region, r.Aggregate, r.Body))
		}
	}
	if keep {
		// Served until the session would end or its use is due to be
		// noted again.
		s.viewers.put(sum, v, stamp, earliest(earliest(expires, end), lastSeen.Add(time.Minute)))
	}
	return v, nil
}

// sessionRow is one row of the session's statement: the session, its
// active user and one of the user's grants (none: Role is nil).
type sessionRow struct {
	SessionID  pulid.ID   `json:"session_id"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	LastSeenAt *time.Time `json:"last_seen_at"`
	UserID     pulid.ID   `json:"user_id"`
	Email      string     `json:"email"`
	Role       *string    `json:"role"`
	Region     *pulid.ID  `json:"region_body_id"`
	Aggregate  *pulid.ID  `json:"aggregation_id"`
	Body       *pulid.ID  `json:"body_id"`
}

// sessionStatement is the text of the session's statement in the
// client's dialect and the position of the token hash among its
// arguments.
type sessionStatement struct {
	query string
	args  []any
	hash  int
}

// sessionQuery joins a session (selected by the token hash) to its active
// user and the user's grants.
func sessionQuery(sel *entsql.Selector) {
	u, ra := entsql.Table(user.Table), entsql.Table(roleassignment.Table)
	sel.Join(u).On(sel.C(session.FieldUserID), u.C(user.FieldID)).
		LeftJoin(ra).On(u.C(user.FieldID), ra.C(roleassignment.FieldUserID)).
		Where(entsql.EQ(u.C(user.FieldActive), true))
	sel.Select(entsql.As(sel.C(session.FieldID), "session_id"), sel.C(session.FieldCreatedAt), sel.C(session.FieldExpiresAt), sel.C(session.FieldLastSeenAt),
		entsql.As(u.C(user.FieldID), "user_id"), u.C(user.FieldEmail), ra.C(roleassignment.FieldRole),
		ra.C(roleassignment.FieldRegionBodyID), ra.C(roleassignment.FieldAggregationID), ra.C(roleassignment.FieldBodyID))
}

// sessionRows reads the session of a token hash, its active user and the
// user's grants in one statement (one row per grant). Every request with a
// session cookie runs it, so after the first one (an Ent query, which
// tells the dialect) the statement's text is built once and its rows are
// scanned without reflection: the same statement, a third of the
// allocations of a signed-in request that reads no data.
func (s *Service) sessionRows(sys context.Context, hash string) ([]sessionRow, error) {
	st := s.sessionStmt.Load()
	if st == nil {
		var rows []sessionRow
		var dia string
		err := s.client.Session.Query().Where(session.TokenHash(hash)).Modify(func(sel *entsql.Selector) {
			dia = sel.Dialect()
			sessionQuery(sel)
		}).Scan(sys, &rows)
		if err == nil {
			s.sessionStmt.Store(buildSessionStatement(dia))
		}
		return rows, err
	}
	args := make([]any, len(st.args))
	copy(args, st.args)
	args[st.hash] = hash
	rs, err := s.client.QueryContext(sys, st.query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []sessionRow
	for rs.Next() {
		var (
			r                      sessionRow
			lastSeen               entsql.NullTime
			role, region, agg, bod entsql.NullString
		)
		if err := rs.Scan(&r.SessionID, &r.CreatedAt, &r.ExpiresAt, &lastSeen, &r.UserID, &r.Email, &role, &region, &agg, &bod); err != nil {
			return nil, err
		}
		if lastSeen.Valid {
			r.LastSeenAt = &lastSeen.Time
		}
		if role.Valid {
			r.Role = &role.String
		}
		r.Region, r.Aggregate, r.Body = nullID(region), nullID(agg), nullID(bod)
		out = append(out, r)
	}
	return out, rs.Err()
}

// buildSessionStatement builds sessionQuery's statement with a marker in
// place of the token hash.
func buildSessionStatement(dia string) *sessionStatement {
	const marker = "<token hash>"
	b := entsql.Dialect(dia)
	t := b.Table(session.Table)
	sel := b.Select().From(t).Where(entsql.EQ(t.C(session.FieldTokenHash), marker))
	sessionQuery(sel)
	q, args := sel.Query()
	st := &sessionStatement{query: q, args: args, hash: -1}
	for i, a := range args {
		if a == marker {
			st.hash = i
		}
	}
	if st.hash < 0 {
		panic("auth: the session statement has no token hash argument")
	}
	return st
}

func nullID(s entsql.NullString) *pulid.ID {
	if !s.Valid {
		return nil
	}
	id := pulid.ID(s.String)
	return &id
}

// tokenPrefix marks Capofila API tokens, so that leaked ones can be found.
const tokenPrefix = "cfl_"

// ViewerFromToken returns the viewer of a personal API token. It returns
// UNAUTHENTICATED for an unknown, revoked or expired token or a disabled or
// deleted user. With CacheViewers it reads nothing while the process's
// cached viewer is current (cache.go).
func (s *Service) ViewerFromToken(ctx context.Context, token string) (*authz.Viewer, error) {
	return s.viewerFromToken(ctx, token, sumSecret(token))
}

// viewerFromToken is ViewerFromToken with the token's sum computed.
func (s *Service) viewerFromToken(ctx context.Context, token string, sum secretSum) (*authz.Viewer, error) {
	if !strings.HasPrefix(token, tokenPrefix) {
		return nil, apperr.E(apperr.Unauthenticated, "Token non valido, scaduto o revocato.")
	}
	now := s.now()
	if v := s.viewers.get(sum, now); v != nil {
		return v, nil
	}
	sys, hash := authz.WithSystem(ctx), sum.hex()
	bad := apperr.E(apperr.Unauthenticated, "Token non valido, scaduto o revocato.")
	stamp, keep := s.viewers.begin()
	t, err := s.client.APIToken.Query().Where(apitoken.TokenHash(hash)).Only(sys)
	if gen.IsNotFound(err) {
		return nil, bad
	}
	if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil || (t.ExpiresAt != nil && now.After(*t.ExpiresAt)) {
		return nil, bad
	}
	lastUsed := t.LastUsedAt
	if lastUsed == nil || now.Sub(*lastUsed) > time.Minute {
		err := t.Update().SetLastUsedAt(now).Exec(sys)
		keep = keep && err == nil
		lastUsed = &now
	}
	v, err := s.ViewerOf(ctx, t.UserID)
	if err != nil && apperr.CodeOf(err) == apperr.Internal {
		return nil, err
	}
	if err != nil {
		return nil, bad
	}
	if keep {
		until := lastUsed.Add(time.Minute)
		if t.ExpiresAt != nil {
			until = earliest(until, *t.ExpiresAt)
		}
		s.viewers.put(sum, v, stamp, until)
	}
	return v, nil
}

// ViewerOf returns the viewer of an active user, with its role
// assignments, as if that user made the request: for work done on a
// user's behalf without a session (e.g. the calendar feed). It returns
// UNAUTHENTICATED for an unknown, disabled or deleted user. Only trusted
// code calls it: it takes the user's identity without a credential.
func (s *Service) ViewerOf(ctx context.Context, id pulid.ID) (*authz.Viewer, error) {
	sys := authz.WithSystem(ctx)
	u, err := s.client.User.Query().Where(user.ID(id), user.Active(true)).WithRoleAssignments().Only(sys)
	if gen.IsNotFound(err) {
		return nil, ErrSessionExpired
	}
	if err != nil {
		return nil, err
	}
	v := &authz.Viewer{UserID: u.ID, Email: u.Email}
	for _, ra := range u.Edges.RoleAssignments {
		v.Grants = append(v.Grants, grantOf(string(ra.Role), ra.RegionBodyID, ra.AggregationID, ra.BodyID))
	}
	return v, nil
}

// grantOf is the grant of a role assignment's columns.
func grantOf(role string, region, aggregation, body *pulid.ID) authz.Grant {
	return authz.Grant{Role: authz.Role(role), RegionBodyID: deref(region), AggregationID: deref(aggregation), BodyID: deref(body)}
}

// CreateToken creates a personal API token for the signed-in user and
// returns its secret, shown only once. Any signed-in user may call it.
func (s *Service) CreateToken(ctx context.Context, name string, expiresAt *time.Time) (string, *gen.APIToken, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return "", nil, authz.ErrUnauthenticated
	}
	if strings.TrimSpace(name) == "" {
		return "", nil, apperr.InvalidField("name", "required", "Dare un nome al token.")
	}
	if expiresAt != nil && !expiresAt.After(s.now()) {
		return "", nil, apperr.InvalidField("expiresAt", "future", "La scadenza deve essere nel futuro.")
	}
	secret, hashHex := newSecret(tokenPrefix)
	c := clientFrom(ctx, s.client)
	t, err := c.APIToken.Create().
		SetUserID(v.UserID).SetName(name).SetTokenHash(hashHex).SetPrefix(secret[:len(tokenPrefix)+6]).
		SetNillableExpiresAt(expiresAt).
		Save(authz.WithSystem(ctx))
	if err != nil {
		return "", nil, err
	}
	if err := auditToken(ctx, clientFrom(ctx, s.client), t, "CREATE"); err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// RevokeToken revokes one of the signed-in user's tokens (an admin may
// revoke anyone's). It returns NOT_FOUND for a token the viewer cannot see.
func (s *Service) RevokeToken(ctx context.Context, id pulid.ID) (*gen.APIToken, error) {
	c := clientFrom(ctx, s.client)
	t, err := c.APIToken.Get(ctx, id) // filtered: own tokens, or all for admins
	if err != nil {
		return nil, err
	}
	if t.RevokedAt != nil {
		return t, nil
	}
	if t, err = t.Update().SetRevokedAt(s.now()).Save(authz.WithSystem(ctx)); err != nil {
		return nil, err
	}
	return t, auditToken(ctx, c, t, "REVOKE")
}

// CreateUser creates a user with a password. Only admins (or the system)
// may call it; it returns INVALID for a bad e-mail or a short password and
// CONFLICT for an e-mail already in use.
func (s *Service) CreateUser(ctx context.Context, email, name, password string) (*gen.User, error) {
	v := authz.FromContext(ctx)
	if v == nil {
		return nil, authz.ErrUnauthenticated
	}
	if !v.IsAdmin() {
		return nil, authz.ErrForbidden
	}
	email = NormalizeEmail(email)
	if a, err := mail.ParseAddress(email); err != nil || a.Address != email {
		return nil, apperr.InvalidField("email", "email.format", "Indirizzo e-mail non valido.")
	}
	if len([]rune(password)) < MinPasswordLen {
		return nil, apperr.InvalidField("password", "password.length",
			fmt.Sprintf("La password deve avere almeno %d caratteri.", MinPasswordLen))
	}
	hash, err := HashPassword(password)
	if err != nil {
		return nil, err
	}
	u, err := clientFrom(ctx, s.client).User.Create().
		SetEmail(email).SetDisplayName(strings.TrimSpace(name)).SetPasswordHash(hash).
		Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, &apperr.Error{Code: apperr.Conflict, Field: "email", Rule: "unique",
			Message: "Esiste già un utente con questo indirizzo e-mail.", Err: err}
	}
	return u, err
}

// SetPassword replaces a user's password. Admins may set anyone's; users
// their own, and whoever sets its own password must give the current one.
// The change ends every session and revokes every API token of the user
// but the one the request was made with when the user changes its own
// password (whoever holds them may not have known the new password; an
// admin's change ends them all). It returns INVALID for a short password
// (password.length) or a missing or wrong current password
// (password.current), RATE_LIMITED after MaxPerAccount wrong current
// passwords in Window (per process) and NOT_FOUND for another user's
// account when the viewer is not an admin.
func (s *Service) SetPassword(ctx context.Context, id pulid.ID, current, password string) error {
	v := authz.FromContext(ctx)
	if v == nil {
		return authz.ErrUnauthenticated
	}
	own := v.UserID == id
	if !v.IsAdmin() && !own {
		return errNoSuchUser // other users' accounts are not visible
	}
	if len([]rune(password)) < MinPasswordLen {
		return apperr.InvalidField("password", "password.length",
			fmt.Sprintf("La password deve avere almeno %d caratteri.", MinPasswordLen))
	}
	keep := ""
	if own {
		if err := s.checkCurrent(ctx, id, current); err != nil {
			return err
		}
		keep = credentialOf(ctx)
	}
	// Hashes before the first statement of the transaction, which on
	// SQLite takes the write lock.
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	c := clientFrom(ctx, s.client)
	if err := c.User.UpdateOneID(id).SetPasswordHash(hash).Exec(authz.Elevate(ctx)); err != nil {
		return err
	}
	return s.endCredentials(ctx, c, v, id, keep)
}

// checkCurrent checks the current password given to change one's own. It
// reads outside the request's transaction, so as not to begin it before
// hashing.
func (s *Service) checkCurrent(ctx context.Context, id pulid.ID, current string) error {
	wrong := func(msg string) error { return apperr.InvalidField("currentPassword", "password.current", msg) }
	if current == "" {
		return wrong("Indica la password attuale per cambiarla.")
	}
	u, err := s.client.User.Get(authz.WithSystem(ctx), id)
	if err != nil {
		return err
	}
	if u.PasswordHash == "" {
		return wrong("L'account non ha una password: chiederne una a un amministratore.")
	}
	release, err := s.inFlight(u.Email, "")
	if err != nil {
		return err
	}
	defer release()
	key := string(id)
	if s.pwFailures.count(key, s.now().Add(-s.cfg.Window)) >= s.cfg.MaxPerAccount {
		return s.errLocked()
	}
	ok, err := s.verify(ctx, u.PasswordHash, current)
	if err != nil {
		return err
	}
	if !ok {
		s.pwFailures.add(key, s.now())
		return wrong("La password attuale non è corretta.")
	}
	s.pwFailures.clear(key)
	return nil
}

// endCredentials ends every session and revokes every API token of user
// id after a password change, but the one whose hash is keep.
func (s *Service) endCredentials(ctx context.Context, c *gen.Client, v *authz.Viewer, id pulid.ID, keep string) error {
	sys := authz.WithSystem(ctx)
	if _, err := c.Session.Delete().Where(session.UserID(id), session.TokenHashNEQ(keep)).Exec(sys); err != nil {
		return err
	}
	tokens, err := c.APIToken.Query().
		Where(apitoken.UserID(id), apitoken.RevokedAtIsNil(), apitoken.TokenHashNEQ(keep)).IDs(sys)
	if err != nil || len(tokens) == 0 {
		return err
	}
	now := s.now()
	if err := c.APIToken.Update().Where(apitoken.IDIn(tokens...)).SetRevokedAt(now).Exec(sys); err != nil {
		return err
	}
	for _, t := range tokens {
		ev := rule.Event{EntityType: "APIToken", EntityID: string(t), Operation: "REVOKE", UserID: id, Actor: v,
			Changes: map[string]any{"revoked_at": map[string]any{"before": nil, "after": now}, rule.AuditReasonKey: "password changed"}}
		if err := rule.Audit(ctx, c, ev); err != nil {
			return err
		}
	}
	return nil
}

// Grant assigns a role to a user. Only admins may call it (a user cannot
// grant itself anything); it returns INVALID when the scope does not fit the
// role (e.g. a REGION_OFFICER without a Region body) and NOT_FOUND for an
// unknown user or scope.
func (s *Service) Grant(ctx context.Context, userID pulid.ID, g authz.Grant) (*gen.RoleAssignment, error) {
	v := authz.FromContext(ctx)
	if v == nil {
		return nil, authz.ErrUnauthenticated
	}
	if !v.IsAdmin() {
		if userID != v.UserID {
			return nil, errNoSuchUser // other users' accounts are not visible
		}
		return nil, authz.ErrForbidden
	}
	if err := checkGrantShape(g); err != nil {
		return nil, err
	}
	c := clientFrom(ctx, s.client)
	if err := checkGrantScope(authz.WithSystem(ctx), c, userID, g); err != nil {
		return nil, err
	}
	exists, err := c.RoleAssignment.Query().Where(
		roleassignment.UserID(userID), roleassignment.RoleEQ(roleassignment.Role(g.Role)),
		optEQ(roleassignment.RegionBodyID, roleassignment.RegionBodyIDIsNil, g.RegionBodyID),
		optEQ(roleassignment.AggregationID, roleassignment.AggregationIDIsNil, g.AggregationID),
		optEQ(roleassignment.BodyID, roleassignment.BodyIDIsNil, g.BodyID),
	).First(ctx)
	if err == nil {
		return exists, nil
	}
	if !gen.IsNotFound(err) {
		return nil, err
	}
	b := c.RoleAssignment.Create().SetUserID(userID).SetRole(roleassignment.Role(g.Role))
	if g.RegionBodyID != "" {
		b.SetRegionBodyID(g.RegionBodyID)
	}
	if g.AggregationID != "" {
		b.SetAggregationID(g.AggregationID)
	}
	if g.BodyID != "" {
		b.SetBodyID(g.BodyID)
	}
	if v.UserID != "" {
		b.SetGrantedByID(v.UserID)
	}
	return b.Save(ctx)
}

func optEQ[P any](eq func(pulid.ID) P, isNil func() P, id pulid.ID) P {
	if id == "" {
		return isNil()
	}
	return eq(id)
}

// Revoke removes a role assignment. Only admins may call it.
func (s *Service) Revoke(ctx context.Context, id pulid.ID) error {
	v := authz.FromContext(ctx)
	if v == nil {
		return authz.ErrUnauthenticated
	}
	c := clientFrom(ctx, s.client)
	if !v.IsAdmin() {
		// One's own assignments are visible but not revocable; others'
		// are not visible at all.
		if _, err := c.RoleAssignment.Get(ctx, id); err != nil {
			return err
		}
		return authz.ErrForbidden
	}
	return c.RoleAssignment.DeleteOneID(id).Exec(ctx)
}

// checkGrantScope checks that the user and the scope exist and fit the
// role: a Region body for officers and auditors, a member of the
// aggregation for member referents.
func checkGrantScope(ctx context.Context, c *gen.Client, userID pulid.ID, g authz.Grant) error {
	if ok, err := c.User.Query().Where(user.ID(userID)).Exist(ctx); err != nil {
		return err
	} else if !ok {
		return &apperr.Error{Code: apperr.NotFound, Field: "userID", Rule: "grant.user", Message: "Utente sconosciuto."}
	}
	if g.RegionBodyID != "" {
		b, err := c.PublicBody.Get(ctx, g.RegionBodyID)
		if gen.IsNotFound(err) {
			return &apperr.Error{Code: apperr.NotFound, Field: "regionBodyID", Rule: "grant.region", Message: "Ente sconosciuto."}
		}
		if err == nil && b.Kind != "REGIONE" {
			return apperr.InvalidField("regionBodyID", "grant.region", "L'ente indicato non è una Regione.")
		}
		if err != nil {
			return err
		}
	}
	if g.AggregationID != "" {
		if ok, err := c.Aggregation.Query().Where(aggregation.ID(g.AggregationID)).Exist(ctx); err != nil {
			return err
		} else if !ok {
			return &apperr.Error{Code: apperr.NotFound, Field: "aggregationID", Rule: "grant.aggregation", Message: "Aggregazione sconosciuta."}
		}
	}
	if g.BodyID != "" {
		ok, err := c.Membership.Query().Where(membership.AggregationID(g.AggregationID), membership.BodyID(g.BodyID)).Exist(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.InvalidField("bodyID", "grant.member", "L'ente indicato non fa parte dell'aggregazione.")
		}
	}
	return nil
}

func checkGrantShape(g authz.Grant) error {
	bad := func(msg string) error { return apperr.InvalidField("role", "grant.scope", msg) }
	switch g.Role {
	case authz.Admin:
		if g.RegionBodyID != "" || g.AggregationID != "" || g.BodyID != "" {
			return bad("Il ruolo ADMIN non ha un ambito.")
		}
	case authz.RegionOfficer, authz.Auditor:
		if g.RegionBodyID == "" || g.AggregationID != "" || g.BodyID != "" {
			return bad("Indica la Regione (e solo quella) per questo ruolo.")
		}
	case authz.LeadManager:
		if g.AggregationID == "" || g.RegionBodyID != "" || g.BodyID != "" {
			return bad("Indica l'aggregazione (e solo quella) per il ruolo LEAD_MANAGER.")
		}
	case authz.MemberReferent:
		if g.AggregationID == "" || g.BodyID == "" || g.RegionBodyID != "" {
			return bad("Indica l'aggregazione e l'ente per il ruolo MEMBER_REFERENT.")
		}
	default:
		return bad("Ruolo sconosciuto.")
	}
	return nil
}

// clientFrom returns the transaction's client when ctx carries one.
func clientFrom(ctx context.Context, root *gen.Client) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return root
}

// newSecret returns a random secret and its SHA-256 in hex.
func newSecret(prefix string) (secret, hashHex string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	secret = prefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, hashSecret(secret)
}

func hashSecret(secret string) string { return sumSecret(secret).hex() }

// secretSum is the SHA-256 of a session secret or token: what the viewer
// cache and the request's context keep of it (the database keeps its hex).
type secretSum [sha256.Size]byte

func (h secretSum) hex() string { return hex.EncodeToString(h[:]) }

// sumSecret hashes a secret; secrets of usual length are copied to the
// stack, not to the heap, to be hashed.
func sumSecret(secret string) secretSum {
	var buf [128]byte
	if len(secret) <= len(buf) {
		return sha256.Sum256(append(buf[:0], secret...))
	}
	return sha256.Sum256([]byte(secret))
}

// earliest returns the earlier of two times.
func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func deref(p *pulid.ID) pulid.ID {
	if p == nil {
		return ""
	}
	return *p
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// PasswordSignIn reports whether people may sign in by e-mail and
// password (false with --no-password-sign-in).
func (s *Service) PasswordSignIn() bool { return !s.cfg.PasswordSignInDisabled }
