package notify

import (
	"github.com/riverqueue/river"

	"github.com/capofila/capofila/internal/civil"
)

// The times of the daily jobs, in Europe/Rome: reminders first, then the
// digest that carries them.
var (
	remindAt = DailyAt{Hour: 7, Minute: 0}
	digestAt = DailyAt{Hour: 7, Minute: 30}
)

// Register adds the service's jobs to w.
func (s *Service) Register(w *river.Workers) {
	river.AddWorker(w, &deliverWorker{s: s})
	river.AddWorker(w, &remindersWorker{s: s})
	river.AddWorker(w, &digestWorker{s: s})
	river.AddWorker(w, &userDigestWorker{s: s})
	river.AddWorker(w, &digestsWorker{s: s})
}

// Periodic returns the daily jobs the queue's leader inserts: the day's
// reminders at 7:00 (and at start, when a server starts later in the day)
// and the digests at 7:30 (at start only when that time has passed, so
// that the digest carries the day's reminders). Each is unique by its day.
func (s *Service) Periodic() []*river.PeriodicJob {
	return []*river.PeriodicJob{
		river.NewPeriodicJob(remindAt, func() (river.JobArgs, *river.InsertOpts) {
			return RemindersArgs{Day: s.Today()}, nil
		}, &river.PeriodicJobOpts{ID: "notify.reminders", RunOnStart: true}),
		river.NewPeriodicJob(digestAt, func() (river.JobArgs, *river.InsertOpts) {
			if s.beforeToday(digestAt) {
				return nil, nil
			}
			return DigestArgs{Day: s.Today()}, nil
		}, &river.PeriodicJobOpts{ID: "notify.digest", RunOnStart: true}),
	}
}

// beforeToday tells whether the clock is before at's time today.
func (s *Service) beforeToday(at DailyAt) bool {
	now := s.Now().In(civil.Rome)
	return now.Hour()*60+now.Minute() < at.Hour*60+at.Minute-1
}
