package auth_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/testdb"
)

// outcome is the answer to one sign-in: its error code and rule ("" for
// a success).
type outcome struct {
	code apperr.Code
	rule string
}

func outcomeOf(err error) outcome {
	if err == nil {
		return outcome{}
	}
	o := outcome{code: apperr.CodeOf(err)}
	if e, ok := apperr.As(err); ok {
		o.rule = e.Rule
	}
	return o
}

// signInAll runs the sign-ins at once and returns their outcomes.
func signInAll(svc *auth.Service, tries []signInTry) []outcome {
	out := make([]outcome, len(tries))
	var wg sync.WaitGroup
	for i, tr := range tries {
		wg.Go(func() {
			_, _, err := svc.SignIn(context.Background(), tr.email, tr.password, tr.ip, "")
			out[i] = outcomeOf(err)
		})
	}
	wg.Wait()
	return out
}

type signInTry struct{ email, password, ip string }

// tally counts outcomes.
func tally(outs []outcome) map[outcome]int {
	m := map[outcome]int{}
	for _, o := range outs {
		m[o]++
	}
	return m
}

var (
	okOutcome     = outcome{}
	wrongPassword = outcome{code: apperr.Unauthenticated}
	locked        = outcome{code: apperr.RateLimited, rule: "signin.locked"}
	busy          = outcome{code: apperr.RateLimited, rule: "signin.busy"}
)

// TestSignIn_ReservesTheAttemptBeforeHashing fires sign-ins of one account
// at once: each is counted as a failure before its password is hashed, so
// at most five passwords are checked however many arrive together, and
// once the account is locked none is, the right one included.
func TestSignIn_ReservesTheAttemptBeforeHashing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		u := f.user(t, "assediato@capofila.test")
		// Only the database reservation bounds this test's checks.
		svc := auth.New(f.client, auth.Config{MaxConcurrentPerAccount: 100, MaxConcurrentPerAddress: 100, MaxQueuedHashes: 100})

		t.Run("ParallelWrongPasswords", func(t *testing.T) {
			var tries []signInTry
			for i := range 12 {
				tries = append(tries, signInTry{u.Email, fmt.Sprintf("sbagliata-%d", i), f.ip()})
			}
			got := tally(signInAll(svc, tries))
			checks := svc.PasswordChecks()
			if checks > 5 {
				t.Errorf("%d passwords checked for 12 simultaneous sign-ins, want at most 5 (the lock)", checks)
			}
			if got[wrongPassword] != int(checks) || got[locked] != 12-int(checks) {
				t.Errorf("outcomes %v with %d checks: want one UNAUTHENTICATED per check and signin.locked for the rest", got, checks)
			}
		})

		t.Run("ErrRightPasswordOnceLocked", func(t *testing.T) {
			for range 5 {
				if err := f.client.SignInAttempt.Create().SetEmail(u.Email).SetIP(f.ip()).Exec(f.sys); err != nil {
					t.Fatal(err)
				}
			}
			before := svc.PasswordChecks()
			tries := []signInTry{{u.Email, testPassword, f.ip()}}
			for i := range 11 {
				tries = append(tries, signInTry{u.Email, fmt.Sprintf("sbagliata-%d", i), f.ip()})
			}
			got := tally(signInAll(svc, tries))
			if got[locked] != 12 {
				t.Errorf("outcomes %v, want signin.locked for all 12", got)
			}
			if n := svc.PasswordChecks() - before; n != 0 {
				t.Errorf("%d passwords checked on a locked account, want none", n)
			}
		})
	})
}

// heldChecks holds every password check of a service until release is
// called, and tells when each one starts.
type heldChecks struct {
	entered chan struct{}
	gate    chan struct{}
}

func holdChecks(svc *auth.Service) *heldChecks {
	h := &heldChecks{entered: make(chan struct{}, 100), gate: make(chan struct{})}
	auth.SetBeforeVerify(svc, func() {
		h.entered <- struct{}{}
		<-h.gate
	})
	return h
}

// startAll starts the sign-ins and returns the channel of their outcomes.
func startAll(svc *auth.Service, tries []signInTry) chan outcome {
	out := make(chan outcome, len(tries))
	for _, tr := range tries {
		go func() {
			_, _, err := svc.SignIn(context.Background(), tr.email, tr.password, tr.ip, "")
			out <- outcomeOf(err)
		}()
	}
	return out
}

// await waits until held checks have started and refused answers have
// come back, and returns those answers.
func (h *heldChecks) await(t *testing.T, outs chan outcome, held, refused int) []outcome {
	t.Helper()
	var got []outcome
	for entered := 0; entered < held || len(got) < refused; {
		select {
		case <-h.entered:
			entered++
			if entered > held {
				t.Fatalf("%d checks started, want %d", entered, held)
			}
		case o := <-outs:
			got = append(got, o)
			if len(got) > refused {
				t.Fatalf("an answer came back while the checks are held: %v", got)
			}
		}
	}
	return got
}

// TestSignIn_BoundsChecksInFlight holds password checks in flight and fires
// more: beyond the account's, the address's and the hashing queue's bounds
// the extra sign-ins are refused at once as busy (429), not queued until
// they time out.
func TestSignIn_BoundsChecksInFlight(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		unbounded := auth.Config{MaxPerAccount: 100, MaxPerAddress: 100, MaxConcurrentHashes: 100, MaxQueuedHashes: 100,
			MaxConcurrentPerAccount: 100, MaxConcurrentPerAddress: 100}
		for _, tc := range []struct {
			name           string
			cfg            func(*auth.Config)
			tries          func(i int) signInTry
			held, refused  int
			queuedAfterAll int
		}{
			{"PerAccount", func(c *auth.Config) { c.MaxConcurrentPerAccount = 2 },
				func(i int) signInTry {
					return signInTry{"conteso@capofila.test", "sbagliata", fmt.Sprintf("198.51.100.%d", i+1)}
				},
				2, 4, 0},
			{"PerAddress", func(c *auth.Config) { c.MaxConcurrentPerAddress = 3 },
				func(i int) signInTry {
					// One IPv6 /64: the same address for the bound.
					return signInTry{fmt.Sprintf("utente%d@capofila.test", i), "sbagliata", fmt.Sprintf("2001:db8:7:7::%x", i+1)}
				},
				3, 3, 0},
			{"HashingQueue", func(c *auth.Config) { c.MaxConcurrentHashes, c.MaxQueuedHashes = 1, 1 },
				func(i int) signInTry {
					return signInTry{fmt.Sprintf("coda%d@capofila.test", i), "sbagliata", fmt.Sprintf("203.0.113.%d", i+1)}
				},
				1, 2, 1},
		} {
			t.Run(tc.name, func(t *testing.T) {
				cfg := unbounded
				tc.cfg(&cfg)
				svc := auth.New(f.client, cfg)
				h := holdChecks(svc)
				n := tc.held + tc.refused + tc.queuedAfterAll
				var tries []signInTry
				for i := range n {
					tries = append(tries, tc.tries(i))
				}
				outs := startAll(svc, tries)
				refused := h.await(t, outs, tc.held, tc.refused)
				close(h.gate)
				for _, o := range refused {
					if o != busy {
						t.Errorf("a sign-in beyond the bound answered %+v, want RATE_LIMITED signin.busy", o)
					}
				}
				for range tc.held + tc.queuedAfterAll {
					if o := <-outs; o != wrongPassword {
						t.Errorf("a held sign-in answered %+v, want UNAUTHENTICATED", o)
					}
				}
				if got, want := svc.PasswordChecks(), int64(tc.held+tc.queuedAfterAll); got != want {
					t.Errorf("%d passwords checked, want %d", got, want)
				}
				// A busy refusal is no failure: the refused may try again.
				n, err := f.client.SignInAttempt.Query().Count(f.sys)
				if err != nil {
					t.Fatal(err)
				}
				if want := tc.held + tc.queuedAfterAll; n != want {
					t.Errorf("%d failures recorded, want %d (the checked ones)", n, want)
				}
				if _, err := f.client.SignInAttempt.Delete().Exec(f.sys); err != nil {
					t.Fatal(err)
				}
			})
		}

		t.Run("ErrRequestEndsWhileWaiting", func(t *testing.T) {
			cfg := unbounded
			cfg.MaxConcurrentHashes = 1
			svc := auth.New(f.client, cfg)
			h := holdChecks(svc)
			first := startAll(svc, []signInTry{{"primo@capofila.test", "sbagliata", "192.0.2.201"}})
			h.await(t, first, 1, 0)
			ctx, cancel := context.WithCancel(context.Background())
			waiting := make(chan outcome, 1)
			go func() {
				_, _, err := svc.SignIn(ctx, "secondo@capofila.test", "sbagliata", "192.0.2.202", "")
				waiting <- outcomeOf(err)
			}()
			for auth.Queued(svc) == 0 {
				time.Sleep(time.Millisecond) // until the second waits for the hash
			}
			cancel()
			if o := <-waiting; o != busy {
				t.Errorf("a sign-in whose request ended while waiting answered %+v, want RATE_LIMITED signin.busy (not an internal error)", o)
			}
			close(h.gate)
			<-first
			if n, _ := f.client.SignInAttempt.Query().Count(f.sys); n != 1 {
				t.Errorf("%d attempts recorded, want 1: the one not checked is no failure", n)
			}
		})
	})
}

// TestSignIn_AddressCountsAnIPv6By64 fails sign-ins from several addresses
// of one IPv6 /64: they lock the whole network, not each address.
func TestSignIn_AddressCountsAnIPv6By64(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		u := f.user(t, "rete@capofila.test")
		for i := range 18 {
			ip := fmt.Sprintf("2001:db8:1:2::%x", i+10)
			if err := f.client.SignInAttempt.Create().SetEmail(fmt.Sprintf("t%d@capofila.test", i)).SetIP(auth.AddressKey(ip)).Exec(f.sys); err != nil {
				t.Fatal(err)
			}
		}
		for _, ip := range []string{"2001:db8:1:2::b", "2001:db8:1:2:ffff:ffff:ffff:ffff"} {
			if _, _, err := f.svc.SignIn(ctx, "ignoto@capofila.test", testPassword, ip, ""); apperr.CodeOf(err) != apperr.Unauthenticated {
				t.Fatalf("failure from %s: %v, want UNAUTHENTICATED", ip, err)
			}
		}
		t.Run("ErrSameNetwork", func(t *testing.T) {
			_, _, err := f.svc.SignIn(ctx, u.Email, testPassword, "2001:db8:1:2::d", "")
			wantCode(t, err, apperr.RateLimited)
		})
		t.Run("NextNetwork", func(t *testing.T) {
			if _, _, err := f.svc.SignIn(ctx, u.Email, testPassword, "2001:db8:1:3::d", ""); err != nil {
				t.Errorf("from another /64: %v", err)
			}
		})
	})
}

func TestAddressKey(t *testing.T) {
	for _, tc := range []struct{ ip, want string }{
		{"192.0.2.7", "192.0.2.7"},
		{"::ffff:192.0.2.7", "192.0.2.7"},
		{"2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"},
		{"2001:DB8:1:2::1", "2001:db8:1:2::/64"},
		{"non-un-indirizzo", "non-un-indirizzo"},
	} {
		if got := auth.AddressKey(tc.ip); got != tc.want {
			t.Errorf("AddressKey(%q) = %q, want %q", tc.ip, got, tc.want)
		}
	}
}
