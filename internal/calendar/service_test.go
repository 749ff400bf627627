package calendar_test

import (
	"bytes"
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"

	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// TestService_Render: the feed is read as its owner, last_used_at moves
// at most once an hour, and revoked or unknown secrets are NOT_FOUND.
func TestService_Render(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		u, err := c.User.Create().SetEmail("calendario@capofila.test").SetDisplayName("Anna Bùssola").Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		var seen *authz.Viewer
		viewers := func(_ context.Context, id pulid.ID) (*authz.Viewer, error) {
			return &authz.Viewer{UserID: id}, nil
		}
		source := func(ctx context.Context) ([]calendar.Event, error) {
			seen = authz.FromContext(ctx)
			return []calendar.Event{{UID: "prova", Summary: "Scadenza di prova", Day: civil.New(2027, 3, 1)}}, nil
		}
		base, _ := url.Parse("https://capofila.example.it")
		now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
		svc := calendar.NewService(c, viewers, source, base).WithClock(func() time.Time { return now })
		own := authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID})

		addr, feed, err := svc.Create(own)
		if err != nil {
			t.Fatal(err)
		}
		secret := strings.TrimSuffix(strings.TrimPrefix(addr, "https://capofila.example.it/calendar/"), ".ics")
		if !strings.HasPrefix(secret, feed.Prefix) || len(secret) < 40 {
			t.Fatalf("address %q, prefix %q", addr, feed.Prefix)
		}

		t.Run("OK", func(t *testing.T) {
			f, err := svc.Render(context.Background(), secret)
			if err != nil {
				t.Fatal(err)
			}
			if seen == nil || seen.UserID != u.ID {
				t.Errorf("the source ran as %+v, want the owner %s", seen, u.ID)
			}
			cal, err := ical.NewDecoder(bytes.NewReader(f.Body)).Decode()
			if err != nil {
				t.Fatal(err)
			}
			if name, _ := cal.Props.Text("X-WR-CALNAME"); name != "Capofila – scadenze di Anna Bùssola" {
				t.Errorf("X-WR-CALNAME %q", name)
			}
			now = now.Add(time.Minute)
			g, err := svc.Render(context.Background(), secret)
			if err != nil {
				t.Fatal(err)
			}
			if g.ETag != f.ETag || bytes.Equal(g.Body, f.Body) {
				t.Errorf("a minute later: ETag %s → %s (want the same), body changed %v (want a new DTSTAMP)", f.ETag, g.ETag, !bytes.Equal(g.Body, f.Body))
			}
		})
		t.Run("LastUsedHourly", func(t *testing.T) {
			used := func() time.Time {
				f, err := c.CalendarFeed.Get(sys, feed.ID)
				if err != nil || f.LastUsedAt == nil {
					t.Fatalf("feed %v, last used %v", err, f)
				}
				return f.LastUsedAt.UTC()
			}
			first := used()
			now = now.Add(30 * time.Minute)
			if _, err := svc.Render(context.Background(), secret); err != nil {
				t.Fatal(err)
			}
			if got := used(); !got.Equal(first) {
				t.Errorf("last used moved after 30 minutes: %v → %v", first, got)
			}
			now = now.Add(2 * time.Hour)
			if _, err := svc.Render(context.Background(), secret); err != nil {
				t.Fatal(err)
			}
			if got := used(); !got.After(first) {
				t.Errorf("last used did not move after 2 hours: %v", got)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			for _, s := range []string{"", "cal_", secret + "x", "cfl_" + strings.TrimPrefix(secret, "cal_"), strings.Repeat("x", 500)} {
				if _, err := svc.Render(context.Background(), s); apperr.CodeOf(err) != apperr.NotFound {
					t.Errorf("secret %q: %v, want NOT_FOUND", s, err)
				}
			}
			other := authz.NewContext(context.Background(), &authz.Viewer{UserID: pulid.New("US")})
			if _, err := svc.Revoke(other, feed.ID); apperr.CodeOf(err) != apperr.NotFound {
				t.Errorf("another user revoking: %v, want NOT_FOUND", err)
			}
			if _, err := svc.Revoke(own, feed.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := svc.Render(context.Background(), secret); apperr.CodeOf(err) != apperr.NotFound {
				t.Errorf("revoked: %v, want NOT_FOUND", err)
			}
		})
		t.Run("ErrUnauthenticated", func(t *testing.T) {
			if _, _, err := svc.Create(context.Background()); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Errorf("anonymous create: %v, want UNAUTHENTICATED", err)
			}
		})
	})
}
