package notifypref_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/notifykind"
	"github.com/capofila/capofila/internal/notifypref"
	"github.com/capofila/capofila/internal/testdb"
)

func newUser(t *testing.T, c *gen.Client, name string) (*gen.User, context.Context) {
	t.Helper()
	u, err := c.User.Create().SetEmail(name + "@comune.test").SetDisplayName(name).Save(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return u, authz.NewContext(context.Background(), &authz.Viewer{UserID: u.ID, Email: u.Email})
}

func deliveries(t *testing.T, s *notifypref.Service, ids ...string) map[string]map[notifykind.Kind]notifypref.Delivery {
	t.Helper()
	m, err := s.Deliveries(context.Background(), ids)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestPreferences_DefaultsChoicesAndVersions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := d.Client()
		s := notifypref.NewService(c, "https://capofila.test")
		u, ctx := newUser(t, c, "maria")
		other, otherCtx := newUser(t, c, "luca")

		t.Run("OK defaults", func(t *testing.T) {
			ps, err := s.Preferences(ctx)
			if err != nil || len(ps) != len(notifykind.All()) {
				t.Fatalf("%d preferences, %v", len(ps), err)
			}
			for _, p := range ps {
				if p.Delivery != p.Kind.Default() || p.Version != 0 {
					t.Errorf("%s: %s v%d, want the default", p.Kind, p.Delivery, p.Version)
				}
			}
		})
		t.Run("OK set from the default", func(t *testing.T) {
			zero := 0
			p, err := s.Set(ctx, notifykind.ApplicationDecided, notifypref.Daily, &zero)
			if err != nil || p.Version != 1 || p.UserID != u.ID {
				t.Fatalf("Set = %+v, %v", p, err)
			}
			if got, _ := s.Delivery(context.Background(), string(u.ID), notifykind.ApplicationDecided); got != notifypref.Daily {
				t.Errorf("Delivery = %s", got)
			}
		})
		t.Run("ErrStale", func(t *testing.T) {
			zero := 0
			if _, err := s.Set(ctx, notifykind.ApplicationDecided, notifypref.Off, &zero); apperr.CodeOf(err) != apperr.Conflict {
				t.Fatalf("stale create: %v", err)
			}
			one := 1
			if _, err := s.Set(ctx, notifykind.ApplicationDecided, notifypref.Off, &one); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Set(ctx, notifykind.ApplicationDecided, notifypref.Immediate, &one); apperr.CodeOf(err) != apperr.Conflict {
				t.Fatalf("stale update: %v", err)
			}
			if got, _ := s.Delivery(context.Background(), string(u.ID), notifykind.ApplicationDecided); got != notifypref.Off {
				t.Errorf("a stale write changed the delivery to %s", got)
			}
		})
		t.Run("OK own only", func(t *testing.T) {
			ps, err := s.Preferences(otherCtx)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				if p.UserID != other.ID || p.Delivery != p.Kind.Default() {
					t.Errorf("another user's preference shows: %+v", p)
				}
			}
		})
		t.Run("ErrAnonymous", func(t *testing.T) {
			if _, err := s.Set(context.Background(), notifykind.ApplicationDecided, notifypref.Off, nil); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Fatalf("anonymous Set: %v", err)
			}
			if _, err := s.Preferences(context.Background()); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Fatalf("anonymous Preferences: %v", err)
			}
		})
		t.Run("OK batch", func(t *testing.T) {
			m := deliveries(t, s, string(u.ID), string(other.ID), string(u.ID))
			if len(m) != 2 || m[string(u.ID)][notifykind.ApplicationDecided] != notifypref.Off ||
				m[string(other.ID)][notifykind.ApplicationDecided] != notifypref.Immediate || m[string(other.ID)][notifykind.DeadlineReminder] != notifypref.Daily {
				t.Fatalf("Deliveries = %v", m)
			}
		})
	})
}

func TestUnsubscribe_Link(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := d.Client()
		s := notifypref.NewService(c, "https://capofila.test/")
		u, ctx := newUser(t, c, "anna")
		other, _ := newUser(t, c, "paolo")
		if _, err := s.Set(ctx, notifykind.DeadlineReminder, notifypref.Immediate, nil); err != nil {
			t.Fatal(err)
		}
		sys := authz.WithSystem(context.Background())
		link, err := s.UnsubscribeURL(sys, string(u.ID))
		if err != nil || !strings.HasPrefix(link, "https://capofila.test/mail/unsubscribe?t=") {
			t.Fatalf("UnsubscribeURL = %q, %v", link, err)
		}
		if again, _ := s.UnsubscribeURL(sys, string(u.ID)); again != link {
			t.Fatalf("a second call gave another link: %q", again)
		}
		otherLink, _ := s.UnsubscribeURL(sys, string(other.ID))
		srv := httptest.NewServer(s.Handler(nil))
		defer srv.Close()
		local := func(link string) string { return srv.URL + strings.TrimPrefix(link, "https://capofila.test") }
		before := deliveries(t, s, string(u.ID), string(other.ID))
		unchanged := func(t *testing.T) {
			t.Helper()
			if after := deliveries(t, s, string(u.ID), string(other.ID)); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Fatalf("deliveries changed: %v → %v", before, after)
			}
		}

		t.Run("OK GET changes nothing", func(t *testing.T) {
			status, body := do(t, http.MethodGet, local(link), "")
			if status != 200 || !strings.Contains(body, "Non ricevere più e-mail") || !strings.Contains(body, `method="post"`) {
				t.Fatalf("GET %d: %s", status, body)
			}
			unchanged(t)
		})
		forged := local(link)[:len(local(link))-3] + "AAA"
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			t.Run("ErrForged "+m, func(t *testing.T) {
				status, body := do(t, m, forged, "List-Unsubscribe=One-Click")
				if status != 400 || !strings.Contains(body, "Link non valido") {
					t.Fatalf("%s forged %d: %s", m, status, body)
				}
				if status, _ := do(t, m, srv.URL+"/mail/unsubscribe", ""); status != 400 {
					t.Fatalf("%s without token: %d", m, status)
				}
				unchanged(t)
			})
		}
		t.Run("OK one-click POST", func(t *testing.T) {
			status, body := do(t, http.MethodPost, local(link), "List-Unsubscribe=One-Click")
			if status != 200 || !strings.Contains(body, "niente più e-mail") {
				t.Fatalf("POST %d: %s", status, body)
			}
			m := deliveries(t, s, string(u.ID), string(other.ID))
			for _, k := range notifykind.All() {
				if m[string(u.ID)][k] != notifypref.Off {
					t.Errorf("%s still %s", k, m[string(u.ID)][k])
				}
				if m[string(other.ID)][k] != before[string(other.ID)][k] {
					t.Errorf("another user's %s changed", k)
				}
			}
		})
		t.Run("OK form POST", func(t *testing.T) {
			tok := strings.TrimPrefix(otherLink, "https://capofila.test/mail/unsubscribe?t=")
			status, _ := do(t, http.MethodPost, srv.URL+"/mail/unsubscribe", url.Values{"t": {tok}}.Encode())
			if status != 200 {
				t.Fatalf("POST %d", status)
			}
			if got := deliveries(t, s, string(other.ID))[string(other.ID)][notifykind.ApplicationDecided]; got != notifypref.Off {
				t.Errorf("delivery %s", got)
			}
		})
	})
}

func do(t *testing.T, method, target, form string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, target, strings.NewReader(form))
	if err != nil {
		t.Fatal(err)
	}
	if form != "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}
