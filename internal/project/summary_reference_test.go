package project_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/expensecategory"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/populationfigure"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/testdb"
)

// TestReferenceCache_ChangesAreSeen: with the reference cache on, a
// repeated summary reads only the project and its money, and every change
// of the reference data (a public body, a population figure, a
// membership, a category, the call), made through another pool on the
// same database (another replica) or in this process, is in the next
// summary, which equals the one read without the cache. A change inside
// an open transaction is seen by that transaction's own reads and by no
// one else's, and leaves nothing behind when it is rolled back.
func TestReferenceCache_ChangesAreSeen(t *testing.T) {
	t.Parallel()
	testdb.EachSeeded(t, "demo-full", demo.SeedFullDB, func(t *testing.T, d *db.DB) {
		sys := authz.WithSystem(context.Background())
		res, err := demo.SeedFull(sys, d.Client())
		if err != nil {
			t.Fatal(err)
		}
		p := res.Project
		cached := project.NewService(d.Client(), nil, nil)
		cached.CacheReference(d.ReferenceStamp)
		strict := project.WithViewerSummaryReads(project.NewService(d.Client(), nil, nil))
		testdb.Listen(t, d)
		other, err := db.Open(context.Background(), testdb.URL(d), db.Options{MaxOpenConns: 2})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { other.Close() })
		lead := authz.NewContext(context.Background(), &authz.Viewer{UserID: "US01TEST",
			Grants: []authz.Grant{{Role: authz.LeadManager, AggregationID: res.Aggregation.ID}}})

		// summary reads the cached summary and checks it against the one
		// read without the cache.
		summary := func(t *testing.T) string {
			t.Helper()
			got, err := cached.AllocationSummary(lead, p.ID, nil)
			if err != nil {
				t.Fatal(err)
			}
			want, err := strict.AllocationSummary(lead, p.ID, nil)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := figures(t, got), figures(t, want); g != w {
				t.Fatalf("the cached summary is\n%s\nwithout the cache\n%s", g, w)
			}
			return figures(t, got)
		}
		// warm fills the cache and checks that the next summary reads the
		// project and its money only. On PostgreSQL a change made through
		// this pool moves the stamp at its commit and again when its own
		// notification comes back: a few tries let that echo arrive.
		warm := func(t *testing.T) {
			t.Helper()
			summary(t)
			var n int64
			for range 50 {
				before := d.Statements()
				if _, err := cached.AllocationSummary(lead, p.ID, nil); err != nil {
					t.Fatal(err)
				}
				if n = d.Statements() - before; n == 2 {
					return
				}
				time.Sleep(10 * time.Millisecond)
			}
			t.Fatalf("a warm summary sent %d statements, want 2 (the project, its money)", n)
		}
		// change makes a change through c (another pool, or this one) and
		// waits for it to reach this process's stamp; the next summary
		// must differ from the one before and match the one without the
		// cache.
		change := func(t *testing.T, c *gen.Client, do func(c *gen.Client) error) {
			t.Helper()
			warm(t)
			before := summary(t)
			st, _ := d.ReferenceStamp()
			if err := do(c); err != nil {
				t.Fatal(err)
			}
			for start := time.Now(); ; time.Sleep(100 * time.Microsecond) {
				if now, ok := d.ReferenceStamp(); ok && now != st {
					break
				}
				if time.Since(start) > 5*time.Second {
					t.Fatal("the change did not reach this process's reference stamp in 5 s")
				}
			}
			if after := summary(t); after == before {
				t.Fatalf("the summary did not change: %s", after)
			}
		}
		ms, err := d.Client().Membership.Query().Where(membership.AggregationID(res.Aggregation.ID), membership.LeftOnIsNil()).
			WithBody().All(sys)
		if err != nil || len(ms) < 3 {
			t.Fatalf("members: %d, %v", len(ms), err)
		}

		t.Run("BodyRenamedByAnotherReplica", func(t *testing.T) {
			change(t, other.Client(), func(c *gen.Client) error {
				return c.PublicBody.UpdateOneID(ms[0].BodyID).SetName(ms[0].Edges.Body.Name + " (rinominato)").Exec(sys)
			})
		})
		t.Run("PopulationChangedByAnotherReplica", func(t *testing.T) {
			change(t, other.Client(), func(c *gen.Client) error {
				n, err := c.PopulationFigure.Update().Where(populationfigure.BodyID(ms[1].BodyID)).AddPopulation(1000).Save(sys)
				if err == nil && n == 0 {
					err = c.PublicBody.UpdateOneID(ms[1].BodyID).AddPopulation(1000).Exec(sys)
				}
				return err
			})
		})
		t.Run("MemberLeftByAnotherReplica", func(t *testing.T) {
			change(t, other.Client(), func(c *gen.Client) error {
				return c.Membership.UpdateOneID(ms[2].ID).SetLeftOn(civil.Today()).Exec(sys)
			})
		})
		t.Run("CategoryRenamedByAnotherReplica", func(t *testing.T) {
			change(t, other.Client(), func(c *gen.Client) error {
				k, err := c.ExpenseCategory.Query().Where(expensecategory.CallID(p.CallID)).First(sys)
				if err != nil {
					return err
				}
				return c.ExpenseCategory.UpdateOne(k).SetName(k.Name + " (rettificata)").Exec(sys)
			})
		})
		t.Run("BodyRenamedHere", func(t *testing.T) {
			change(t, d.Client(), func(c *gen.Client) error {
				return c.PublicBody.UpdateOneID(ms[0].BodyID).SetName(ms[0].Edges.Body.Name).Exec(sys)
			})
		})
		t.Run("CallBackToDraft", func(t *testing.T) {
			// No project's call is a draft; if one were, only the Region
			// would read it, and the lead's summary is NOT_FOUND, as
			// without the cache.
			warm(t)
			was, err := other.Client().Call.Get(sys, p.CallID)
			if err != nil {
				t.Fatal(err)
			}
			if err := other.Client().Call.Update().Where(call.ID(p.CallID)).SetStatus(call.StatusDRAFT).Exec(sys); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				_ = other.Client().Call.Update().Where(call.ID(p.CallID)).SetStatus(was.Status).Exec(sys)
			})
			for start := time.Now(); ; time.Sleep(time.Millisecond) {
				_, err := cached.AllocationSummary(lead, p.ID, nil)
				if apperr.CodeOf(err) == apperr.NotFound || gen.IsNotFound(err) {
					break
				}
				if time.Since(start) > 5*time.Second {
					t.Fatalf("the lead's summary of a project whose call is a draft: %v, want NOT_FOUND", err)
				}
			}
			if _, err := strict.AllocationSummary(lead, p.ID, nil); err == nil {
				t.Fatal("without the cache the lead read a draft call")
			}
		})
		t.Run("OpenTransaction", func(t *testing.T) {
			warm(t)
			before := summary(t)
			tx, err := d.Client().Tx(sys)
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = tx.Rollback() }()
			if err := tx.PublicBody.UpdateOneID(ms[0].BodyID).SetName("Comune in transazione").Exec(sys); err != nil {
				t.Fatal(err)
			}
			inTx, err := cached.AllocationSummary(gen.NewTxContext(gen.NewContext(lead, tx.Client()), tx), p.ID, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := figures(t, inTx); got == before {
				t.Error("the transaction's own summary does not see its change")
			}
			if err := tx.Rollback(); err != nil {
				t.Fatal(err)
			}
			if after := summary(t); after != before {
				t.Errorf("after the rollback the summary is\n%s\nwant\n%s", after, before)
			}
		})
		t.Run("OneNotificationPerTransaction", func(t *testing.T) {
			// An import renames thousands of bodies in one transaction: one
			// notification, and the stamp moves at its commit only.
			var notified atomic.Int64
			d.Trace(func(q string) {
				if strings.Contains(q, "pg_notify") {
					notified.Add(1)
				}
			})
			defer d.Trace(nil)
			for _, commit := range []bool{false, true} {
				notified.Store(0)
				st, _ := d.ReferenceStamp()
				tx, err := d.Client().Tx(sys)
				if err != nil {
					t.Fatal(err)
				}
				for _, m := range ms {
					if err := tx.PublicBody.UpdateOneID(m.BodyID).SetName(m.Edges.Body.Name).Exec(sys); err != nil {
						t.Fatal(err)
					}
				}
				if now, _ := d.ReferenceStamp(); now != st {
					t.Error("the stamp moved before the transaction ended")
				}
				if commit {
					err = tx.Commit()
				} else {
					err = tx.Rollback()
				}
				if err != nil {
					t.Fatal(err)
				}
				want := int64(0)
				if d.Dialect == dialect.Postgres {
					want = 1
				}
				if n := notified.Load(); n != want {
					t.Errorf("%d bodies renamed in one transaction sent %d notifications, want %d", len(ms), n, want)
				}
				if now, _ := d.ReferenceStamp(); (now != st) != commit {
					t.Errorf("commit %v: the stamp went from %d to %d", commit, st, now)
				}
			}
		})
		t.Run("WithoutListenerReadsAgain", func(t *testing.T) {
			if d.Dialect != dialect.Postgres {
				t.Skip("SQLite needs no listener")
			}
			// The other pool has no listener: its cache must not serve.
			svc := project.NewService(other.Client(), nil, nil)
			svc.CacheReference(other.ReferenceStamp)
			for i := range 2 {
				before := other.Statements()
				if _, err := svc.AllocationSummary(lead, p.ID, nil); err != nil {
					t.Fatal(err)
				}
				if n := other.Statements() - before; n != 7 {
					t.Errorf("summary %d without a listener sent %d statements, want 7", i+1, n)
				}
			}
		})
	})
}
