package calendar

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/calendarfeed"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/rule"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// MaxActive is how many feeds a user may have that are not revoked.
const MaxActive = 5

// secretPrefix marks the secrets of calendar feeds, so that leaked ones can
// be found (API tokens start with "cfl_").
const secretPrefix = "cal_"

// usedEvery is how often last_used_at is written at most: calendar
// programs poll often, the date of the last read is enough.
const usedEvery = time.Hour

// Viewers returns the viewer of an active user as if that user made the
// request (auth.Service.ViewerOf), and an error for an unknown or
// disabled one.
type Viewers func(ctx context.Context, userID pulid.ID) (*authz.Viewer, error)

// ErrNotFound is the answer for every feed that cannot be served: unknown
// or revoked secret, disabled user. It says nothing more on purpose.
var ErrNotFound = apperr.E(apperr.NotFound, "Calendario non trovato.")

// Service creates, revokes and serves the calendar feeds.
type Service struct {
	client  *gen.Client
	viewers Viewers
	source  Source
	base    *url.URL
	now     func() time.Time
}

// NewService returns the feeds' service over a root Ent client. viewers
// builds a feed owner's viewer; source lists the owner's deadlines (read
// as the owner); publicURL is the address users reach the app at, written
// into the feed's address and the events' links.
func NewService(client *gen.Client, viewers Viewers, source Source, publicURL *url.URL) *Service {
	if viewers == nil || source == nil || publicURL == nil {
		panic("calendar.NewService: viewers, source and publicURL are required")
	}
	return &Service{client: client, viewers: viewers, source: source, base: publicURL, now: time.Now}
}

// WithClock returns s reading the time from now (tests).
func (s *Service) WithClock(now func() time.Time) *Service {
	c := *s
	c.now = now
	return &c
}

// URL is the address of the feed whose secret is secret.
func (s *Service) URL(secret string) string {
	return strings.TrimSuffix(s.base.String(), "/") + "/calendar/" + secret + ".ics"
}

// Create opens a new feed for the signed-in user and returns its address,
// which carries the secret and is shown only once. Any signed-in user may
// call it. Errors: UNAUTHENTICATED without a user; INVALID
// calendarFeed.limit when the user already has MaxActive feeds not
// revoked.
func (s *Service) Create(ctx context.Context) (string, *gen.CalendarFeed, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return "", nil, authz.ErrUnauthenticated
	}
	c := clientFrom(ctx, s.client)
	sys := authz.WithSystem(ctx)
	n, err := c.CalendarFeed.Query().Where(calendarfeed.UserID(v.UserID), calendarfeed.RevokedAtIsNil()).Count(sys)
	if err != nil {
		return "", nil, err
	}
	if n >= MaxActive {
		return "", nil, &apperr.Error{Code: apperr.Invalid, Rule: "calendarFeed.limit",
			Message: fmt.Sprintf("Si possono avere al massimo %d calendari attivi: revocarne uno prima di crearne un altro.", MaxActive)}
	}
	secret, hashHex := newSecret()
	f, err := c.CalendarFeed.Create().
		SetUserID(v.UserID).SetTokenHash(hashHex).SetPrefix(secret[:len(secretPrefix)+6]).
		Save(sys)
	if err != nil {
		return "", nil, err
	}
	if err := audit(ctx, c, f, "CREATE"); err != nil {
		return "", nil, err
	}
	return s.URL(secret), f, nil
}

// Revoke revokes a feed of the signed-in user (an admin may revoke
// anyone's, as with API tokens): its address answers 404 from then on.
// Revoking a revoked feed changes nothing. Errors: NOT_FOUND for a feed
// the viewer cannot see.
func (s *Service) Revoke(ctx context.Context, id pulid.ID) (*gen.CalendarFeed, error) {
	c := clientFrom(ctx, s.client)
	f, err := c.CalendarFeed.Get(ctx, id) // filtered: own feeds, or all for admins
	if gen.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if f.RevokedAt != nil {
		return f, nil
	}
	if f, err = f.Update().SetRevokedAt(s.now()).Save(authz.WithSystem(ctx)); err != nil {
		return nil, err
	}
	return f, audit(ctx, c, f, "REVOKE")
}

// Feed is a calendar ready to be served.
type Feed struct {
	// Body is the iCalendar stream.
	Body []byte
	// ETag is a strong validator of the events (not of the time the
	// stream was written): it changes when a deadline does.
	ETag string
}

// Render reads the feed whose secret is secret and writes its calendar,
// with the events its owner may read now. Anyone holding the secret may
// call it (it is the credential). Errors: NOT_FOUND (ErrNotFound) for an
// unknown or revoked secret or a user who is disabled.
func (s *Service) Render(ctx context.Context, secret string) (*Feed, error) {
	if !strings.HasPrefix(secret, secretPrefix) || len(secret) > 100 {
		return nil, ErrNotFound
	}
	sys := authz.WithSystem(ctx)
	f, err := s.client.CalendarFeed.Query().Where(calendarfeed.TokenHash(hashSecret(secret))).Only(sys)
	if gen.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if f.RevokedAt != nil {
		return nil, ErrNotFound
	}
	v, err := s.viewers(ctx, f.UserID)
	if err != nil {
		if apperr.CodeOf(err) == apperr.Internal {
			return nil, err
		}
		return nil, ErrNotFound
	}
	u, err := s.client.User.Query().Where(user.ID(f.UserID)).Only(sys)
	if err != nil {
		return nil, err
	}
	now := s.now()
	if f.LastUsedAt == nil || now.Sub(*f.LastUsedAt) >= usedEvery {
		// Best effort: a failed note must not fail the calendar.
		_ = s.client.CalendarFeed.UpdateOneID(f.ID).SetLastUsedAt(now).Exec(sys)
	}
	events, err := s.source(authz.NewContext(ctx, v))
	if err != nil {
		return nil, err
	}
	cal := Calendar{Name: "Capofila – scadenze di " + u.DisplayName, Base: s.base, Events: events}
	// The validator is the calendar written at a fixed time: DTSTAMP
	// changes at every read, the deadlines do not.
	var fixed bytes.Buffer
	if err := Write(&fixed, cal); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(fixed.Bytes())
	cal.Stamp = now
	var body bytes.Buffer
	if err := Write(&body, cal); err != nil {
		return nil, err
	}
	return &Feed{Body: body.Bytes(), ETag: `"` + hex.EncodeToString(sum[:16]) + `"`}, nil
}

// audit records the creation (CREATE) or revocation (REVOKE) of a feed,
// readable by its user and admins: feeds are not audited row by row.
func audit(ctx context.Context, c *gen.Client, f *gen.CalendarFeed, op string) error {
	changes := map[string]any{"prefix": map[string]any{"after": f.Prefix}}
	if op == "REVOKE" {
		changes = map[string]any{"revoked_at": map[string]any{"before": nil, "after": f.RevokedAt}}
	}
	return rule.Audit(ctx, c, rule.Event{EntityType: "CalendarFeed", EntityID: string(f.ID), Operation: op,
		UserID: f.UserID, Changes: changes})
}

// clientFrom returns the transaction's client when ctx carries one.
func clientFrom(ctx context.Context, root *gen.Client) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return root
}

// newSecret returns a random secret and its SHA-256 in hex.
func newSecret() (secret, hashHex string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	secret = secretPrefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, hashSecret(secret)
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}
