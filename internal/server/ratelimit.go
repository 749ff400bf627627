package server

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
)

// RateLimit limits how many requests to the API (/graphql, /auth/,
// documents, reports and exports; not the web app's files nor the probes)
// each signed-in user and each client address may send: a token bucket
// that refills at the given rate and holds Burst requests. Zero rates turn
// the limit off. The buckets live in the process: with several replicas
// behind a load balancer each replica limits on its own.
type RateLimit struct {
	// PerUser is the sustained requests per second of one signed-in user.
	PerUser float64
	// PerAddress is the sustained requests per second of one client
	// address (IPv6 addresses by their /64 network), signed in or not.
	PerAddress float64
	// Burst is how many requests a quiet user or address may send at once
	// (default: three seconds' worth, at least 1).
	Burst int
}

// buckets holds one token bucket per key.
type buckets struct {
	limit rate.Limit
	burst int
	// idle is how long a bucket takes to fill up again: one unused for
	// longer is the same as a new one and can be forgotten.
	idle time.Duration

	mu        sync.Mutex
	m         map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	l    *rate.Limiter
	seen time.Time
}

func newBuckets(perSecond float64, burst int) *buckets {
	if perSecond <= 0 {
		return nil
	}
	if burst <= 0 {
		burst = max(1, int(math.Ceil(3*perSecond)))
	}
	idle := max(time.Minute, time.Duration(float64(burst)/perSecond*float64(time.Second)))
	return &buckets{limit: rate.Limit(perSecond), burst: burst, idle: idle, m: map[string]*bucket{}}
}

// take spends a token of key's bucket; when there is none it returns how
// long until there will be.
func (b *buckets) take(key string, now time.Time) (ok bool, wait time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if now.Sub(b.lastSweep) > time.Minute {
		for k, e := range b.m {
			if now.Sub(e.seen) > b.idle {
				delete(b.m, k)
			}
		}
		b.lastSweep = now
	}
	e := b.m[key]
	if e == nil {
		e = &bucket{l: rate.NewLimiter(b.limit, b.burst)}
		b.m[key] = e
	}
	e.seen = now
	res := e.l.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// rateLimited reports whether a path is part of the API the rate limit
// covers.
func rateLimited(path string) bool {
	return path == "/graphql" || strings.HasPrefix(path, "/auth/") || strings.HasPrefix(path, "/documents/") ||
		strings.HasPrefix(path, "/reports/") || strings.HasPrefix(path, "/exports/")
}

// limitAddress refuses API requests beyond the per-address rate with 429,
// Retry-After and RATE_LIMITED (rule rate.address). It runs before the
// credentials are looked up, so floods never reach the database.
func (s *Server) limitAddress(next http.Handler) http.Handler {
	if s.byAddress == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rateLimited(r.URL.Path) {
			if ok, wait := s.byAddress.take(addressKey(auth.ClientIP(r)), time.Now()); !ok {
				s.tooMany(w, r, "address", wait)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// afterAuth notes the viewer for the access log and refuses API requests
// beyond the per-user rate (rule rate.user).
func (s *Server) afterAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := authz.FromContext(r.Context())
		if v != nil && v.UserID != "" {
			if info := infoFrom(r.Context()); info != nil {
				info.setUser(string(v.UserID))
			}
			if s.byUser != nil && rateLimited(r.URL.Path) {
				if ok, wait := s.byUser.take(string(v.UserID), time.Now()); !ok {
					s.tooMany(w, r, "user", wait)
					return
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) tooMany(w http.ResponseWriter, r *http.Request, scope string, wait time.Duration) {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	s.metrics.rateLimited.WithLabelValues(scope).Inc()
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	refuse(w, r, http.StatusTooManyRequests, &apperr.Error{Code: apperr.RateLimited, Rule: "rate." + scope,
		Message: fmt.Sprintf("Troppe richieste in poco tempo: riprovare tra %d secondi.", secs)})
}

// addressKey is the bucket of a client address: the address itself, or
// its /64 network for IPv6 (one subscriber usually holds a whole /64).
func addressKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// realIP replaces the peer address of requests that come from a trusted
// reverse proxy or load balancer with the client address it reports in
// X-Forwarded-For: the right-most address that is not itself a trusted
// proxy. Without trusted proxies the header is ignored (anyone can send
// it). Sign-in throttling and the per-address rate limit see the result.
func (s *Server) realIP(next http.Handler) http.Handler {
	if len(s.cfg.TrustedProxies) == 0 {
		return next
	}
	trusted := func(a netip.Addr) bool {
		for _, p := range s.cfg.TrustedProxies {
			if p.Contains(a.Unmap()) {
				return true
			}
		}
		return false
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		peer, err := netip.ParseAddr(auth.ClientIP(r))
		if err != nil || !trusted(peer) {
			next.ServeHTTP(w, r)
			return
		}
		hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
			if err != nil {
				break
			}
			if !trusted(a) || i == 0 {
				r2 := r.WithContext(r.Context())
				r2.RemoteAddr = net.JoinHostPort(a.Unmap().String(), "0")
				next.ServeHTTP(w, r2)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
