package db

import (
	"context"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/events"
)

// Base is what every domain service holds: the root client and the server
// clock. Services embed it.
type Base struct {
	client *gen.Client
	now    func() time.Time
	events events.Emitter
}

// NewBase returns the Base of a service over client; now is the server
// clock (nil for time.Now).
func NewBase(client *gen.Client, now func() time.Time) Base {
	if now == nil {
		now = time.Now
	}
	return Base{client: client, now: now}
}

// Client returns the client of the request's transaction (every GraphQL
// mutation runs in one), or the root client.
func (b Base) Client(ctx context.Context) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return b.client
}

// Root returns the root client, outside any transaction.
func (b Base) Root() *gen.Client { return b.client }

// Now returns the server's time.
func (b Base) Now() time.Time { return b.now() }

// SetEvents makes the service tell people of the events it emits (nil: no
// one is told, as in tests of a service alone).
func (b *Base) SetEvents(e events.Emitter) { b.events = e }

// Emit records an event in the transaction of ctx, if the service has an
// Emitter.
func (b Base) Emit(ctx context.Context, ev events.Event) error {
	if b.events == nil {
		return nil
	}
	return b.events.Emit(ctx, ev)
}

// Today returns the server's date in Europe/Rome.
func (b Base) Today() civil.Date { return civil.Of(b.now().In(civil.Rome)) }
