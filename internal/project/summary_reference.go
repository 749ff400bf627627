package project

import (
	"context"
	"sync"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/population"
)

// The allocation summary's reference data (a project's call with its
// categories and lines, its aggregation's members and those that left,
// their population figures) is the same for every viewer of the project
// and changes rarely, while every dashboard and project page reads it: 5
// of their statements. With CacheReference the summary keeps it in
// memory, current as long as the stamp (db.ReferenceStamp) has not moved:
// any committed change of a call, category, line, membership, public body
// or population figure, in this process or another, moves it.
//
// Why one copy serves every viewer: the members and the population were
// already read as the system (a member referent reads the whole
// aggregation's figures, not only its own body's row); the call, its
// categories and its lines are read by everyone once published
// (scope.Published, scope.ParentPublished), and a project's call always
// is. The cache reads the call as the system and keeps it only when it
// is not a draft; a draft (which no project should have) is read under
// the viewer's rules, as without the cache.
// TestAllocationSummary_SystemReadsMatchTheRules compares, role by role,
// the summary with and without the cache and the system's reads.

// Stamp returns the current reference stamp and whether it can be trusted
// (db.DB.ReferenceStamp).
type Stamp func() (uint64, bool)

// Bounds of the reference cache; when one is reached the cache is emptied.
const (
	maxCachedParts = 256  // projects (call and aggregation): up to a few hundred members each
	maxCachedBases = 4096 // population bases: a project's, or one member's (dashboards)
)

// reference is what a summary reads besides money.
type reference struct {
	parts *refParts
	basis *population.Basis
}

// refParts is the reference of a call and an aggregation.
type refParts struct {
	call   *gen.Call // with its categories and lines in plan order
	bodies map[pulid.ID]*gen.PublicBody
	order  []pulid.ID // members by name, then those that left
	former map[pulid.ID]bool
}

type partsKey struct{ call, agg pulid.ID }

// basisKey names a population basis: the members of agg (or member body
// alone), figures of the call's year or the latest not after funded.
type basisKey struct {
	call, agg, body pulid.ID
	funded          int
}

// refCache keeps references while the stamp is st: a new stamp empties it.
type refCache struct {
	stamp Stamp
	mu    sync.Mutex
	st    uint64
	parts map[partsKey]*refParts
	bases map[basisKey]*population.Basis
}

// CacheReference makes s keep the summary's reference data in memory,
// current as long as stamp says so; nil turns the cache off. Call it
// before serving.
func (s *Service) CacheReference(stamp Stamp) {
	if stamp == nil {
		s.refs = nil
		return
	}
	s.refs = &refCache{stamp: stamp, parts: map[partsKey]*refParts{}, bases: map[basisKey]*population.Basis{}}
}

// current returns the stamp the cache serves at and whether it may serve:
// a moved stamp empties it first.
func (c *refCache) current() (uint64, bool) {
	st, ok := c.stamp()
	if !ok {
		return 0, false
	}
	c.mu.Lock()
	if st != c.st {
		clear(c.parts)
		clear(c.bases)
		c.st = st
	}
	c.mu.Unlock()
	return st, true
}

// cached returns the entry k of m (one of c's maps) if the cache still
// serves at stamp st.
func cached[K comparable, V any](c *refCache, st uint64, m map[K]V, k K) (v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st == c.st {
		v = m[k]
	}
	return v
}

// keep keeps v, read after the stamp was st, as the entry k of m (one of
// c's maps, bounded by max: full, it is emptied), unless the stamp has
// moved since (v may be stale).
func keep[K comparable, V any](c *refCache, st uint64, m map[K]V, max int, k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st != c.st {
		return
	}
	if len(m) >= max {
		clear(m)
	}
	m[k] = v
}

// reference returns the summary's reference data of p (the members of
// bodyID alone when set, NOT_FOUND when it is not a member), read through
// c. The cache serves only reads outside a transaction (whose own
// uncommitted changes it would not see) and never the reference reads of
// the tests (viewerSummaryReads).
func (s *Service) reference(ctx context.Context, c *gen.Client, p *gen.Project, bodyID *pulid.ID) (*reference, error) {
	cache := s.refs
	if s.viewerSummaryReads || c != s.Root() {
		cache = nil
	}
	var (
		st  uint64
		use bool
	)
	if cache != nil {
		st, use = cache.current()
	}
	pk := partsKey{p.CallID, p.AggregationID}
	var parts *refParts
	if use {
		parts = cached(cache, st, cache.parts, pk)
	}
	if parts == nil {
		var err error
		if parts, err = s.readParts(ctx, c, p, use); err != nil {
			return nil, err
		}
		if use && parts.call.Status != call.StatusDRAFT {
			keep(cache, st, cache.parts, maxCachedParts, pk, parts)
		}
	}
	var body pulid.ID
	if bodyID != nil {
		if _, ok := parts.bodies[*bodyID]; !ok {
			return nil, &gen.NotFoundError{}
		}
		body = *bodyID
	}
	bk := basisKey{p.CallID, p.AggregationID, body, p.DecreeDate.Year}
	var basis *population.Basis
	if use {
		basis = cached(cache, st, cache.bases, bk)
	}
	if basis == nil {
		members := make([]*gen.PublicBody, 0, len(parts.order))
		if bodyID != nil {
			members = append(members, parts.bodies[body])
		} else {
			for _, id := range parts.order {
				members = append(members, parts.bodies[id])
			}
		}
		funded := p.DecreeDate.Year
		var err error
		if basis, err = population.Resolve(authz.Elevate(ctx), c, members, parts.call.PopulationYear, &funded); err != nil {
			return nil, err
		}
		if use {
			keep(cache, st, cache.bases, maxCachedBases, bk, basis)
		}
	}
	return &reference{parts: parts, basis: basis}, nil
}

// readParts reads the call of p with its categories and lines, and its
// aggregation's memberships. The call is read as the system for the cache
// (system), and again under the viewer's rules if it is a draft.
func (s *Service) readParts(ctx context.Context, c *gen.Client, p *gen.Project, system bool) (*refParts, error) {
	read := func(ctx context.Context) (*gen.Call, error) {
		q := c.Call.Query().Where(call.ID(p.CallID))
		withPlanOrder(q)
		return q.Only(ctx)
	}
	var (
		cl  *gen.Call
		err error
	)
	if system {
		cl, err = read(authz.Elevate(ctx))
	}
	if !system || err == nil && cl.Status == call.StatusDRAFT {
		cl, err = read(ctx)
	}
	if err != nil {
		return nil, err
	}
	bodies, order, former, err := membersAndFormer(ctx, c, p)
	if err != nil {
		return nil, err
	}
	return &refParts{call: cl, bodies: bodies, order: order, former: former}, nil
}
