package notify

import (
	"context"
	"fmt"

	"entgo.io/contrib/entgql"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// Inbox pages the viewer's notifications, newest first (unread only when
// asked). Everyone, administrators included, reads only their own.
func (s *Service) Inbox(ctx context.Context, after *entgql.Cursor[pulid.ID], first *int, unreadOnly bool) (*gen.NotificationConnection, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, authz.ErrUnauthenticated
	}
	q := s.Client(ctx).Notification.Query().Where(notification.UserID(v.UserID))
	if unreadOnly {
		q = q.Where(notification.ReadAtIsNil())
	}
	return q.Paginate(ctx, after, first, nil, nil, gen.WithNotificationOrder(&gen.NotificationOrder{
		Direction: entgql.OrderDirectionDesc, Field: gen.NotificationOrderFieldCreatedAt,
	}))
}

// Unread counts the viewer's unread notifications.
func (s *Service) Unread(ctx context.Context) (int, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return 0, authz.ErrUnauthenticated
	}
	return s.Client(ctx).Notification.Query().
		Where(notification.UserID(v.UserID), notification.ReadAtIsNil()).Count(ctx)
}

// MaxMarkRead caps the notifications one request marks by ID.
const MaxMarkRead = 500

// MarkRead marks the viewer's notifications ids read (every unread one
// when all is true) and returns how many changed. IDs of other users'
// notifications change nothing.
func (s *Service) MarkRead(ctx context.Context, ids []pulid.ID, all bool) (int, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return 0, authz.ErrUnauthenticated
	}
	if !all && len(ids) == 0 {
		return 0, nil
	}
	if len(ids) > MaxMarkRead {
		return 0, apperr.InvalidField("ids", "notification.ids", fmt.Sprintf("Indica al massimo %d notifiche per volta, oppure tutte.", MaxMarkRead))
	}
	u := s.Client(ctx).Notification.Update().
		Where(notification.UserID(v.UserID), notification.ReadAtIsNil())
	if !all {
		u = u.Where(notification.IDIn(ids...))
	}
	return u.SetReadAt(s.Now()).Save(authz.WithSystem(ctx))
}
