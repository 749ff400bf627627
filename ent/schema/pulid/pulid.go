// Package pulid implements prefixed ULIDs: the opaque, globally unique IDs of
// every Capofila entity. The two-letter prefix tells which type an ID belongs
// to, so Relay's node(id:) can resolve it without a lookup table; the ULID part
// is time-ordered, so cursor pagination by ID follows creation order.
package pulid

import (
	"crypto/rand"
	"database/sql/driver"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"

	"github.com/capofila/capofila/internal/apperr"
)

// ID is a prefixed ULID, e.g. "PB01JDQ3ZK6W2V5TQ4N8M7Y0XH1A".
type ID string

// PrefixLen is the length of the type prefix of every ID.
const PrefixLen = 2

var (
	entropyMu sync.Mutex
	entropy   = ulid.Monotonic(rand.Reader, 0)
)

// New returns a new ID with the given two-letter prefix.
func New(prefix string) ID {
	entropyMu.Lock()
	defer entropyMu.Unlock()
	return ID(prefix + ulid.MustNew(ulid.Timestamp(time.Now()), entropy).String())
}

// Prefix returns the type prefix of the ID, or "" if the ID is too short.
func (u ID) Prefix() string {
	if len(u) < PrefixLen {
		return ""
	}
	return string(u[:PrefixLen])
}

// String returns the ID as a string.
func (u ID) String() string { return string(u) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (u *ID) UnmarshalGQL(v any) error {
	if id, ok := v.(ID); ok {
		*u = id
		return nil
	}
	s, ok := v.(string)
	if !ok {
		return apperr.InvalidField("", "id.format", "L'identificativo deve essere una stringa.")
	}
	*u = ID(s)
	return nil
}

// MarshalGQL implements graphql.Marshaler.
func (u ID) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(string(u)))
}

// Scan implements sql.Scanner.
func (u *ID) Scan(src any) error {
	switch src := src.(type) {
	case string:
		*u = ID(src)
	case []byte:
		*u = ID(string(src))
	case ID:
		*u = src
	case nil:
		return fmt.Errorf("pulid: expected a value")
	default:
		return fmt.Errorf("pulid: unexpected type %T", src)
	}
	return nil
}

// Value implements driver.Valuer.
func (u ID) Value() (driver.Value, error) { return string(u), nil }
