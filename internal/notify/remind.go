package notify

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/notification"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/jobs"
	"github.com/capofila/capofila/internal/notifykind"
)

// Reminder is a deadline whose reminder falls on a day.
type Reminder struct {
	// Key identifies the deadline; Stage the reminder ("BEFORE_7", "DUE",
	// "MISSED"…): a user gets each stage of a deadline once.
	Key, Stage             string
	Title, Path            string
	SubjectType, SubjectID string
	DueOn                  civil.Date
	To                     events.Audience
}

// Deadlines lists the reminders that fall on a day, over every open
// deadline (internal/deadlines).
type Deadlines interface {
	RemindersOn(ctx context.Context, day civil.Date) ([]Reminder, error)
}

// RemindersArgs is the daily job that records the reminders of a day.
// Unique by its day: every replica may insert it, one runs.
type RemindersArgs struct {
	Day civil.Date `json:"day"`
}

// Kind implements river.JobArgs.
func (RemindersArgs) Kind() string { return "notify.reminders" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (RemindersArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

type remindersWorker struct {
	river.WorkerDefaults[RemindersArgs]
	s *Service
}

func (w *remindersWorker) Work(ctx context.Context, job *river.Job[RemindersArgs]) error {
	_, err := w.s.Remind(authz.WithSystem(ctx), job.Args.Day)
	return err
}

// Remind records, in one transaction, the reminders that fall on day for
// the users who must act, and queues their e-mail; it returns how many
// deadlines had one. Running it again for the same day adds nothing.
func (s *Service) Remind(ctx context.Context, day civil.Date) (int, error) {
	if s.deadlines == nil {
		return 0, nil
	}
	rs, err := s.deadlines.RemindersOn(ctx, day)
	if err != nil || len(rs) == 0 {
		return 0, err
	}
	return len(rs), s.inTx(ctx, func(ctx context.Context) error {
		var ids []string
		for _, r := range rs {
			due := r.DueOn
			ev := events.Event{
				Kind: notifykind.DeadlineReminder, Key: "DEADLINE:" + r.Key + ":" + r.Stage,
				Title: reminderTitle(r, day), Body: r.Title, Path: r.Path,
				SubjectType: r.SubjectType, SubjectID: r.SubjectID, DueOn: &due,
				To: []events.Audience{r.To},
			}
			created, err := s.record(ctx, ev)
			if err != nil {
				return err
			}
			ids = append(ids, created...)
		}
		return s.queueDeliver(ctx, ids)
	})
}

// reminderTitle says in Italian how far the deadline is.
func reminderTitle(r Reminder, day civil.Date) string {
	days := day.DaysUntil(r.DueOn)
	switch {
	case days > 1:
		return fmt.Sprintf("Scade tra %d giorni: %s", days, r.Title)
	case days == 1:
		return "Scade domani: " + r.Title
	case days == 0:
		return "Scade oggi: " + r.Title
	default:
		return fmt.Sprintf("Scadenza superata il %s: %s", r.DueOn.Italian(), r.Title)
	}
}

// inTx runs f in a transaction whose SQL transaction jobs can join.
func (s *Service) inTx(ctx context.Context, f func(ctx context.Context) error) error {
	if gen.FromContext(ctx) != nil {
		return f(ctx)
	}
	tracked := db.TrackTx(ctx)
	tx, err := s.Root().Tx(tracked)
	if err != nil {
		return err
	}
	txCtx := gen.NewContext(tracked, tx.Client())
	if err := f(txCtx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// DigestArgs is the daily job that queues each user's digest.
type DigestArgs struct {
	Day civil.Date `json:"day"`
}

// Kind implements river.JobArgs.
func (DigestArgs) Kind() string { return "notify.digest" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (DigestArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// UserDigestArgs is the job that mails one user's digest of a day: the
// digests are now queued in batches (DigestsArgs); its worker stays for the
// jobs queued before.
type UserDigestArgs struct {
	UserID string     `json:"user"`
	Day    civil.Date `json:"day"`
}

// Kind implements river.JobArgs.
func (UserDigestArgs) Kind() string { return "notify.user_digest" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (UserDigestArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// DigestsArgs is the job that mails the digests of a day to a batch of
// users, in the bulk queue (jobs.QueueBulk).
type DigestsArgs struct {
	UserIDs []string   `json:"users"`
	Day     civil.Date `json:"day"`
}

// Kind implements river.JobArgs.
func (DigestsArgs) Kind() string { return "notify.digests" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (DigestsArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: jobs.QueueBulk, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

type digestWorker struct {
	river.WorkerDefaults[DigestArgs]
	s *Service
}

func (w *digestWorker) Work(ctx context.Context, job *river.Job[DigestArgs]) error {
	_, err := w.s.QueueDigests(authz.WithSystem(ctx), job.Args.Day)
	return err
}

type userDigestWorker struct {
	river.WorkerDefaults[UserDigestArgs]
	s *Service
}

func (w *userDigestWorker) Work(ctx context.Context, job *river.Job[UserDigestArgs]) error {
	return w.s.SendDigest(authz.WithSystem(ctx), pulid.ID(job.Args.UserID), job.Args.Day)
}

type digestsWorker struct {
	river.WorkerDefaults[DigestsArgs]
	s *Service
}

// Work mails each user's digest; a user whose mail fails does not stop the
// others: the job fails with their errors and its retry sends only what is
// still unmailed.
func (w *digestsWorker) Work(ctx context.Context, job *river.Job[DigestsArgs]) error {
	ids := make([]pulid.ID, len(job.Args.UserIDs))
	for i, u := range job.Args.UserIDs {
		ids[i] = pulid.ID(u)
	}
	return w.s.sendDigests(authz.WithSystem(ctx), ids, job.Args.Day)
}

// digestBatch is how many users' digests one job mails.
const digestBatch = 100

// QueueDigests queues the digests of every user with notifications not yet
// mailed, digestBatch users per job, all in one statement; it returns how
// many users.
func (s *Service) QueueDigests(ctx context.Context, day civil.Date) (int, error) {
	if s.mail == nil || !s.mail.Enabled() || s.queue == nil {
		return 0, nil
	}
	var users []pulid.ID
	err := s.Root().Notification.Query().Where(notification.MailedAtIsNil()).
		Unique(true).Order(gen.Asc(notification.FieldUserID)).Select(notification.FieldUserID).Scan(ctx, &users)
	if err != nil {
		return 0, err
	}
	params := make([]river.InsertManyParams, 0, (len(users)+digestBatch-1)/digestBatch)
	for start := 0; start < len(users); start += digestBatch {
		batch := users[start:min(start+digestBatch, len(users))]
		ids := make([]string, len(batch))
		for i, u := range batch {
			ids[i] = string(u)
		}
		params = append(params, river.InsertManyParams{Args: DigestsArgs{UserIDs: ids, Day: day}})
	}
	if _, err := s.queue.InsertMany(ctx, params); err != nil {
		return 0, err
	}
	return len(users), nil
}

// SendDigest mails a user, in one message, the notifications not yet
// mailed that they want daily; nothing when there are none.
func (s *Service) SendDigest(ctx context.Context, userID pulid.ID, day civil.Date) error {
	return s.sendDigests(ctx, []pulid.ID{userID}, day)
}

// sendDigests mails each of users their digest of day: their notifications,
// users and preferences read together (three statements), then each
// digest claimed and sent. A user whose mail fails does not stop the
// others: the errors are returned together.
func (s *Service) sendDigests(ctx context.Context, users []pulid.ID, day civil.Date) error {
	if s.mail == nil || !s.mail.Enabled() || len(users) == 0 {
		return nil
	}
	end := day.AddDays(1).In(civil.Rome)
	ns, err := s.Root().Notification.Query().
		Where(notification.UserIDIn(users...), notification.MailedAtIsNil(), notification.CreatedAtLT(end)).
		Order(gen.Asc(notification.FieldCreatedAt), gen.Asc(notification.FieldID)).All(ctx)
	if err != nil || len(ns) == 0 {
		return err
	}
	active, prefs, err := s.usersAndPrefs(ctx, ns)
	if err != nil {
		return err
	}
	daily := map[pulid.ID][]*gen.Notification{}
	for _, n := range ns {
		if active[n.UserID] != nil && deliveryOf(prefs, string(n.UserID), n.Kind) == notifykind.Daily {
			daily[n.UserID] = append(daily[n.UserID], n)
		}
	}
	var errs []error
	for _, id := range users {
		if len(daily[id]) == 0 {
			continue
		}
		if err := ctx.Err(); err != nil {
			return errors.Join(append(errs, err)...)
		}
		u := active[id]
		if err := s.claimAndSend(ctx, daily[id], func(ns []*gen.Notification) error { return s.mail.Digest(ctx, u, day, ns) }); err != nil {
			errs = append(errs, fmt.Errorf("digest of %s: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

// DailyAt is the schedule of a job that runs every day at a time of day in
// Europe/Rome.
type DailyAt struct{ Hour, Minute int }

// Next implements river.PeriodicSchedule.
func (d DailyAt) Next(t time.Time) time.Time {
	r := t.In(civil.Rome)
	next := time.Date(r.Year(), r.Month(), r.Day(), d.Hour, d.Minute, 0, 0, civil.Rome)
	if !next.After(r) {
		next = time.Date(r.Year(), r.Month(), r.Day()+1, d.Hour, d.Minute, 0, 0, civil.Rome)
	}
	return next
}
