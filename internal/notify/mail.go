package notify

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/mail"
	"github.com/capofila/capofila/internal/notifykind"
)

// Links give each user's unsubscribe link (internal/notifypref).
type Links interface {
	UnsubscribeURL(ctx context.Context, userID string) (string, error)
}

// Mail is the Mailer over an SMTP sender (internal/mail): the message of
// one notification, or a user's digest of a day, with the user's
// unsubscribe link.
type Mail struct {
	Sender mail.Sender
	Config mail.Config
	Links  Links
}

var _ Mailer = Mail{}

// Enabled implements Mailer.
func (m Mail) Enabled() bool { return m.Sender != nil && m.Config.Enabled() }

// Immediate implements Mailer.
func (m Mail) Immediate(ctx context.Context, to *gen.User, n *gen.Notification) error {
	link, err := m.Links.UnsubscribeURL(ctx, string(to.ID))
	if err != nil {
		return err
	}
	return m.Sender.Send(ctx, mail.Immediate(m.Config, recipient(to), itemOf(n), link))
}

// Digest implements Mailer: the reminders among ns are listed as the
// user's deadlines, the rest as what happened.
func (m Mail) Digest(ctx context.Context, to *gen.User, day civil.Date, ns []*gen.Notification) error {
	link, err := m.Links.UnsubscribeURL(ctx, string(to.ID))
	if err != nil {
		return err
	}
	var items []mail.Item
	var upcoming []mail.DeadlineItem
	for _, n := range ns {
		if n.Kind == notifykind.DeadlineReminder && n.DueOn != nil {
			title := n.Title
			if n.Body != "" {
				title = n.Body // the deadline itself; the title says how far it is
			}
			upcoming = append(upcoming, mail.DeadlineItem{Title: title, DueOn: *n.DueOn, DaysLeft: day.DaysUntil(*n.DueOn), Path: n.Path})
			continue
		}
		items = append(items, itemOf(n))
	}
	return m.Sender.Send(ctx, mail.Digest(m.Config, recipient(to), day, items, upcoming, link))
}

func recipient(u *gen.User) mail.Recipient {
	return mail.Recipient{Email: u.Email, Name: u.DisplayName}
}

func itemOf(n *gen.Notification) mail.Item {
	return mail.Item{Title: n.Title, Body: n.Body, Path: n.Path, When: n.CreatedAt}
}
