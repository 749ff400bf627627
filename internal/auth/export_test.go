package auth

import (
	"context"
	"time"
)

// SetBeforeVerify makes s call f before each password hash (with the
// hashing semaphore held), so that tests can hold checks in flight.
func SetBeforeVerify(s *Service, f func()) { s.beforeVerify = f }

// WithCredential is withCredential: ctx as if the request had been made
// with the session or token secret.
func WithCredential(ctx context.Context, secret string) context.Context {
	return withCredential(ctx, secret)
}

// SetNow makes s read the time from now.
func SetNow(s *Service, now func() time.Time) { s.now = now }

// Queued is how many password checks wait for the hashing semaphore.
func Queued(s *Service) int32 { return s.queued.Load() }
