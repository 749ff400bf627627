package notify

import (
	"context"

	"github.com/riverqueue/river"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/notifykind"
)

// Preferences tell each user's e-mail delivery per kind
// (internal/notifypref); a kind missing for a user takes its default.
type Preferences interface {
	Deliveries(ctx context.Context, userIDs []string) (map[string]map[notifykind.Kind]notifykind.Delivery, error)
}

// Defaults are the preferences of users who chose nothing.
type Defaults struct{}

// Deliveries implements Preferences: every kind its default.
func (Defaults) Deliveries(context.Context, []string) (map[string]map[notifykind.Kind]notifykind.Delivery, error) {
	return nil, nil
}

// deliveryOf is a user's delivery for k in prefs, or k's default.
func deliveryOf(prefs map[string]map[notifykind.Kind]notifykind.Delivery, userID string, k notifykind.Kind) notifykind.Delivery {
	if d, ok := prefs[userID][k]; ok {
		return d
	}
	return k.Default()
}

// Mailer sends the e-mail of notifications (internal/mail).
type Mailer interface {
	// Enabled is false when no SMTP server is configured: nothing is
	// sent, and notifications stay unmailed.
	Enabled() bool
	// Immediate mails one notification to its user.
	Immediate(ctx context.Context, to *gen.User, n *gen.Notification) error
	// Digest mails a user's notifications of a day in one message.
	Digest(ctx context.Context, to *gen.User, day civil.Date, ns []*gen.Notification) error
}

// DeliverArgs is the job that mails the notifications of one event to the
// users who want them at once.
type DeliverArgs struct {
	IDs []string `json:"ids"`
}

// Kind implements river.JobArgs.
func (DeliverArgs) Kind() string { return "notify.deliver" }

type deliverWorker struct {
	river.WorkerDefaults[DeliverArgs]
	s *Service
}

func (w *deliverWorker) Work(ctx context.Context, job *river.Job[DeliverArgs]) error {
	return w.s.deliver(authz.WithSystem(ctx), job.Args.IDs)
}

// deliver mails the notifications ids whose users want them at once. Each
// is claimed (mailed_at set) before it is sent, so a notification is
// mailed once; a failed send releases it and the job is retried.
func (s *Service) deliver(ctx context.Context, ids []string) error {
	if s.mail == nil || !s.mail.Enabled() || len(ids) == 0 {
		return nil
	}
	c := s.Root()
	pids := make([]pulid.ID, len(ids))
	for i, id := range ids {
		pids[i] = pulid.ID(id)
	}
	ns, err := c.Notification.Query().Where(notification.IDIn(pids...), notification.MailedAtIsNil()).All(ctx)
	if err != nil || len(ns) == 0 {
		return err
	}
	users, prefs, err := s.usersAndPrefs(ctx, ns)
	if err != nil {
		return err
	}
	for _, n := range ns {
		u := users[n.UserID]
		if u == nil || deliveryOf(prefs, string(n.UserID), n.Kind) != notifykind.Immediate {
			continue
		}
		if err := s.claimAndSend(ctx, []*gen.Notification{n}, func([]*gen.Notification) error { return s.mail.Immediate(ctx, u, n) }); err != nil {
			return err
		}
	}
	return nil
}

// claimAndSend marks mailed those of ns no other worker has, sends them
// (send gets the ones claimed), and releases them if the send fails. Each
// notification is claimed on its own, so that one taken by another worker
// (a digest and an immediate e-mail racing after a change of preference)
// is neither sent twice nor left marked and unsent.
func (s *Service) claimAndSend(ctx context.Context, ns []*gen.Notification, send func([]*gen.Notification) error) error {
	c := s.Root()
	var claimed []*gen.Notification
	var ids []pulid.ID
	for _, n := range ns {
		k, err := c.Notification.Update().Where(notification.ID(n.ID), notification.MailedAtIsNil()).
			SetMailedAt(s.Now()).Save(ctx)
		if err != nil {
			return err
		}
		if k == 1 {
			claimed = append(claimed, n)
			ids = append(ids, n.ID)
		}
	}
	if len(claimed) == 0 {
		return nil
	}
	if err := send(claimed); err != nil {
		if _, rerr := c.Notification.Update().Where(notification.IDIn(ids...)).ClearMailedAt().Save(context.WithoutCancel(ctx)); rerr != nil {
			s.log.Error("notify: releasing unsent notifications", "err", rerr)
		}
		return err
	}
	return nil
}

// usersAndPrefs reads the active users of ns and their deliveries.
func (s *Service) usersAndPrefs(ctx context.Context, ns []*gen.Notification) (map[pulid.ID]*gen.User, map[string]map[notifykind.Kind]notifykind.Delivery, error) {
	ids := make([]pulid.ID, 0, len(ns))
	strs := make([]string, 0, len(ns))
	for _, n := range ns {
		ids = append(ids, n.UserID)
		strs = append(strs, string(n.UserID))
	}
	us, err := s.Root().User.Query().Where(user.IDIn(ids...), user.Active(true)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	users := make(map[pulid.ID]*gen.User, len(us))
	for _, u := range us {
		users[u.ID] = u
	}
	prefs, err := s.prefs.Deliveries(ctx, strs)
	return users, prefs, err
}
