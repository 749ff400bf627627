package db

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// IsConnectionLost reports whether err says the database connection broke
// or the server is unreachable or shutting down — as opposed to a statement
// the database refused. Such a read can be retried on a fresh connection;
// a client is told the database is unavailable, not that Capofila failed.
func IsConnectionLost(err error) bool {
	if err == nil {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08: connection exception; 57P01–57P03: the server is
		// terminating the connection, shutting down or not yet accepting.
		return strings.HasPrefix(pgErr.Code, "08") || pgErr.Code == "57P01" || pgErr.Code == "57P02" || pgErr.Code == "57P03"
	}
	var netErr net.Error
	var connectErr *pgconn.ConnectError
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.As(err, &connectErr), errors.As(err, &netErr):
		return true
	}
	return strings.Contains(err.Error(), "conn closed")
}

// IsBusy reports whether err is SQLite saying the database is locked by
// another writer for longer than the busy timeout: nothing was saved, and
// the same request may succeed a moment later.
func IsBusy(err error) bool {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		code := coded.Code() & 0xff   // extended codes keep the primary in the low byte
		return code == 5 || code == 6 // SQLITE_BUSY, SQLITE_LOCKED
	}
	return false
}
