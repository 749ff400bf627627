package mail_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/mail"
	"github.com/capofila/capofila/internal/mail/mailtest"
)

func batch(n int) []mail.Message {
	var out []mail.Message
	for i := range n {
		out = append(out, mail.Message{To: fmt.Sprintf("utente%d@comune.test", i), ToName: "Maria Rossi",
			Subject: "Prova è", Text: "Testo", HTML: "<p>Testo</p>", Unsubscribe: "https://capofila.test/mail/unsubscribe?t=x"})
	}
	return out
}

func TestSend_BatchOverOneConnection(t *testing.T) {
	for _, sec := range []mail.Security{mail.StartTLS, mail.TLS, mail.None} {
		t.Run(string(sec), func(t *testing.T) {
			srv := mailtest.Start(t, mailtest.Options{Security: sec, User: "capofila", Password: "segreto"})
			s, err := mail.NewSender(srv.Config("", ""))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Send(context.Background(), batch(3)...); err != nil {
				t.Fatal(err)
			}
			got := srv.Messages()
			if len(got) != 3 || srv.Connections() != 1 {
				t.Fatalf("%d messages over %d connections, want 3 over 1", len(got), srv.Connections())
			}
			for i, m := range got {
				if m.TLS != (sec != mail.None) {
					t.Errorf("message %d: TLS = %v", i, m.TLS)
				}
				if m.From != "noreply@capofila.test" || len(m.To) != 1 || m.To[0] != fmt.Sprintf("utente%d@comune.test", i) {
					t.Errorf("message %d: envelope %s → %v", i, m.From, m.To)
				}
				if m.Text != "Testo" || m.HTML != "<p>Testo</p>" {
					t.Errorf("message %d: parts %q %q", i, m.Text, m.HTML)
				}
			}
		})
	}
}

func TestSend_WrongPasswordIsAnError(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Security: mail.StartTLS, User: "capofila", Password: "segreto"})
	s, err := mail.NewSender(srv.Config("capofila", "sbagliata"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), batch(1)...); err == nil {
		t.Fatal("sent with a wrong password")
	}
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("%d messages received", n)
	}
}

func TestSend_StartTLSRefusedWithoutIt(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Security: mail.None})
	cfg := srv.Config("", "")
	cfg.Security = mail.StartTLS
	s, err := mail.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), batch(1)...); err == nil {
		t.Fatal("sent in clear text to a server without STARTTLS")
	}
}

func TestSend_DisabledSendsNothing(t *testing.T) {
	cfg := mail.Config{}
	if cfg.Enabled() {
		t.Fatal("a configuration without host is enabled")
	}
	s, err := mail.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), batch(2)...); err != nil {
		t.Fatal(err)
	}
}

func TestConfig_Validate(t *testing.T) {
	ok := mail.Config{Host: "smtp.regione.test", From: "Capofila <noreply@regione.test>", BaseURL: "https://capofila.regione.test"}
	cases := map[string]func(c *mail.Config){
		"OK":                     func(*mail.Config) {},
		"OK none on localhost":   func(c *mail.Config) { c.Host, c.Security = "localhost", mail.None },
		"OK none on 127.0.0.1":   func(c *mail.Config) { c.Host, c.Security = "127.0.0.1", mail.None },
		"ErrNoneRemote":          func(c *mail.Config) { c.Security = mail.None },
		"ErrSecurity":            func(c *mail.Config) { c.Security = "ssl" },
		"ErrNoFrom":              func(c *mail.Config) { c.From = "" },
		"ErrFrom":                func(c *mail.Config) { c.From = "noreply" },
		"ErrNoPublicURL":         func(c *mail.Config) { c.BaseURL = "" },
		"ErrPort":                func(c *mail.Config) { c.Port = 70000 },
		"ErrPasswordWithoutUser": func(c *mail.Config) { c.Password = "x" },
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			c := ok
			change(&c)
			err := c.Validate()
			if strings.HasPrefix(name, "OK") != (err == nil) {
				t.Fatalf("Validate() = %v", err)
			}
			if err != nil && !strings.Contains(err.Error(), "\ne-mail: ") {
				t.Errorf("the message is not in Italian and English: %v", err)
			}
		})
	}
}

var cfg = mail.Config{BaseURL: "https://capofila.regione.test/", From: "noreply@regione.test"}

func TestImmediate_BothPartsEscapedAndAbsolute(t *testing.T) {
	when := time.Date(2026, 12, 7, 13, 5, 0, 0, time.UTC)
	m := mail.Immediate(cfg, mail.Recipient{Email: "m.rossi@comune.test", Name: "Maria <Rossi>"},
		mail.Item{Title: "Domanda \"A & B\" <ammessa>", Body: "La Regione ha deciso.", Path: "/domande/AP123", When: when},
		"https://capofila.regione.test/mail/unsubscribe?t=abc")
	if m.Subject != `Capofila – Domanda "A & B" <ammessa>` || m.To != "m.rossi@comune.test" {
		t.Errorf("subject %q to %q", m.Subject, m.To)
	}
	for _, want := range []string{"Gentile Maria <Rossi>,", `Domanda "A & B" <ammessa>`, "https://capofila.regione.test/domande/AP123",
		"7 dicembre 2026, 14:05", "https://capofila.regione.test/impostazioni/notifiche", "https://capofila.regione.test/mail/unsubscribe?t=abc"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	for _, want := range []string{"Gentile Maria &lt;Rossi&gt;,", "Domanda &#34;A &amp; B&#34; &lt;ammessa&gt;", `href="https://capofila.regione.test/domande/AP123"`,
		"7 dicembre 2026, 14:05", `lang="it"`} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, m.HTML)
		}
	}
	if strings.Contains(m.HTML, "<ammessa>") || strings.Contains(m.HTML, "<Rossi>") {
		t.Error("HTML not escaped")
	}
	if m.Unsubscribe == "" {
		t.Error("no unsubscribe URL")
	}
}

func TestDigest_SubjectSectionsAndDates(t *testing.T) {
	day := civil.MustParse("2026-12-07")
	items := []mail.Item{{Title: "Rendiconto da correggere", Path: "/rendiconti/1"}, {Title: "Erogazione pagata", Path: "progetti/2"},
		{Title: "Controllo completato", Path: "/rendiconti/3"}}
	deadlines := []mail.DeadlineItem{
		{Title: "Consegna del prodotto D1", DueOn: civil.MustParse("2026-12-01"), DaysLeft: -6, Path: "/progetti/P1"},
		{Title: "Rendiconto intermedio", DueOn: civil.MustParse("2027-03-01"), DaysLeft: 84, Path: "/progetti/P1"},
		{Title: "Milestone M2", DueOn: civil.MustParse("2026-12-08"), DaysLeft: 1, Path: "/progetti/P2"},
	}
	m := mail.Digest(cfg, mail.Recipient{Email: "m.rossi@comune.test"}, day, items, deadlines, "https://capofila.regione.test/mail/unsubscribe?t=abc")
	if want := "Capofila – riepilogo del 7 dicembre 2026: 3 notifiche, 2 scadenze"; m.Subject != want {
		t.Errorf("subject %q, want %q", m.Subject, want)
	}
	for _, want := range []string{"Gentile m.rossi@comune.test,", "SCADENZE SUPERATE (1)", "Consegna del prodotto D1: 1° dicembre 2026, scaduta da 6 giorni",
		"Milestone M2: 8 dicembre 2026, scade domani", "https://capofila.regione.test/progetti/2", "https://capofila.regione.test/rendiconti/1"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	if strings.Contains(m.Text, "Rendiconto intermedio") || strings.Contains(m.HTML, "Rendiconto intermedio") {
		t.Error("a deadline beyond 14 days is listed")
	}
	for _, want := range []string{"Scadenze superate (1)", "Prossime scadenze, entro 14 giorni (1)", `href="https://capofila.regione.test/progetti/P2"`} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	one := mail.Digest(cfg, mail.Recipient{Email: "x@y.test"}, day, items[:1], nil, "")
	if want := "Capofila – riepilogo del 7 dicembre 2026: 1 notifica, nessuna scadenza"; one.Subject != want {
		t.Errorf("subject %q, want %q", one.Subject, want)
	}
}

func TestSend_TemplatesArriveWithHeaders(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{Security: mail.StartTLS})
	c := srv.Config("", "")
	s, err := mail.NewSender(c)
	if err != nil {
		t.Fatal(err)
	}
	day := civil.MustParse("2026-12-07")
	unsub := "https://capofila.test/mail/unsubscribe?t=abc"
	msgs := []mail.Message{
		mail.Immediate(c, mail.Recipient{Email: "a@comune.test", Name: "Anna Bianchi"}, mail.Item{Title: "Erogazione pagata: 1.234,56 €", Path: "/progetti/P1"}, unsub),
		mail.Digest(c, mail.Recipient{Email: "b@comune.test"}, day, []mail.Item{{Title: "Prodotto non approvato"}}, nil, unsub),
	}
	if err := s.Send(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	got := srv.Wait(t, 2, 5*time.Second)
	if len(got) != 2 || len(srv.To("B@comune.test")) != 1 {
		t.Fatalf("%d messages", len(got))
	}
	for i, m := range got {
		if h := m.Header.Get("List-Unsubscribe"); h != "<"+unsub+">" {
			t.Errorf("message %d: List-Unsubscribe %q", i, h)
		}
		if h := m.Header.Get("List-Unsubscribe-Post"); h != "List-Unsubscribe=One-Click" {
			t.Errorf("message %d: List-Unsubscribe-Post %q", i, h)
		}
		if m.Text == "" || m.HTML == "" {
			t.Errorf("message %d: a part is missing", i)
		}
		if !strings.Contains(m.Text, "https://capofila.test/") {
			t.Errorf("message %d: no absolute link", i)
		}
	}
	if !strings.Contains(got[0].Text, "Erogazione pagata: 1.234,56 €") {
		t.Errorf("text: %s", got[0].Text)
	}
	subj, err := new(mimeDecoder).DecodeHeader(got[1].Header.Get("Subject"))
	if err != nil || subj != "Capofila – riepilogo del 7 dicembre 2026: 1 notifica, nessuna scadenza" {
		t.Errorf("subject %q (%v)", subj, err)
	}
}
