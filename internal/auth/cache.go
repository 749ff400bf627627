package auth

import (
	"slices"
	"sync"
	"time"

	"github.com/capofila/capofila/internal/authz"
)

// The viewer cache spares a request the statement that reads its session
// (or token), user and grants when the same credential was resolved
// recently in this process. It keeps revocation exact through a stamp
// (db.ViewerStamp) that moves whenever a committed change may have changed
// a viewer, in this process or, through PostgreSQL notifications or
// SQLite's WAL index, in any other: an entry serves only while the stamp
// is the one taken before it was read, and only while the stamp can be
// trusted. An entry also ends when the session or token would expire and
// when its use is due to be noted in the database (a minute after the
// last time it was): the session slides, and its last use is kept, as
// without the cache.

// Stamp returns the current viewer stamp and whether it can be trusted
// (db.DB.ViewerStamp).
type Stamp func() (uint64, bool)

// maxCachedViewers bounds the cache; when full it is emptied.
const maxCachedViewers = 10000

// viewerCache maps the SHA-256 of a session secret or token (never the
// secret itself) to the viewer it resolved to.
type viewerCache struct {
	stamp Stamp
	mu    sync.Mutex
	m     map[secretSum]cachedViewer
}

type cachedViewer struct {
	v     *authz.Viewer
	stamp uint64
	until time.Time // the entry serves before this time
}

func newViewerCache(stamp Stamp) *viewerCache {
	return &viewerCache{stamp: stamp, m: map[secretSum]cachedViewer{}}
}

// get returns a copy of the viewer cached for hash at now, if the entry is
// current. A nil cache has none.
func (c *viewerCache) get(hash secretSum, now time.Time) *authz.Viewer {
	if c == nil {
		return nil
	}
	st, ok := c.stamp()
	if !ok {
		return nil
	}
	c.mu.Lock()
	e, found := c.m[hash]
	if found && (e.stamp != st || !now.Before(e.until)) {
		delete(c.m, hash)
		found = false
	}
	c.mu.Unlock()
	if !found {
		return nil
	}
	// A request may append to its viewer's grants (a new aggregation's
	// lead manager): it gets a copy.
	return &authz.Viewer{UserID: e.v.UserID, Email: e.v.Email, Grants: slices.Clone(e.v.Grants)}
}

// begin returns the stamp to keep with a viewer about to be read from the
// database, and whether it may be kept at all.
func (c *viewerCache) begin() (uint64, bool) {
	if c == nil {
		return 0, false
	}
	return c.stamp()
}

// put keeps a copy of v for hash until until, stamped with st (taken by
// begin before v was read).
func (c *viewerCache) put(hash secretSum, v *authz.Viewer, st uint64, until time.Time) {
	if c == nil {
		return
	}
	cp := &authz.Viewer{UserID: v.UserID, Email: v.Email, Grants: slices.Clone(v.Grants)}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxCachedViewers {
		clear(c.m)
	}
	c.m[hash] = cachedViewer{v: cp, stamp: st, until: until}
}

// forget drops the entry of hash (a sign-out: the change also moves the
// stamp, but only once it commits).
func (c *viewerCache) forget(hash secretSum) {
	if c == nil {
		return
	}
	c.mu.Lock()
	delete(c.m, hash)
	c.mu.Unlock()
}

// CacheViewers makes s keep the viewers of sessions and tokens in memory,
// current as long as stamp says so (see cache.go); nil turns the cache off.
// Call it before serving.
func (s *Service) CacheViewers(stamp Stamp) {
	if stamp == nil {
		s.viewers = nil
		return
	}
	s.viewers = newViewerCache(stamp)
}
