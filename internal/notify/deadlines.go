package notify

import (
	"context"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/deadlines"
	"github.com/capofila/capofila/internal/events"
)

// DeadlineReminders are the Deadlines of internal/deadlines: every open
// deadline of the installation, and the reminder stage each is in.
type DeadlineReminders struct{ S *deadlines.Service }

var _ Deadlines = DeadlineReminders{}

// RemindersOn implements Deadlines.
func (r DeadlineReminders) RemindersOn(ctx context.Context, day civil.Date) ([]Reminder, error) {
	ds, err := r.S.All(ctx, deadlines.Filter{})
	if err != nil {
		return nil, err
	}
	var out []Reminder
	for _, d := range ds {
		stage, ok := deadlines.ReminderOn(d, day)
		if !ok {
			continue
		}
		out = append(out, Reminder{
			Key: d.Key, Stage: string(stage), Title: d.Title, Path: d.Path,
			SubjectType: d.SubjectType, SubjectID: d.SubjectID, DueOn: d.DueOn,
			To: events.Audience{Role: d.Actor.Role, RegionBodyID: d.Actor.RegionBodyID, AggregationID: d.Actor.AggregationID, BodyID: d.Actor.BodyID},
		})
	}
	return out, nil
}
