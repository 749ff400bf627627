package server_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	ical "github.com/emersion/go-ical"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

const createFeed = `mutation { createCalendarFeed { url calendarFeed { id prefix lastUsedAt revokedAt } } }`

// feedAnswer is a GET of a feed.
type feedAnswer struct {
	status int
	header http.Header
	body   []byte
}

// getFeed reads a feed's path without credentials, as calendar programs do.
func getFeed(t *testing.T, c *client, path string, header http.Header) feedAnswer {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := c.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return feedAnswer{resp.StatusCode, resp.Header, b}
}

// newFeed creates a feed as c and returns its path on the test server.
func newFeed(t *testing.T, c *client) (path, id string) {
	t.Helper()
	var out struct {
		CreateCalendarFeed struct {
			URL          string `json:"url"`
			CalendarFeed struct {
				ID     string `json:"id"`
				Prefix string `json:"prefix"`
			} `json:"calendarFeed"`
		} `json:"createCalendarFeed"`
	}
	mustOK(t, c.do(t, createFeed, nil)).decode(t, &out)
	u, err := url.Parse(out.CreateCalendarFeed.URL)
	if err != nil || u.Scheme != "http" || u.Host != "localhost:8080" || !strings.HasPrefix(u.Path, "/calendar/cal_") || !strings.HasSuffix(u.Path, ".ics") {
		t.Fatalf("feed URL %q: want http://localhost:8080/calendar/cal_….ics (the default public URL)", out.CreateCalendarFeed.URL)
	}
	if !strings.HasPrefix(strings.TrimPrefix(u.Path, "/calendar/"), out.CreateCalendarFeed.CalendarFeed.Prefix) {
		t.Errorf("prefix %q does not start the secret of %q", out.CreateCalendarFeed.CalendarFeed.Prefix, u.Path)
	}
	return u.Path, out.CreateCalendarFeed.CalendarFeed.ID
}

// feedUIDs parses a feed (it must be valid iCalendar) and returns its
// events' UIDs.
func feedUIDs(t *testing.T, a feedAnswer) map[string]bool {
	t.Helper()
	if a.status != http.StatusOK {
		t.Fatalf("HTTP %d: %s", a.status, a.body)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(a.body)).Decode()
	if err != nil {
		t.Fatalf("the feed does not parse: %v\n%s", err, a.body)
	}
	uids := map[string]bool{}
	for _, ev := range cal.Events() {
		uid, err := ev.Props.Text(ical.PropUID)
		if err != nil {
			t.Fatal(err)
		}
		uids[strings.TrimSuffix(uid, "@localhost")] = true
		if _, err := ev.DateTimeStart(nil); err != nil {
			t.Errorf("event %s: DTSTART %v", uid, err)
		}
	}
	return uids
}

// TestCalendar_Feed: a feed lists what its owner reads, answers 404 once
// revoked, for a guessed secret and for a disabled user, and 304 to a
// matching If-None-Match.
func TestCalendar_Feed(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		roles := seedRunning(t, d)
		sys := authz.WithSystem(context.Background())
		c := d.Client()
		p := roles.res.Project
		today := civil.Today()

		// A pending milestone, and a deliverable of the member referent's
		// body and one of another body, all due soon.
		ms := must(c.Milestone.Create().SetProjectID(p.ID).SetTitle("Scadenza del calendario, «prova»; fine").
			SetKind("DEADLINE").SetDueOn(today.AddDays(10)).Save(sys))(t)
		memberBody := must(c.RoleAssignment.Query().Where(roleassignment.HasUserWith(user.Email("referente@grottammare.test"))).Only(sys))(t).BodyID
		line := must(c.Deliverable.Query().Where(deliverable.ProjectID(p.ID)).First(sys))(t).InterventionLineID
		other := must(c.Deliverable.Query().Where(deliverable.ProjectID(p.ID), deliverable.BodyIDNEQ(*memberBody)).First(sys))(t).BodyID
		mine := must(c.Deliverable.Create().SetProjectID(p.ID).SetBodyID(*memberBody).SetInterventionLineID(line).
			SetTitle("Prodotto del referente").SetDueOn(today.AddDays(20)).Save(sys))(t)
		theirs := must(c.Deliverable.Create().SetProjectID(p.ID).SetBodyID(other).SetInterventionLineID(line).
			SetTitle("Prodotto di un altro ente").SetDueOn(today.AddDays(30)).Save(sys))(t)
		// The feeds list the deadlines each user must act on (internal/deadlines):
		// the milestone is the lead's, a body's deliverable its referent's.
		uidM, uidMine, uidTheirs := "MILESTONE:"+string(ms.ID), "DELIVERABLE:"+string(mine.ID), "DELIVERABLE:"+string(theirs.ID)

		leadPath, leadFeed := newFeed(t, roles.lead)
		memberPath, _ := newFeed(t, roles.member)
		outsider := roles.admin.as(t, d, roles.admin.outsider(t))
		outsiderPath, _ := newFeed(t, outsider)

		t.Run("OK", func(t *testing.T) {
			a := getFeed(t, roles.lead, leadPath, nil)
			if got := a.header.Get("Content-Type"); got != "text/calendar; charset=utf-8" {
				t.Errorf("Content-Type %q", got)
			}
			if got := a.header.Get("Cache-Control"); got != "private, max-age=900" {
				t.Errorf("Cache-Control %q", got)
			}
			if a.header.Get("ETag") == "" {
				t.Error("no ETag")
			}
			uids := feedUIDs(t, a)
			if !uids[uidM] || uids[uidMine] || uids[uidTheirs] {
				t.Errorf("the lead's feed: %v; want its milestone, not the members' deliverables", uids)
			}
			if !bytes.Contains(bytes.ReplaceAll(a.body, []byte("\r\n "), nil), []byte(`Scadenza del calendario\, «prova»\; fine`)) {
				t.Errorf("summary not escaped as TEXT:\n%s", a.body)
			}
		})
		t.Run("OnlyWhatTheOwnerReads", func(t *testing.T) {
			uids := feedUIDs(t, getFeed(t, roles.lead, memberPath, nil))
			if !uids[uidMine] || uids[uidM] {
				t.Errorf("the member's feed: %v; want its body's deliverable and not the lead's milestone", uids)
			}
			if uids[uidTheirs] {
				t.Errorf("the member's feed lists another body's deliverable %s", uidTheirs)
			}
			if uids := feedUIDs(t, getFeed(t, roles.lead, outsiderPath, nil)); len(uids) != 0 {
				t.Errorf("a user without roles gets events: %v", uids)
			}
		})
		t.Run("NotModified", func(t *testing.T) {
			a := getFeed(t, roles.lead, leadPath, nil)
			b := getFeed(t, roles.lead, leadPath, http.Header{"If-None-Match": {a.header.Get("ETag")}})
			if b.status != http.StatusNotModified || len(b.body) != 0 {
				t.Errorf("If-None-Match %s: HTTP %d, %d bytes; want 304 and nothing", a.header.Get("ETag"), b.status, len(b.body))
			}
			if c := getFeed(t, roles.lead, leadPath, http.Header{"If-None-Match": {`"altro"`}}); c.status != http.StatusOK {
				t.Errorf("another ETag: HTTP %d, want 200", c.status)
			}
		})
		t.Run("LastUsed", func(t *testing.T) {
			var out struct {
				Me struct {
					CalendarFeeds struct {
						Edges []struct {
							Node struct {
								ID         string  `json:"id"`
								LastUsedAt *string `json:"lastUsedAt"`
							} `json:"node"`
						} `json:"edges"`
					} `json:"calendarFeeds"`
				} `json:"me"`
			}
			mustOK(t, roles.lead.do(t, `{ me { calendarFeeds(first: 10) { edges { node { id lastUsedAt } } } } }`, nil)).decode(t, &out)
			if e := out.Me.CalendarFeeds.Edges; len(e) != 1 || e[0].Node.ID != leadFeed || e[0].Node.LastUsedAt == nil {
				t.Errorf("the lead's feeds: %+v, want its one feed, used", e)
			}
		})
		t.Run("ErrUnknownSecret", func(t *testing.T) {
			for _, path := range []string{
				"/calendar/cal_" + strings.Repeat("A", 43) + ".ics",
				strings.TrimSuffix(leadPath, ".ics"),
				strings.TrimSuffix(leadPath, "A.ics") + "B.ics",
				"/calendar/" + strings.TrimPrefix(leadPath, "/calendar/cal_"),
			} {
				a := getFeed(t, roles.lead, path, nil)
				if a.status != http.StatusNotFound || bytes.Contains(a.body, []byte("BEGIN:VCALENDAR")) {
					t.Errorf("GET %s: HTTP %d, want 404", path, a.status)
				}
			}
		})
		t.Run("ErrRevoked", func(t *testing.T) {
			r := roles.member.do(t, `mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }`, map[string]any{"id": leadFeed})
			wantCode(t, r, "NOT_FOUND")
			if a := getFeed(t, roles.lead, leadPath, nil); a.status != http.StatusOK {
				t.Fatalf("another user's revocation attempt stopped the feed: HTTP %d", a.status)
			}
			mustOK(t, roles.lead.do(t, `mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }`, map[string]any{"id": leadFeed}))
			if a := getFeed(t, roles.lead, leadPath, nil); a.status != http.StatusNotFound {
				t.Errorf("a revoked feed: HTTP %d, want 404", a.status)
			}
		})
		t.Run("ErrDisabledUser", func(t *testing.T) {
			must(c.User.Update().Where(user.Email("referente@grottammare.test")).SetActive(false).Save(sys))(t)
			if a := getFeed(t, roles.lead, memberPath, nil); a.status != http.StatusNotFound {
				t.Errorf("the feed of a disabled user: HTTP %d, want 404", a.status)
			}
		})
		t.Run("ErrTooMany", func(t *testing.T) {
			for range calendar.MaxActive { // the lead's first feed is revoked
				newFeed(t, roles.lead)
			}
			e := wantCode(t, roles.lead.do(t, createFeed, nil), "INVALID")
			if e.Extensions.Rule != "calendarFeed.limit" {
				t.Errorf("rule %q, want calendarFeed.limit", e.Extensions.Rule)
			}
		})
	})
}

// must returns a function that fails the test on err, else returns v.
func must[T any](v T, err error) func(t *testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// outsider creates a user without roles and returns its e-mail.
func (c *client) outsider(t *testing.T) string {
	t.Helper()
	var out struct {
		CreateUser gen.User `json:"createUser"`
	}
	mustOK(t, c.do(t, `mutation { createUser(input: {email: "esterno@capofila.test", displayName: "Esterno", password: "password-di-prova"}) { id email } }`, nil)).decode(t, &out)
	return out.CreateUser.Email
}
