// Package notifypref keeps how each user wants notifications e-mailed:
// one delivery per kind (IMMEDIATE, DAILY in the digest, OFF), the kind's
// default when the user chose none, and the per-user secret of the
// "stop e-mail" link every message carries (GET/POST /mail/unsubscribe,
// http.go), which works without signing in. In-app notifications are
// shown whatever the delivery.
//
// The notification jobs call Delivery, Deliveries and UnsubscribeURL as
// the system; the web app reads and sets the signed-in user's choices
// through Preferences and Set.
package notifypref

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/notificationpreference"
	"github.com/capofila/capofila/ent/gen/unsubscribetoken"
	"github.com/capofila/capofila/ent/hooks"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/notifykind"
)

// Delivery is how the notifications of a kind are e-mailed.
type Delivery = notifykind.Delivery

// The deliveries, for callers that import this package only.
const (
	Immediate = notifykind.Immediate
	Daily     = notifykind.Daily
	Off       = notifykind.Off
)

// UnsubscribePath is where the unsubscribe link points (Handler).
const UnsubscribePath = "/mail/unsubscribe"

// Service reads and writes the preferences.
type Service struct {
	client  *gen.Client
	baseURL string
}

// NewService returns the service over the root client; baseURL is the
// public URL of the web app (mail.Config.BaseURL), for the links.
func NewService(client *gen.Client, baseURL string) *Service {
	return &Service{client: client, baseURL: strings.TrimRight(baseURL, "/")}
}

// clientOf is the client of the transaction of ctx, or the root client.
func (s *Service) clientOf(ctx context.Context) *gen.Client {
	if c := gen.FromContext(ctx); c != nil {
		return c
	}
	return s.client
}

// Delivery returns how notifications of kind are e-mailed to userID: the
// user's choice or the kind's default. For the system (the notification
// jobs): it reads as the system whoever calls. INVALID for an unknown kind.
func (s *Service) Delivery(ctx context.Context, userID string, kind notifykind.Kind) (Delivery, error) {
	if !kind.Valid() {
		return "", apperr.InvalidField("kind", "notification.kind", "Tipo di notifica sconosciuto.")
	}
	p, err := s.clientOf(ctx).NotificationPreference.Query().
		Where(notificationpreference.UserID(pulid.ID(userID)), notificationpreference.KindEQ(kind)).
		Only(authz.WithSystem(ctx))
	if gen.IsNotFound(err) {
		return kind.Default(), nil
	}
	if err != nil {
		return "", err
	}
	return p.Delivery, nil
}

// Deliveries returns, for each of userIDs, the delivery of every kind
// (choices and defaults), read in one statement. For the system.
func (s *Service) Deliveries(ctx context.Context, userIDs []string) (map[string]map[notifykind.Kind]Delivery, error) {
	out := make(map[string]map[notifykind.Kind]Delivery, len(userIDs))
	ids := make([]pulid.ID, 0, len(userIDs))
	for _, id := range userIDs {
		if _, seen := out[id]; seen {
			continue
		}
		m := make(map[notifykind.Kind]Delivery, len(notifykind.All()))
		for _, k := range notifykind.All() {
			m[k] = k.Default()
		}
		out[id] = m
		ids = append(ids, pulid.ID(id))
	}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.clientOf(ctx).NotificationPreference.Query().
		Where(notificationpreference.UserIDIn(ids...)).All(authz.WithSystem(ctx))
	if err != nil {
		return nil, err
	}
	for _, p := range rows {
		out[string(p.UserID)][p.Kind] = p.Delivery
	}
	return out, nil
}

// Preferences returns the signed-in user's preference for every kind, in
// the order users see them; a kind without a choice has its default and
// version 0 (not stored). UNAUTHENTICATED without a user.
func (s *Service) Preferences(ctx context.Context) ([]*gen.NotificationPreference, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	rows, err := s.clientOf(ctx).NotificationPreference.Query().
		Where(notificationpreference.UserID(v.UserID)).All(ctx) // own rows only (scope.OwnRows)
	if err != nil {
		return nil, err
	}
	byKind := make(map[notifykind.Kind]*gen.NotificationPreference, len(rows))
	for _, p := range rows {
		byKind[p.Kind] = p
	}
	out := make([]*gen.NotificationPreference, 0, len(notifykind.All()))
	for _, k := range notifykind.All() {
		p := byKind[k]
		if p == nil {
			p = &gen.NotificationPreference{UserID: v.UserID, Kind: k, Delivery: k.Default()}
		}
		out = append(out, p)
	}
	return out, nil
}

// Set sets how the signed-in user gets notifications of kind by e-mail.
// version is the preference's version as read (0 for a default, never
// stored): if it changed since, CONFLICT (version.stale) and nothing is
// saved; nil overwrites. Any signed-in user may call it, for themselves
// only. UNAUTHENTICATED without a user; INVALID for an unknown kind or
// delivery.
func (s *Service) Set(ctx context.Context, kind notifykind.Kind, d Delivery, version *int) (*gen.NotificationPreference, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	if !kind.Valid() {
		return nil, apperr.InvalidField("kind", "notification.kind", "Tipo di notifica sconosciuto.")
	}
	if !d.Valid() {
		return nil, apperr.InvalidField("delivery", "notification.delivery", "Scegliere Subito, Riepilogo giornaliero o Mai.")
	}
	c := s.clientOf(ctx)
	p, err := c.NotificationPreference.Query().
		Where(notificationpreference.UserID(v.UserID), notificationpreference.KindEQ(kind)).Only(ctx)
	switch {
	case gen.IsNotFound(err):
		if version != nil && *version != 0 {
			return nil, hooks.ErrStale
		}
		p, err = c.NotificationPreference.Create().SetUserID(v.UserID).SetKind(kind).SetDelivery(d).
			Save(authz.Elevate(ctx)) // the viewer's own row: checked above
		if gen.IsConstraintError(err) {
			return nil, hooks.ErrStale // created in between by another request
		}
		return p, err
	case err != nil:
		return nil, err
	}
	up := p.Update().SetDelivery(d)
	if version != nil {
		up.SetVersion(*version) // applied only at that version (hooks.OptimisticLock)
	}
	return up.Save(authz.Elevate(ctx))
}

// UnsubscribeURL returns the absolute URL of userID's unsubscribe link,
// creating the user's secret if missing. For the system (the jobs).
func (s *Service) UnsubscribeURL(ctx context.Context, userID string) (string, error) {
	sys := authz.WithSystem(ctx)
	c := s.clientOf(ctx)
	get := func() (string, error) {
		t, err := c.UnsubscribeToken.Query().Where(unsubscribetoken.UserID(pulid.ID(userID))).Only(sys)
		if err != nil {
			return "", err
		}
		return t.Token, nil
	}
	tok, err := get()
	if gen.IsNotFound(err) {
		tok = newToken()
		err = c.UnsubscribeToken.Create().SetUserID(pulid.ID(userID)).SetToken(tok).Exec(sys)
		if gen.IsConstraintError(err) {
			tok, err = get() // created in between by another job
		}
	}
	if err != nil {
		return "", err
	}
	return s.baseURL + UnsubscribePath + "?t=" + tok, nil
}

// newToken returns a random secret: 32 bytes, base64url (43 characters).
func newToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// errBadToken is the answer to a link whose secret is unknown.
var errBadToken = errors.New("notifypref: unknown unsubscribe token")

// tokenUser returns the user of an unsubscribe secret, or errBadToken.
func (s *Service) tokenUser(ctx context.Context, token string) (*gen.UnsubscribeToken, error) {
	if len(token) != 43 {
		return nil, errBadToken
	}
	t, err := s.client.UnsubscribeToken.Query().Where(unsubscribetoken.Token(token)).Only(authz.WithSystem(ctx))
	if gen.IsNotFound(err) {
		return nil, errBadToken
	}
	return t, err
}

// Unsubscribe turns off every kind's e-mail for the user of token, in one
// transaction; in-app notifications go on. Anyone holding the link may
// call it; errBadToken for an unknown token, and then nothing changes.
func (s *Service) Unsubscribe(ctx context.Context, token string) error {
	t, err := s.tokenUser(ctx, token)
	if err != nil {
		return err
	}
	sys := authz.WithSystem(ctx)
	tx, err := s.client.Tx(sys)
	if err != nil {
		return err
	}
	if err := allOff(sys, tx.Client(), t.UserID); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Client().UnsubscribeToken.UpdateOne(t).SetUsedAt(timeNow()).Exec(sys); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// allOff sets every kind of userID to OFF: updates the rows there are and
// creates the others.
func allOff(ctx context.Context, c *gen.Client, userID pulid.ID) error {
	rows, err := c.NotificationPreference.Query().Where(notificationpreference.UserID(userID)).All(ctx)
	if err != nil {
		return err
	}
	have := map[notifykind.Kind]bool{}
	for _, p := range rows {
		have[p.Kind] = true
		if p.Delivery != Off {
			if err := c.NotificationPreference.UpdateOne(p).SetDelivery(Off).Exec(ctx); err != nil {
				return err
			}
		}
	}
	for _, k := range notifykind.All() {
		if !have[k] {
			if err := c.NotificationPreference.Create().SetUserID(userID).SetKind(k).SetDelivery(Off).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}
