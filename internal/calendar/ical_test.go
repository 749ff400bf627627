package calendar_test

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/capofila/capofila/internal/calendar"
	"github.com/capofila/capofila/internal/civil"
)

// longTitle has accents, guillemets, commas, semicolons, a backslash and
// a newline, and is long enough to be folded several times.
const longTitle = "Rendicontazione «Transizione digitale dei Comuni dell'entroterra marchigiano», " +
	"lotto 2; verifica dell'attività svolta – perché è così: città, università, caffè \\ note\nseconda riga"

func testEvents() []calendar.Event {
	return []calendar.Event{
		{UID: "milestone-MS01", Summary: longTitle, Description: "Progetto J51B21000000001 – «Comuni in rete»; scadenza, ultima",
			Day: civil.New(2027, time.January, 31), URL: "/progetti/PR01/cronoprogramma",
			Categories: []string{"Scadenza", "Rendicontazione, finale"}, AlarmsDaysBefore: []int{7, 1, 7}},
		{UID: "deliverable-DV01", Summary: "Consegna del prodotto: piattaforma", Day: civil.New(2026, time.December, 31),
			URL: "https://altro.example.it/x"},
	}
}

func write(t *testing.T, cal calendar.Calendar) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := calendar.Write(&b, cal); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWrite_ParsesBack(t *testing.T) {
	base, _ := url.Parse("https://capofila.example.it/app")
	stamp := time.Date(2026, time.December, 7, 8, 30, 0, 0, time.FixedZone("CET", 3600))
	out := write(t, calendar.Calendar{Name: "Capofila – scadenze di Anna Rossi", Base: base, Stamp: stamp, Events: testEvents()})

	cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	for prop, want := range map[string]string{"VERSION": "2.0", "PRODID": calendar.ProdID, "CALSCALE": "GREGORIAN",
		"METHOD": "PUBLISH", "X-WR-CALNAME": "Capofila – scadenze di Anna Rossi", "X-WR-TIMEZONE": "Europe/Rome"} {
		if got, err := cal.Props.Text(prop); err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", prop, got, err, want)
		}
	}
	events := cal.Events()
	if len(events) != 2 {
		t.Fatalf("%d events, want 2", len(events))
	}
	type want struct {
		uid, summary, desc, url, start, end string
		cats                                []string
		triggers                            []string
	}
	wants := []want{
		{"milestone-MS01@capofila.example.it", longTitle, "Progetto J51B21000000001 – «Comuni in rete»; scadenza, ultima",
			"https://capofila.example.it/app/progetti/PR01/cronoprogramma", "20270131", "20270201",
			[]string{"Scadenza", "Rendicontazione, finale"}, []string{"-P1D", "-P7D"}},
		{"deliverable-DV01@capofila.example.it", "Consegna del prodotto: piattaforma", "", "https://altro.example.it/x",
			"20261231", "20270101", nil, nil},
	}
	for i, ev := range events {
		w := wants[i]
		text := func(name string) string {
			s, err := ev.Props.Text(name)
			if err != nil {
				t.Errorf("event %d %s: %v", i, name, err)
			}
			return s
		}
		if got := text("UID"); got != w.uid {
			t.Errorf("event %d UID %q, want %q", i, got, w.uid)
		}
		if got := text("SUMMARY"); got != strings.ReplaceAll(w.summary, "\r\n", "\n") {
			t.Errorf("event %d SUMMARY %q, want %q", i, got, w.summary)
		}
		if got := text("DESCRIPTION"); got != w.desc {
			t.Errorf("event %d DESCRIPTION %q, want %q", i, got, w.desc)
		}
		if u, err := ev.Props.URI("URL"); err != nil || u.String() != w.url {
			t.Errorf("event %d URL %v (%v), want %q", i, u, err, w.url)
		}
		for name, day := range map[string]string{"DTSTART": w.start, "DTEND": w.end} {
			p := ev.Props.Get(name)
			if p == nil || p.ValueType() != ical.ValueDate || p.Value != day {
				t.Errorf("event %d %s = %+v, want DATE %s", i, name, p, day)
			}
		}
		if got := ev.Props.Get("DTSTAMP"); got == nil || got.Value != "20261207T073000Z" {
			t.Errorf("event %d DTSTAMP %+v, want 20261207T073000Z (UTC)", i, got)
		}
		if got := text("TRANSP"); got != "TRANSPARENT" {
			t.Errorf("event %d TRANSP %q", i, got)
		}
		var cats []string
		if p := ev.Props.Get("CATEGORIES"); p != nil {
			cats, _ = p.TextList()
		}
		if strings.Join(cats, "|") != strings.Join(w.cats, "|") {
			t.Errorf("event %d CATEGORIES %q, want %q", i, cats, w.cats)
		}
		var triggers []string
		for _, a := range ev.Children {
			if a.Name != ical.CompAlarm {
				t.Errorf("event %d has a %s", i, a.Name)
				continue
			}
			tr := a.Props.Get("TRIGGER")
			if tr == nil || tr.Params.Get("RELATED") != "START" {
				t.Errorf("event %d alarm trigger %+v, want RELATED=START", i, tr)
				continue
			}
			if _, err := tr.Duration(); err != nil {
				t.Errorf("event %d trigger %q: %v", i, tr.Value, err)
			}
			if act, _ := a.Props.Text("ACTION"); act != "DISPLAY" {
				t.Errorf("event %d alarm ACTION %q", i, act)
			}
			triggers = append(triggers, tr.Value)
		}
		if strings.Join(triggers, "|") != strings.Join(w.triggers, "|") {
			t.Errorf("event %d triggers %q, want %q", i, triggers, w.triggers)
		}
	}
}

func TestWrite_FoldsAndEscapes(t *testing.T) {
	out := write(t, calendar.Calendar{Name: "Capofila – scadenze di Niccolò Bùssola", Stamp: time.Now(), Events: testEvents()})
	if !bytes.HasSuffix(out, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("does not end with END:VCALENDAR CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n")
	folded := 0
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i, l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded < 3 {
		t.Errorf("%d continuation lines, want the long title folded", folded)
	}
	unfolded := strings.ReplaceAll(string(out), "\r\n ", "")
	for _, want := range []string{
		`SUMMARY:Rendicontazione «Transizione digitale dei Comuni dell'entroterra marchigiano»\, lotto 2\; verifica`,
		`caffè \\ note\nseconda riga`,
		`CATEGORIES:Scadenza,Rendicontazione\, finale`,
		"DTSTART;VALUE=DATE:20270131\r\nDTEND;VALUE=DATE:20270201",
		"TRIGGER;RELATED=START:-P7D",
		"UID:milestone-MS01@capofila\r\n", // no public URL: a fixed host
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("missing %q in\n%s", want, unfolded)
		}
	}
}

func TestWrite_RefusesAnEventWithoutDay(t *testing.T) {
	var b bytes.Buffer
	if err := calendar.Write(&b, calendar.Calendar{Events: []calendar.Event{{UID: "x", Summary: "senza data"}}}); err == nil {
		t.Fatal("an event without a day was written")
	}
}
