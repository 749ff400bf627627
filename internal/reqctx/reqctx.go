// Package reqctx carries per-request values (the request id) through
// context, for logs and audit events.
package reqctx

import "context"

type requestIDKey struct{}

// WithRequestID returns a context carrying the request id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the request id carried by ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// IDKey is the context key of the request id, for a context that answers
// Value for several keys at once (the HTTP server's per-request one); its
// value must be the id, a string.
func IDKey() any { return requestIDKey{} }
