// Package calendar publishes each user's deadlines as an iCalendar feed
// (RFC 5545) that Outlook, Thunderbird or Google Calendar subscribe to:
// the feed's address carries a random secret (CalendarFeed keeps only its
// SHA-256), it can be revoked, and it lists only what its user may read,
// because the events are read as that user.
package calendar

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/civil"
)

// Event is one all-day entry of a feed: a deadline.
type Event struct {
	// UID identifies the deadline for good (the same deadline keeps it
	// across reads, so calendars update the event instead of duplicating
	// it); the feed writes it as "<UID>@<host of the public URL>".
	UID string
	// Summary is the event's title, in Italian.
	Summary string
	// Description is the longer text; may be empty.
	Description string
	// Day is the due date: the event lasts that whole day.
	Day civil.Date
	// URL is where the user acts on it: a path of the web app (resolved
	// against the public URL) or an absolute URL; may be empty.
	URL string
	// Categories are written as CATEGORIES (e.g. the kind of deadline).
	Categories []string
	// AlarmsDaysBefore are the reminders, in days before Day (0: the
	// day itself); each becomes a VALARM.
	AlarmsDaysBefore []int
}

// Source lists the events of a feed. It is called with a context whose
// viewer (authz.FromContext) is the feed's owner, so it lists only what
// that user may read.
type Source func(ctx context.Context) ([]Event, error)

// Calendar is a whole feed as written by Write.
type Calendar struct {
	// Name is the calendar's display name (X-WR-CALNAME).
	Name string
	// Base is the public URL of the app: relative event URLs are resolved
	// against it, and its host completes the UIDs.
	Base *url.URL
	// Stamp is when the feed was produced (DTSTAMP of every event).
	Stamp time.Time
	// Events are written in order.
	Events []Event
}

// ProdID is the PRODID of the feeds.
const ProdID = "-//Capofila//Scadenze//IT"

// Write encodes cal as an iCalendar stream (RFC 5545): CRLF line ends,
// lines folded at 75 octets without splitting a UTF-8 sequence, TEXT
// values escaped. Events are all-day (DTSTART;VALUE=DATE, DTEND the next
// day) and transparent (they do not make the user look busy).
func Write(w io.Writer, cal Calendar) error {
	e := &encoder{}
	e.line("BEGIN", "VCALENDAR")
	e.line("VERSION", "2.0")
	e.line("PRODID", ProdID)
	e.line("CALSCALE", "GREGORIAN")
	e.line("METHOD", "PUBLISH")
	e.line("X-WR-CALNAME", escapeText(cal.Name))
	e.line("X-WR-TIMEZONE", "Europe/Rome")
	e.line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
	e.line("X-PUBLISHED-TTL", "PT1H")
	host := "capofila"
	if cal.Base != nil && cal.Base.Hostname() != "" {
		host = cal.Base.Hostname()
	}
	stamp := cal.Stamp.UTC().Format("20060102T150405Z")
	for _, ev := range cal.Events {
		if !ev.Day.Valid() {
			return fmt.Errorf("calendar: event %q has no valid day", ev.UID)
		}
		e.line("BEGIN", "VEVENT")
		e.line("UID", escapeText(ev.UID+"@"+host))
		e.line("DTSTAMP", stamp)
		e.line("DTSTART;VALUE=DATE", dateValue(ev.Day))
		e.line("DTEND;VALUE=DATE", dateValue(ev.Day.AddDays(1)))
		e.line("SUMMARY", escapeText(ev.Summary))
		if ev.Description != "" {
			e.line("DESCRIPTION", escapeText(ev.Description))
		}
		if u := resolve(cal.Base, ev.URL); u != "" {
			e.line("URL", u)
		}
		if len(ev.Categories) > 0 {
			parts := make([]string, len(ev.Categories))
			for i, c := range ev.Categories {
				parts[i] = escapeText(c)
			}
			e.line("CATEGORIES", strings.Join(parts, ","))
		}
		e.line("TRANSP", "TRANSPARENT")
		e.line("CLASS", "PRIVATE")
		days := slices.Clone(ev.AlarmsDaysBefore)
		slices.Sort(days)
		for _, d := range slices.Compact(days) {
			if d < 0 {
				continue
			}
			e.line("BEGIN", "VALARM")
			e.line("ACTION", "DISPLAY")
			e.line("DESCRIPTION", escapeText(ev.Summary))
			e.line("TRIGGER;RELATED=START", fmt.Sprintf("-P%dD", d))
			e.line("END", "VALARM")
		}
		e.line("END", "VEVENT")
	}
	e.line("END", "VCALENDAR")
	_, err := w.Write(e.buf.Bytes())
	return err
}

// encoder writes content lines, folded.
type encoder struct{ buf bytes.Buffer }

// maxOctets is the longest a content line may be, CRLF excluded.
const maxOctets = 75

// line writes "name:value" folded at 75 octets: each continuation line
// starts with a space, which counts in its 75, and a UTF-8 sequence is
// never split (RFC 5545 §3.1).
func (e *encoder) line(name, value string) {
	s := name + ":" + value
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		e.buf.WriteString(s[:cut])
		e.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1
	}
	e.buf.WriteString(s)
	e.buf.WriteString("\r\n")
}

// escapeText escapes a TEXT value (RFC 5545 §3.3.11): backslash,
// semicolon, comma and newlines; other control characters are dropped.
func escapeText(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == ';':
			b.WriteString(`\;`)
		case r == ',':
			b.WriteString(`\,`)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(' ')
		case r < 0x20 || r == 0x7f:
			// Not allowed in a content line.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func dateValue(d civil.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day)
}

// resolve makes ref absolute against base; "" when ref is empty or not a
// usable http(s) URL.
func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != nil {
		// A path of the web app, under the public URL's own path.
		u, err = url.Parse(strings.TrimSuffix(base.String(), "/") + "/" + strings.TrimPrefix(ref, "/"))
		if err != nil {
			return ""
		}
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
