package notify_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/jobs"
	"github.com/capofila/capofila/internal/notify"
	"github.com/capofila/capofila/internal/notifykind"
	"github.com/capofila/capofila/internal/testdb"
)

// outbox is a Mailer that records what it sends.
type outbox struct {
	mu   sync.Mutex
	sent []string // "email kind title" per message
}

func (o *outbox) Enabled() bool { return true }

func (o *outbox) Immediate(_ context.Context, to *gen.User, n *gen.Notification) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.sent = append(o.sent, to.Email+" "+string(n.Kind)+" "+n.Title)
	return nil
}

func (o *outbox) Digest(_ context.Context, to *gen.User, day civil.Date, ns []*gen.Notification) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.sent = append(o.sent, to.Email+" DIGEST "+day.String())
	return nil
}

func (o *outbox) messages() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.sent)
}

// fixture is the demo with the notification service over it.
type fixture struct {
	d      *db.DB
	c      *gen.Client
	svc    *notify.Service
	q      *jobs.Queue
	demo   *demo.Result
	lead   context.Context // the lead manager
	member context.Context // the member referent
	mail   *outbox
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	c := d.Client()
	sys := authz.WithSystem(context.Background())
	res, err := demo.Seed(sys, c)
	if err != nil {
		t.Fatal(err)
	}
	q, err := jobs.New(d)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{d: d, c: c, q: q, demo: res, mail: &outbox{}}
	f.svc = notify.New(c, nil, notify.Deps{Queue: q, Mail: f.mail})
	f.lead = f.viewer(t, "capofila@sanbenedetto.test")
	f.member = f.viewer(t, "referente@grottammare.test")
	return f
}

func (f *fixture) viewer(t *testing.T, email string) context.Context {
	t.Helper()
	u, err := f.c.User.Query().Where(user.Email(email)).WithRoleAssignments().Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	v := &authz.Viewer{UserID: u.ID, Email: u.Email}
	for _, ra := range u.Edges.RoleAssignments {
		g := authz.Grant{Role: authz.Role(ra.Role)}
		if ra.AggregationID != nil {
			g.AggregationID = *ra.AggregationID
		}
		if ra.BodyID != nil {
			g.BodyID = *ra.BodyID
		}
		if ra.RegionBodyID != nil {
			g.RegionBodyID = *ra.RegionBodyID
		}
		v.Grants = append(v.Grants, g)
	}
	return authz.NewContext(context.Background(), v)
}

// event is an event for the aggregation's staff and members.
func (f *fixture) event(key string) events.Event {
	ag := string(f.demo.Aggregation.ID)
	return events.Event{
		Kind: notifykind.ReviewCompleted, Key: key, Title: "Rendiconto n. 1: controllo concluso, accettato",
		Path: "/rendiconti/x",
		To:   []events.Audience{{Role: authz.LeadManager, AggregationID: ag}, {Role: authz.MemberReferent, AggregationID: ag}},
	}
}

// emitIn emits ev in a transaction of the viewer ctx and commits it or not.
func (f *fixture) emitIn(t *testing.T, ctx context.Context, ev events.Event, commit bool) {
	t.Helper()
	tracked := db.TrackTx(ctx)
	tx, err := f.c.Tx(tracked)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Emit(gen.NewContext(tracked, tx.Client()), ev); err != nil {
		t.Fatal(err)
	}
	if commit {
		err = tx.Commit()
	} else {
		err = tx.Rollback()
	}
	if err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) counts(t *testing.T) (notifications, jobs int) {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	n, err := f.c.Notification.Query().Count(sys)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.d.SQL.QueryRow("SELECT count(*) FROM river_job WHERE kind = 'notify.deliver'").Scan(&jobs); err != nil {
		t.Fatal(err)
	}
	return n, jobs
}

// TestEmit_WithTheChange: notifications and their e-mail job exist only
// if the transaction of the change commits; the user who caused the
// event is not told; the same key reaches each user once.
func TestEmit_WithTheChange(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.emitIn(t, f.lead, f.event("REVIEW:1"), false)
		if n, j := f.counts(t); n != 0 || j != 0 {
			t.Fatalf("after a rollback: %d notifications, %d jobs; want none", n, j)
		}
		f.emitIn(t, f.lead, f.event("REVIEW:1"), true)
		n, j := f.counts(t)
		if n != 1 || j != 1 {
			t.Fatalf("after the commit: %d notifications, %d jobs; want 1 (the member's referent, not the lead who acted) and 1", n, j)
		}
		f.emitIn(t, context.Background(), f.event("REVIEW:1"), true)
		if n2, _ := f.counts(t); n2 != 2 {
			t.Fatalf("the same event from the system: %d notifications, want 2 (the lead now, the member once)", n2)
		}
		f.emitIn(t, context.Background(), f.event("REVIEW:1"), true)
		if n3, _ := f.counts(t); n3 != 2 {
			t.Fatalf("the same key again: %d notifications, want still 2", n3)
		}
	})
}

// TestInbox_OwnOnly: each user reads and marks only their own.
func TestInbox_OwnOnly(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.emitIn(t, context.Background(), f.event("A"), true)
		f.emitIn(t, context.Background(), f.event("B"), true)
		page, err := f.svc.Inbox(f.member, nil, nil, false)
		if err != nil || page.TotalCount != 2 {
			t.Fatalf("member's inbox: %v, %v; want 2", page, err)
		}
		leadPage, err := f.svc.Inbox(f.lead, nil, nil, true)
		if err != nil || leadPage.TotalCount != 2 {
			t.Fatalf("lead's unread: %v; want 2", err)
		}
		// The member marks the lead's notification: nothing changes.
		n, err := f.svc.MarkRead(f.member, []pulid.ID{leadPage.Edges[0].Node.ID}, false)
		if err != nil || n != 0 {
			t.Fatalf("marking another user's notification: %d, %v; want 0", n, err)
		}
		if n, err = f.svc.MarkRead(f.member, []pulid.ID{page.Edges[0].Node.ID}, false); err != nil || n != 1 {
			t.Fatalf("marking one's own: %d, %v; want 1", n, err)
		}
		if u, _ := f.svc.Unread(f.member); u != 1 {
			t.Fatalf("member unread %d, want 1", u)
		}
		if u, _ := f.svc.Unread(f.lead); u != 2 {
			t.Fatalf("lead unread %d, want 2", u)
		}
		if n, err = f.svc.MarkRead(f.lead, nil, true); err != nil || n != 2 {
			t.Fatalf("marking all: %d, %v", n, err)
		}
	})
}

// TestDeliver_TwoReplicasMailOnce: with two processes working the queue,
// each notification wanted at once is mailed once, and none of a user who
// turned e-mail off for the kind.
func TestDeliver_TwoReplicasMailOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		second, err := db.Open(context.Background(), testdb.URL(d), db.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer second.Close()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		for i, dd := range []*db.DB{d, second} {
			q, err := jobs.New(dd)
			if err != nil {
				t.Fatal(err)
			}
			svc := notify.New(dd.Client(), nil, notify.Deps{Queue: q, Mail: f.mail})
			w := river.NewWorkers()
			svc.Register(w)
			if err := q.Work(ctx, testdb.URL(d), jobs.Options{Workers: w, PollInterval: 50 * time.Millisecond, ID: []string{"a", "b"}[i]}); err != nil {
				t.Fatal(err)
			}
			defer q.Stop(context.Background())
		}
		for _, key := range []string{"E1", "E2", "E3"} {
			f.emitIn(t, context.Background(), f.event(key), true)
		}
		deadline := time.Now().Add(30 * time.Second)
		for len(f.mail.messages()) < 6 && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(500 * time.Millisecond) // a duplicate would arrive now
		got := f.mail.messages()
		if len(got) != 6 {
			t.Fatalf("mailed %d messages, want 6 (3 events × lead and member): %q", len(got), got)
		}
		sys := authz.WithSystem(context.Background())
		if n, _ := f.c.Notification.Query().Where(notification.MailedAtIsNil()).Count(sys); n != 0 {
			t.Fatalf("%d notifications not marked mailed", n)
		}
	})
}

// failing is an outbox whose digests to one address fail while fail is set.
type failing struct {
	outbox
	to   string
	fail bool
}

func (f *failing) Digest(ctx context.Context, to *gen.User, day civil.Date, ns []*gen.Notification) error {
	f.mu.Lock()
	fail := f.fail && to.Email == f.to
	f.mu.Unlock()
	if fail {
		return errors.New("550 mailbox unavailable")
	}
	return f.outbox.Digest(ctx, to, day, ns)
}

// TestDigests_Batched: the day's digests are queued 100 users per job in
// one statement and in the bulk queue; a user whose mail fails does not
// stop the others of the batch, and the retry mails only them.
func TestDigests_Batched(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		sys := authz.WithSystem(context.Background())
		// Whatever the demo left unmailed goes first.
		if _, err := f.c.Notification.Update().Where(notification.MailedAtIsNil()).SetMailedAt(time.Now()).Save(sys); err != nil {
			t.Fatal(err)
		}
		const n = 150
		users := make([]*gen.UserCreate, n)
		for i := range users {
			users[i] = f.c.User.Create().SetEmail(fmt.Sprintf("referente.%03d@digest.test", i)).SetDisplayName(fmt.Sprintf("Referente %d", i))
		}
		created, err := f.c.User.CreateBulk(users...).Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		notes := make([]*gen.NotificationCreate, n)
		for i, u := range created {
			notes[i] = f.c.Notification.Create().SetUserID(u.ID).SetKind(notifykind.DeadlineReminder).
				SetTitle("Scade tra 7 giorni: consegna").SetPath("/progetti").SetDedupKey("DEADLINE:x:BEFORE_7")
		}
		if err := f.c.Notification.CreateBulk(notes...).Exec(sys); err != nil {
			t.Fatal(err)
		}
		mail := &failing{to: "referente.037@digest.test", fail: true}
		q, err := jobs.New(d)
		if err != nil {
			t.Fatal(err)
		}
		svc := notify.New(f.c, nil, notify.Deps{Queue: q, Mail: mail})
		day := civil.New(2027, 6, 16)
		if got, err := svc.QueueDigests(sys, day); err != nil || got != n {
			t.Fatalf("QueueDigests = %d, %v; want %d", got, err, n)
		}
		var batches int
		if err := d.SQL.QueryRow("SELECT count(*) FROM river_job WHERE kind = 'notify.digests' AND queue = 'bulk'").Scan(&batches); err != nil || batches != 2 {
			t.Fatalf("%d digest jobs in the bulk queue (%v), want 2 of at most 100 users", batches, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		w := river.NewWorkers()
		svc.Register(w)
		if err := q.Work(ctx, testdb.URL(d), jobs.Options{Workers: w, PollInterval: 50 * time.Millisecond}); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())
		waitFor := func(want int) {
			t.Helper()
			deadline := time.Now().Add(30 * time.Second)
			for len(mail.messages()) < want && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			time.Sleep(300 * time.Millisecond) // a duplicate would arrive now
			if got := mail.messages(); len(got) != want {
				t.Fatalf("%d digests mailed, want %d", len(got), want)
			}
		}
		waitFor(n - 1)
		var failed int64
		deadline := time.Now().Add(10 * time.Second)
		for failed == 0 && time.Now().Before(deadline) {
			_ = d.SQL.QueryRow("SELECT id FROM river_job WHERE kind = 'notify.digests' AND state = 'retryable'").Scan(&failed)
			time.Sleep(50 * time.Millisecond)
		}
		if failed == 0 {
			t.Fatal("the batch with the failing address is not waiting for a retry")
		}
		mail.mu.Lock()
		mail.fail = false
		mail.mu.Unlock()
		if _, err := q.Retry(context.Background(), failed); err != nil {
			t.Fatal(err)
		}
		waitFor(n)
		seen := map[string]bool{}
		for _, m := range mail.messages() {
			if seen[m] {
				t.Fatalf("mailed twice: %s", m)
			}
			seen[m] = true
		}
		if left, _ := f.c.Notification.Query().Where(notification.MailedAtIsNil()).Count(sys); left != 0 {
			t.Fatalf("%d notifications left unmailed", left)
		}
	})
}
