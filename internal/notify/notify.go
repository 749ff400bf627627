// Package notify tells people what concerns them: it records the events the
// domain services emit (internal/events) as notifications in each user's
// inbox, in the transaction of the change, together with the job that
// mails them (internal/jobs); it reminds users of their deadlines before,
// on and after the day, and sends each user a daily digest. A notification
// is unique per user and key, so an event or a reminder reaches each user
// once, however many replicas notice it.
package notify

import (
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/gen/predicate"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/events"
)

// Inserter inserts a job in the transaction of ctx (internal/jobs.Queue).
type Inserter interface {
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error)
}

// Service records and delivers notifications.
type Service struct {
	db.Base
	queue     Inserter
	mail      Mailer
	prefs     Preferences
	deadlines Deadlines
	log       *slog.Logger
}

// Deps are what the service delivers with; nil members are off: no queue
// keeps notifications in the inboxes only, no mailer sends nothing.
type Deps struct {
	Queue     Inserter
	Mail      Mailer
	Prefs     Preferences
	Deadlines Deadlines
	Log       *slog.Logger
}

// New returns the service over client; now is the clock (nil: time.Now).
func New(client *gen.Client, now func() time.Time, d Deps) *Service {
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Prefs == nil {
		d.Prefs = Defaults{}
	}
	return &Service{Base: db.NewBase(client, now), queue: d.Queue, mail: d.Mail, prefs: d.Prefs, deadlines: d.Deadlines, log: d.Log}
}

var _ events.Emitter = (*Service)(nil)

// Emit records ev for the users it concerns (but not the user who caused
// it), in the transaction of ctx, and queues their e-mail in the same
// transaction. A user already told of the same key is not told again.
func (s *Service) Emit(ctx context.Context, ev events.Event) error {
	ids, err := s.record(ctx, ev)
	if err != nil {
		return err
	}
	return s.queueDeliver(ctx, ids)
}

// deliverBatch is how many notifications one deliver job mails at most.
const deliverBatch = 500

// queueDeliver queues, in the transaction of ctx, the jobs that mail the
// notifications ids to the users who want them at once.
func (s *Service) queueDeliver(ctx context.Context, ids []string) error {
	if s.queue == nil || len(ids) == 0 {
		return nil
	}
	params := make([]river.InsertManyParams, 0, (len(ids)+deliverBatch-1)/deliverBatch)
	for start := 0; start < len(ids); start += deliverBatch {
		params = append(params, river.InsertManyParams{Args: DeliverArgs{IDs: ids[start:min(start+deliverBatch, len(ids))]}})
	}
	_, err := s.queue.InsertMany(ctx, params)
	return err
}

// record writes ev's notifications, in the transaction of ctx, and returns
// their IDs (a user already told of the same key keeps the one they have).
func (s *Service) record(ctx context.Context, ev events.Event) ([]string, error) {
	sys := authz.WithSystem(ctx)
	var actor pulid.ID
	if v := authz.FromContext(ctx); v != nil {
		actor = v.UserID
	}
	users, err := s.recipients(sys, ev.To)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(users))
	c := s.Client(ctx)
	bulk := make([]*gen.NotificationCreate, 0, len(users))
	for _, u := range users {
		if u == actor {
			continue
		}
		id := pulid.New("NT")
		ids = append(ids, string(id))
		bulk = append(bulk, c.Notification.Create().SetID(id).SetUserID(u).
			SetKind(ev.Kind).SetTitle(clip(ev.Title, 300)).SetBody(clip(ev.Body, 2000)).
			SetPath(ev.Path).SetSubjectType(ev.SubjectType).SetSubjectID(ev.SubjectID).
			SetNillableDueOn(ev.DueOn).SetDedupKey(clip(ev.Key, 200)))
	}
	if len(bulk) == 0 {
		return nil, nil
	}
	err = c.Notification.CreateBulk(bulk...).
		OnConflictColumns(notification.FieldUserID, notification.FieldDedupKey).DoNothing().Exec(sys)
	if err != nil {
		return nil, err
	}
	return ids, nil
}

// recipients returns the active users holding one of the audiences' roles.
func (s *Service) recipients(ctx context.Context, to []events.Audience) ([]pulid.ID, error) {
	if len(to) == 0 {
		return nil, nil
	}
	ors := make([]predicate.RoleAssignment, 0, len(to))
	var direct []pulid.ID
	for _, a := range to {
		if a.UserID != "" {
			direct = append(direct, pulid.ID(a.UserID))
			continue
		}
		p := []predicate.RoleAssignment{roleassignment.RoleEQ(roleassignment.Role(a.Role))}
		if a.RegionBodyID != "" {
			p = append(p, roleassignment.RegionBodyID(pulid.ID(a.RegionBodyID)))
		}
		if a.AggregationID != "" {
			p = append(p, roleassignment.AggregationID(pulid.ID(a.AggregationID)))
		}
		if a.BodyID != "" {
			p = append(p, roleassignment.BodyID(pulid.ID(a.BodyID)))
		}
		ors = append(ors, roleassignment.And(p...))
	}
	var ids []pulid.ID
	if len(direct) > 0 {
		err := s.Client(ctx).User.Query().Where(user.IDIn(direct...), user.Active(true)).
			Select(user.FieldID).Scan(ctx, &ids)
		if err != nil {
			return nil, err
		}
	}
	if len(ors) == 0 {
		return ids, nil
	}
	var byRole []pulid.ID
	err := s.Client(ctx).RoleAssignment.Query().
		Where(roleassignment.Or(ors...), roleassignment.HasUserWith(user.Active(true))).
		Unique(true).Select(roleassignment.FieldUserID).Scan(ctx, &byRole)
	for _, id := range byRole {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids, err
}

// clip cuts s to n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
