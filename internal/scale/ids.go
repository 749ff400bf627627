package scale

import (
	"encoding/binary"
	"time"

	"github.com/oklog/ulid/v2"
)

// idSeq makes the IDs of one entity: the schema's prefixed ULIDs, whose
// time part is the row's creation time (so that ordering by ID follows
// creation, as with the IDs Ent makes) and whose random part is a bijective
// mix of the seed and a counter, so that IDs are unique and the same on
// every run.
type idSeq struct {
	prefix string
	key    uint64
	n      uint64
}

func newIDSeq(seed uint64, prefix string) *idSeq {
	k := seed
	for _, b := range []byte(prefix) {
		k = k*1099511628211 + uint64(b)
	}
	return &idSeq{prefix: prefix, key: mix64(k)}
}

// next returns the ID of a row created at t.
func (s *idSeq) next(t time.Time) string {
	var u ulid.ULID
	_ = u.SetTime(ulid.Timestamp(t))
	binary.BigEndian.PutUint16(u[6:8], uint16(s.key>>48))
	binary.BigEndian.PutUint64(u[8:16], mix64(s.n^s.key))
	s.n++
	return s.prefix + u.String()
}

// mix64 is splitmix64's finalizer: a bijection on uint64.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
