package mail

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/capofila/capofila/internal/civil"
)

//go:embed templates
var templateFS embed.FS

// The templates: a layout (greeting, footer with the links to the
// preferences and to unsubscribe) around each message's body, in text and
// in HTML (html/template escapes what users wrote).
var (
	textTemplates = map[string]*texttemplate.Template{
		"immediate": texttemplate.Must(texttemplate.ParseFS(templateFS, "templates/layout.txt", "templates/immediate.txt")),
		"digest":    texttemplate.Must(texttemplate.ParseFS(templateFS, "templates/layout.txt", "templates/digest.txt")),
	}
	htmlTemplates = map[string]*htmltemplate.Template{
		"immediate": htmltemplate.Must(htmltemplate.ParseFS(templateFS, "templates/layout.html", "templates/immediate.html")),
		"digest":    htmltemplate.Must(htmltemplate.ParseFS(templateFS, "templates/layout.html", "templates/digest.html")),
	}
)

// SettingsPath is the page of the web app where users choose their e-mail.
const SettingsPath = "/impostazioni/notifiche"

// Recipient is who a message is for.
type Recipient struct {
	Email, Name string
}

// Item is one notification as a message shows it.
type Item struct {
	// Title is one line ("La domanda … è stata ammessa"); Body, optional,
	// says more.
	Title, Body string
	// Path is the page of the web app it is about ("/progetti/…"), made
	// absolute with Config.BaseURL.
	Path string
	// When it happened; zero: not shown.
	When time.Time
}

// DeadlineItem is a deadline as the digest shows it.
type DeadlineItem struct {
	Title string
	DueOn civil.Date
	// DaysLeft until DueOn: negative once missed, 0 on the day.
	DaysLeft int
	Path     string
}

// view is what the templates read.
type view struct {
	Subject, Name, Settings, Unsubscribe string
	Day                                  string
	Item                                 itemView
	Items                                []itemView
	Missed, Upcoming                     []deadlineView
}

type itemView struct{ Title, Body, Link, When string }

type deadlineView struct{ Title, Due, Left, Link string }

// Immediate is the message that tells one notification as it happens.
func Immediate(cfg Config, to Recipient, it Item, unsubscribeURL string) Message {
	v := newView(cfg, to, unsubscribeURL)
	v.Subject = "Capofila – " + oneLine(it.Title)
	v.Item = itemOf(cfg, it)
	return render(to, "immediate", v)
}

// Digest is the daily message of day: the notifications of the day before
// (items) and the deadlines missed or falling within 14 days (upcoming;
// later ones are left out), missed ones first.
func Digest(cfg Config, to Recipient, day civil.Date, items []Item, upcoming []DeadlineItem, unsubscribeURL string) Message {
	v := newView(cfg, to, unsubscribeURL)
	v.Day = LongDate(day)
	for _, it := range items {
		v.Items = append(v.Items, itemOf(cfg, it))
	}
	for _, d := range upcoming {
		dv := deadlineView{Title: oneLine(d.Title), Due: LongDate(d.DueOn), Left: daysLeft(d.DaysLeft), Link: cfg.Absolute(d.Path)}
		switch {
		case d.DaysLeft < 0:
			v.Missed = append(v.Missed, dv)
		case d.DaysLeft <= 14:
			v.Upcoming = append(v.Upcoming, dv)
		}
	}
	v.Subject = fmt.Sprintf("Capofila – riepilogo del %s: %s, %s", v.Day,
		count(len(v.Items), "notifica", "notifiche"), count(len(v.Missed)+len(v.Upcoming), "scadenza", "scadenze"))
	return render(to, "digest", v)
}

// newView starts the view of a message to to.
func newView(cfg Config, to Recipient, unsubscribeURL string) view {
	name := oneLine(to.Name)
	if name == "" {
		name = to.Email
	}
	return view{Name: name, Settings: cfg.Absolute(SettingsPath), Unsubscribe: unsubscribeURL}
}

// itemOf is the view of a notification.
func itemOf(cfg Config, it Item) itemView {
	iv := itemView{Title: oneLine(it.Title), Body: strings.TrimSpace(it.Body), Link: cfg.Absolute(it.Path)}
	if !it.When.IsZero() {
		iv.When = LongTime(it.When)
	}
	return iv
}

// render executes the text and HTML templates of name into a message.
// The templates are fixed and their data are strings: an error would be a
// bug of the templates, caught by the tests.
func render(to Recipient, name string, v view) Message {
	var text, html bytes.Buffer
	if err := textTemplates[name].ExecuteTemplate(&text, "layout", v); err != nil {
		panic(fmt.Sprintf("mail: template %s.txt: %v", name, err))
	}
	if err := htmlTemplates[name].ExecuteTemplate(&html, "layout", v); err != nil {
		panic(fmt.Sprintf("mail: template %s.html: %v", name, err))
	}
	return Message{To: to.Email, ToName: oneLine(to.Name), Subject: v.Subject,
		Text: tidy(text.String()), HTML: html.String(), Unsubscribe: v.Unsubscribe}
}

// count says n things in Italian: "nessuna notifica", "1 notifica",
// "3 notifiche".
func count(n int, one, many string) string {
	switch n {
	case 0:
		return "nessuna " + one
	case 1:
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// daysLeft says how far a deadline is.
func daysLeft(n int) string {
	switch {
	case n < -1:
		return fmt.Sprintf("scaduta da %d giorni", -n)
	case n == -1:
		return "scaduta ieri"
	case n == 0:
		return "scade oggi"
	case n == 1:
		return "scade domani"
	}
	return fmt.Sprintf("tra %d giorni", n)
}

var months = [...]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
	"luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}

// LongDate writes a date as Italian prose does: "7 dicembre 2026",
// "1° marzo 2027".
func LongDate(d civil.Date) string {
	day := fmt.Sprint(d.Day)
	if d.Day == 1 {
		day = "1°"
	}
	return fmt.Sprintf("%s %s %d", day, months[d.Month-1], d.Year)
}

// LongTime writes an instant in Rome's time: "7 dicembre 2026, 14:05".
func LongTime(t time.Time) string {
	t = t.In(civil.Rome)
	return fmt.Sprintf("%s, %s", LongDate(civil.Of(t)), t.Format("15:04"))
}

// oneLine folds a title into one line (a subject cannot hold a newline).
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// tidy drops the runs of blank lines the text templates leave.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" && blank {
			continue
		}
		blank = l == ""
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n")) + "\n"
}
