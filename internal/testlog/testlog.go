// Package testlog holds log handlers for tests.
package testlog

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
)

// ErrorLog keeps the log records at level Error and above (the tests of
// the server and of the GraphQL handler read them: none may be an error).
type ErrorLog struct {
	mu      sync.Mutex
	records []string
}

func (h *ErrorLog) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }
func (h *ErrorLog) WithAttrs([]slog.Attr) slog.Handler           { return h }
func (h *ErrorLog) WithGroup(string) slog.Handler                { return h }
func (h *ErrorLog) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool { fmt.Fprintf(&b, " %s=%v", a.Key, a.Value); return true })
	h.mu.Lock()
	h.records = append(h.records, b.String())
	h.mu.Unlock()
	return nil
}

// Take returns the records kept since the last call.
func (h *ErrorLog) Take() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	r := h.records
	h.records = nil
	return r
}
