package auth

import (
	"context"
	"fmt"
	"sync"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/capofila/capofila/ent/gen/signinattempt"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
)

// How password guessing is throttled. Every password check (sign-in, or
// the current password of a password change) is bounded three ways:
//
//   - in flight, in this process: at most MaxConcurrentPerAccount checks of
//     one account and MaxConcurrentPerAddress of one client address (IPv6 by
//     its /64) run at once; one more is refused at once with RATE_LIMITED
//     (signin.busy), so parallel guesses cannot pile up behind the lock;
//   - hashing: at most MaxConcurrentHashes hashes run at once in the
//     process and at most MaxQueuedHashes sign-ins wait for one; beyond,
//     or when the request ends while waiting, signin.busy too, never a
//     timeout or an internal error;
//   - failures, in the database (shared by every replica): a sign-in is
//     recorded as a failed attempt before its password is checked (the
//     reservation) and forgiven if it succeeds, so however many arrive at
//     once at most MaxPerAccount per account and MaxPerAddress per address
//     are checked in Window; the others are refused (signin.locked)
//     without hashing, the right password included.

// errBusy refuses a password check beyond the bounds on concurrent work.
var errBusy = &apperr.Error{Code: apperr.RateLimited, Rule: "signin.busy",
	Message: "Troppi tentativi di accesso in corso: riprovare tra qualche secondo."}

// busyRetryAfter is the Retry-After, in seconds, of errBusy.
const busyRetryAfter = 2

// errLocked refuses a sign-in of an account or address with too many
// recent failures.
func (s *Service) errLocked() error {
	return &apperr.Error{Code: apperr.RateLimited, Rule: "signin.locked",
		Message: fmt.Sprintf("Troppi tentativi di accesso non riusciti. Riprovare tra %d minuti.", int(s.cfg.Window.Minutes()))}
}

// retryAfter is the Retry-After, in seconds, of a RATE_LIMITED sign-in.
func (s *Service) retryAfter(err error) int {
	if e, ok := apperr.As(err); ok && e.Rule == errBusy.Rule {
		return busyRetryAfter
	}
	return int(s.cfg.Window.Seconds())
}

// slots counts the password checks in flight per key, in this process.
type slots struct {
	mu sync.Mutex
	n  map[string]int
}

// take occupies one of key's max slots; false when they are all taken.
func (s *slots) take(key string, max int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n[key] >= max {
		return false
	}
	if s.n == nil {
		s.n = map[string]int{}
	}
	s.n[key]++
	return true
}

// give frees a slot of key.
func (s *slots) give(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n[key] <= 1 {
		delete(s.n, key)
		return
	}
	s.n[key]--
}

// inFlight occupies a slot of the account and one of the address (none
// when addr is empty) for a password check; it returns errBusy when either
// has none left, and otherwise the function that frees them.
func (s *Service) inFlight(email, addr string) (release func(), err error) {
	if !s.slots.take("account:"+email, s.cfg.MaxConcurrentPerAccount) {
		return nil, errBusy
	}
	if addr == "" {
		return func() { s.slots.give("account:" + email) }, nil
	}
	if !s.slots.take("address:"+addr, s.cfg.MaxConcurrentPerAddress) {
		s.slots.give("account:" + email)
		return nil, errBusy
	}
	return func() {
		s.slots.give("account:" + email)
		s.slots.give("address:" + addr)
	}, nil
}

// verify checks a password under the hashing semaphore, so that a flood of
// sign-ins costs at most MaxConcurrentHashes hashes at a time. A check
// that would wait behind MaxQueuedHashes others, or whose request ends
// while it waits, is errBusy.
func (s *Service) verify(ctx context.Context, hash, password string) (bool, error) {
	select {
	case s.hashes <- struct{}{}:
	default:
		if s.queued.Add(1) > int32(s.cfg.MaxQueuedHashes) {
			s.queued.Add(-1)
			return false, errBusy
		}
		select {
		case s.hashes <- struct{}{}:
			s.queued.Add(-1)
		case <-ctx.Done():
			s.queued.Add(-1)
			return false, errBusy
		}
	}
	defer func() { <-s.hashes }()
	if s.beforeVerify != nil {
		s.beforeVerify()
	}
	s.checks.Add(1)
	return VerifyPassword(hash, password), nil
}

// PasswordChecks is the number of passwords this service has hashed to
// check them (sign-ins and current passwords), for metrics and tests.
func (s *Service) PasswordChecks() int64 { return s.checks.Load() }

// reserve records a sign-in of email from addr as a failed attempt before
// its password is checked; the caller deletes the record if the check
// succeeds or does not happen. It returns errLocked, without recording
// anything, when the account or the address already has too many
// failures in the window, counting the attempts in flight on every
// replica: the count after the insert sees every reservation made before,
// so of any number of concurrent sign-ins at most MaxPerAccount of one
// account (MaxPerAddress of one address) pass.
func (s *Service) reserve(ctx context.Context, email, addr string) (pulid.ID, error) {
	if err := s.checkFailures(ctx, email, addr, 0); err != nil {
		return "", err
	}
	a, err := s.client.SignInAttempt.Create().SetEmail(email).SetIP(addr).Save(ctx)
	if err != nil {
		return "", err
	}
	if err := s.checkFailures(ctx, email, addr, 1); err != nil {
		if derr := s.client.SignInAttempt.DeleteOneID(a.ID).Exec(ctx); derr != nil {
			return "", derr
		}
		return "", err
	}
	return a.ID, nil
}

// checkFailures returns errLocked when email or addr has, besides own
// attempts of the caller's, MaxPerAccount or MaxPerAddress failures in
// the window.
func (s *Service) checkFailures(ctx context.Context, email, addr string, own int) error {
	account, address, err := s.failures(ctx, email, addr)
	if err != nil {
		return err
	}
	if account-own >= s.cfg.MaxPerAccount || address-own >= s.cfg.MaxPerAddress {
		return s.errLocked()
	}
	return nil
}

// failures counts the recorded failures of an account and of an address
// in the window, in one statement.
func (s *Service) failures(ctx context.Context, email, addr string) (account, address int, err error) {
	countIf := func(col, v string) entsql.Querier {
		return entsql.ExprFunc(func(b *entsql.Builder) {
			b.WriteString("COUNT(CASE WHEN ").Ident(col).WriteString(" = ").Arg(v).WriteString(" THEN 1 END)")
		})
	}
	var rows []struct {
		Account int `json:"account"`
		Address int `json:"address"`
	}
	err = s.client.SignInAttempt.Query().
		Where(signinattempt.CreatedAtGT(s.now().Add(-s.cfg.Window)),
			signinattempt.Or(signinattempt.Email(email), signinattempt.IP(addr))).
		Modify(func(sel *entsql.Selector) {
			sel.Select().AppendSelectExprAs(countIf(signinattempt.FieldEmail, email), "account").
				AppendSelectExprAs(countIf(signinattempt.FieldIP, addr), "address")
		}).Scan(ctx, &rows)
	if err != nil || len(rows) == 0 {
		return 0, 0, err
	}
	return rows[0].Account, rows[0].Address, nil
}

// recentFailures counts, in this process, the failures of a check that
// cannot record them in the database: a wrong current password fails the
// mutation, whose transaction then records nothing.
type recentFailures struct {
	mu sync.Mutex
	m  map[string][]time.Time
}

// count returns key's failures since since, forgetting older ones.
func (r *recentFailures) count(key string, since time.Time) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	kept := r.m[key][:0]
	for _, t := range r.m[key] {
		if t.After(since) {
			kept = append(kept, t)
		}
	}
	if len(kept) == 0 {
		delete(r.m, key)
		return 0
	}
	r.m[key] = kept
	return len(kept)
}

// add records a failure of key at at.
func (r *recentFailures) add(key string, at time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		r.m = map[string][]time.Time{}
	}
	r.m[key] = append(r.m[key], at)
}

// clear forgets key's failures.
func (r *recentFailures) clear(key string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.m, key)
}
