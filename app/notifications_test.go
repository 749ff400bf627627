package app_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"mime"
	netmail "net/mail"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/jobs"
	"github.com/capofila/capofila/internal/mail"
	"github.com/capofila/capofila/internal/mail/mailtest"
	"github.com/capofila/capofila/internal/notify"
	"github.com/capofila/capofila/internal/testdb"
)

// TestNotifications_ProjectLife runs two servers over one database and one
// SMTP server, and moves a fake clock through the weeks around the demo's
// pagoPA deliverable (due 30 June 2027): each day both servers insert the
// day's reminders and digests, as their schedules would. The member
// referent of Grottammare gets each reminder of its deliverable on the
// exact day (14, 7, 1 days before, the day, missed), once; every user gets
// at most one digest a day, and a digest exactly on the days something new
// waits for them; nothing is mailed twice.
func TestNotifications_ProjectLife(t *testing.T) {
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		sys := authz.WithSystem(ctx)
		if _, err := demo.SeedFull(sys, d.Client()); err != nil {
			t.Fatal(err)
		}
		smtp := mailtest.Start(t, mailtest.Options{Security: mail.None})
		var clock atomic.Value
		setDay := func(day civil.Date) { clock.Store(day.In(civil.Rome).Add(7*time.Hour + 5*time.Minute)) }
		now := func() time.Time { return clock.Load().(time.Time) }
		first := civil.New(2027, 6, 10)
		setDay(first)

		second, err := db.Open(ctx, testdb.URL(d), db.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer second.Close()
		var servers []*app.App
		for i, dd := range []*db.DB{d, second} {
			a := app.New(app.Config{Version: "test", Mail: smtp.Config("", ""), Now: now}, dd, dd.Client(), slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err := a.Work(ctx, testdb.URL(d), jobs.Options{PollInterval: 20 * time.Millisecond, ID: fmt.Sprintf("replica-%d", i)}); err != nil {
				t.Fatal(err)
			}
			defer a.StopJobs(context.Background())
			servers = append(servers, a)
		}

		referent, err := d.Client().User.Query().Where(user.Email("referente@grottammare.test")).WithRoleAssignments().Only(sys)
		if err != nil {
			t.Fatal(err)
		}
		body := referent.Edges.RoleAssignments[0].BodyID
		dv, err := d.Client().Deliverable.Query().Where(deliverable.BodyID(*body), deliverable.DueOnEQ(civil.New(2027, 6, 30))).First(sys)
		if err != nil {
			t.Fatal(err)
		}
		want := map[civil.Date]string{ // the referent's reminders of dv, by day
			civil.New(2027, 6, 16): "BEFORE_14", civil.New(2027, 6, 23): "BEFORE_7", civil.New(2027, 6, 29): "BEFORE_1",
			civil.New(2027, 6, 30): "DUE", civil.New(2027, 7, 1): "MISSED",
		}
		seen := map[string]bool{}   // notifications already counted
		digests := map[string]int{} // "email day" → digests received
		for day := first; !day.After(civil.New(2027, 7, 4)); day = day.AddDays(1) {
			setDay(day)
			runEverywhere(t, ctx, d, servers, notify.RemindersArgs{Day: day})
			// What is new today, per user; the referent's stages of dv.
			ns, err := d.Client().Notification.Query().All(sys)
			if err != nil {
				t.Fatal(err)
			}
			waiting := map[string]bool{}
			var stages []string
			for _, n := range ns {
				if seen[string(n.ID)] {
					continue
				}
				seen[string(n.ID)] = true
				waiting[string(n.UserID)] = true
				if n.UserID == referent.ID && n.SubjectID == string(dv.ID) {
					stages = append(stages, n.DedupKey)
				}
			}
			switch w := want[day]; {
			case w == "" && len(stages) > 0:
				t.Errorf("%s: reminders of the deliverable %v, want none", day, stages)
			case w != "" && (len(stages) != 1 || stages[0] != "DEADLINE:DELIVERABLE:"+string(dv.ID)+":"+w):
				t.Errorf("%s: reminders of the deliverable %v, want the stage %s once", day, stages, w)
			}
			before := len(smtp.Messages())
			runEverywhere(t, ctx, d, servers, notify.DigestArgs{Day: day})
			for _, m := range smtp.Messages()[before:] {
				to, err := netmail.ParseAddress(m.Header.Get("To"))
				if err != nil {
					t.Fatalf("To %q: %v", m.Header.Get("To"), err)
				}
				digests[to.Address+" "+day.String()]++
			}
			users, err := d.Client().User.Query().Where(user.Active(true)).All(sys)
			if err != nil {
				t.Fatal(err)
			}
			for _, u := range users {
				got := digests[u.Email+" "+day.String()]
				if wantN := map[bool]int{true: 1, false: 0}[waiting[string(u.ID)]]; got != wantN {
					t.Errorf("%s: %s got %d digests, want %d", day, u.Email, got, wantN)
				}
			}
		}
		total := len(smtp.Messages())
		if total == 0 || len(seen) == 0 {
			t.Fatalf("%d notifications, %d messages: the clock moved through nothing", len(seen), total)
		}
		t.Logf("%d notifications, %d digests over %d SMTP connections", len(seen), total, smtp.Connections())
		if n, _ := d.Client().Notification.Query().Where(notification.MailedAtIsNil()).Count(sys); n != 0 {
			t.Errorf("%d notifications never mailed", n)
		}
		for _, m := range smtp.Messages() {
			if s, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject")); s == "" {
				t.Errorf("a message without subject: %+v", m.Header)
			}
		}
	})
}

// runEverywhere inserts args from every server (each would, on its
// schedule: the queue keeps one) and waits until the queue is idle.
func runEverywhere(t *testing.T, ctx context.Context, d *db.DB, servers []*app.App, args river.JobArgs) {
	t.Helper()
	for _, a := range servers {
		if _, err := a.Jobs.Insert(ctx, args, nil); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		var busy int
		if err := d.SQL.QueryRowContext(ctx, "SELECT count(*) FROM river_job WHERE state NOT IN ('completed', 'discarded', 'cancelled')").Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if busy == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d jobs still running after a minute", busy)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
