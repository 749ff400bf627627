// Package mail sends Capofila's e-mail: the configuration of the SMTP
// server (Config), a Sender that delivers a batch of messages over one
// connection (go-mail), and the Italian templates of the messages
// (Immediate, Digest) with a plain-text part and an HTML alternative.
//
// Who sends what, and when, is decided elsewhere (the notification jobs);
// whether a user wants e-mail at all is internal/notifypref.
package mail

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Security is how the connection to the SMTP server is protected.
type Security string

// The securities.
const (
	// None is plain SMTP: only for a server on the same host (a local
	// relay, Mailpit).
	None Security = "none"
	// StartTLS upgrades the connection with STARTTLS and refuses to go on
	// without it (port 587, the default).
	StartTLS Security = "starttls"
	// TLS opens the connection in TLS (port 465).
	TLS Security = "tls"
)

// Config is where and how e-mail is sent. The zero value sends nothing.
type Config struct {
	// Host is the SMTP server; empty: e-mail is off.
	Host string
	// Port of the SMTP server (587 when zero).
	Port int
	// Security of the connection (starttls when empty).
	Security Security
	// User and Password authenticate to the server when User is set. The
	// password comes from the environment only ($CAPOFILA_SMTP_PASSWORD).
	User     string
	Password string
	// From is the sender, e.g. "Capofila <noreply@regione.example.it>".
	From string
	// BaseURL is the public URL of the web app, for the links in messages.
	BaseURL string
	// RootCAs are the certificate authorities trusted for the server's
	// certificate; nil: the system's (tests set a test server's).
	RootCAs *x509.CertPool
	// Timeout bounds connecting and each command (30 s when zero).
	Timeout time.Duration
}

// Enabled reports whether e-mail is sent at all: false when no host is
// set, and then nothing is ever sent.
func (c Config) Enabled() bool { return c.Host != "" }

// port is the configured port or the default.
func (c Config) port() int {
	if c.Port == 0 {
		return 587
	}
	return c.Port
}

// security is the configured security or the default.
func (c Config) security() Security {
	if c.Security == "" {
		return StartTLS
	}
	return c.Security
}

// Validate checks an enabled configuration; the message of its error is
// in Italian and English, for the operator starting the server.
func (c Config) Validate() error {
	if !c.Enabled() {
		return nil
	}
	bad := func(it, en string, args ...any) error {
		return fmt.Errorf("e-mail: "+it+"\ne-mail: "+en, append(args, args...)...)
	}
	switch c.security() {
	case StartTLS, TLS:
	case None:
		if !isLocal(c.Host) {
			return bad("--smtp-security none (senza cifratura) è ammesso solo per un server locale (localhost, 127.0.0.1, ::1), non %q: usare starttls o tls",
				"--smtp-security none (no encryption) is allowed only for a local server (localhost, 127.0.0.1, ::1), not %q: use starttls or tls", c.Host)
		}
	default:
		return bad("--smtp-security %q non valido: none, starttls o tls", "--smtp-security %q is not valid: none, starttls or tls", string(c.Security))
	}
	if p := c.port(); p < 1 || p > 65535 {
		return bad("--smtp-port %d non valido", "--smtp-port %d is not valid", p)
	}
	if c.From == "" {
		return bad("--mail-from è obbligatorio quando --smtp-host è impostato (es. \"Capofila <noreply@ente.it>\")",
			"--mail-from is required when --smtp-host is set (e.g. \"Capofila <noreply@ente.it>\")")
	}
	if _, err := mail.ParseAddress(c.From); err != nil {
		return bad("--mail-from %q non è un indirizzo e-mail valido", "--mail-from %q is not a valid e-mail address", c.From)
	}
	if c.User == "" && c.Password != "" {
		return bad("CAPOFILA_SMTP_PASSWORD è impostata ma --smtp-user no", "CAPOFILA_SMTP_PASSWORD is set but --smtp-user is not")
	}
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return bad("--public-url è obbligatorio quando --smtp-host è impostato: l'indirizzo pubblico dell'app (es. https://capofila.regione.it), per i link nei messaggi",
			"--public-url is required when --smtp-host is set: the app's public address (e.g. https://capofila.regione.it), for the links in messages")
	}
	return nil
}

// isLocal reports whether host is the local machine.
func isLocal(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Message is one e-mail to one recipient.
type Message struct {
	To, ToName string
	Subject    string
	// Text is the plain-text body; HTML, if set, its alternative.
	Text, HTML string
	// Unsubscribe is the URL that stops the recipient's e-mail: sent as
	// List-Unsubscribe with List-Unsubscribe-Post (RFC 8058 one-click).
	Unsubscribe string
}

// Sender sends messages.
type Sender interface {
	// Send delivers msgs over one SMTP connection. It returns an error if
	// the connection or authentication fails (nothing was sent) or if some
	// messages were refused (the others were sent).
	Send(ctx context.Context, msgs ...Message) error
}

// NewSender returns the sender of cfg: over SMTP when cfg is enabled,
// else one that sends nothing. It returns an error for an invalid cfg.
func NewSender(cfg Config) (Sender, error) {
	if !cfg.Enabled() {
		return disabled{}, nil
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &smtpSender{cfg: cfg}, nil
}

// disabled is the sender of a configuration without a host.
type disabled struct{}

func (disabled) Send(context.Context, ...Message) error { return nil }

// smtpSender sends through go-mail.
type smtpSender struct{ cfg Config }

func (s *smtpSender) Send(ctx context.Context, msgs ...Message) error {
	if len(msgs) == 0 {
		return nil
	}
	out := make([]*gomail.Msg, 0, len(msgs))
	for _, m := range msgs {
		gm, err := s.build(m)
		if err != nil {
			return err
		}
		out = append(out, gm)
	}
	c, err := s.client()
	if err != nil {
		return err
	}
	if err := c.DialAndSendWithContext(ctx, out...); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	return nil
}

// client builds the go-mail client of the configuration.
func (s *smtpSender) client() (*gomail.Client, error) {
	cfg := s.cfg
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	opts := []gomail.Option{gomail.WithPort(cfg.port()), gomail.WithTimeout(timeout)}
	switch cfg.security() {
	case TLS:
		opts = append(opts, gomail.WithSSL())
	case StartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case None:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if cfg.RootCAs != nil {
		opts = append(opts, gomail.WithTLSConfig(newTLSConfig(cfg)))
	}
	if cfg.User != "" {
		auth := gomail.SMTPAuthAutoDiscover
		if cfg.security() == None {
			// Autodiscovery never sends a password in clear; None is for
			// a server on this host only (Validate), where it may.
			auth = gomail.SMTPAuthPlainNoEnc
		}
		opts = append(opts, gomail.WithSMTPAuth(auth),
			gomail.WithUsername(cfg.User), gomail.WithPassword(cfg.Password))
	}
	c, err := gomail.NewClient(cfg.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("mail: %w", err)
	}
	return c, nil
}

// build turns a Message into a go-mail message.
func (s *smtpSender) build(m Message) (*gomail.Msg, error) {
	if m.To == "" || m.Subject == "" || m.Text == "" {
		return nil, errors.New("mail: a message needs a recipient, a subject and a text")
	}
	gm := gomail.NewMsg()
	if err := gm.From(s.cfg.From); err != nil {
		return nil, fmt.Errorf("mail: sender: %w", err)
	}
	if err := gm.AddToFormat(m.ToName, m.To); err != nil {
		return nil, fmt.Errorf("mail: recipient %q: %w", m.To, err)
	}
	gm.Subject(m.Subject)
	gm.SetMessageID()
	gm.SetDate()
	gm.SetGenHeader("Auto-Submitted", "auto-generated")
	gm.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		gm.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	if m.Unsubscribe != "" {
		gm.SetGenHeaderPreformatted("List-Unsubscribe", "<"+m.Unsubscribe+">")
		gm.SetGenHeaderPreformatted("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
	}
	return gm, nil
}

// Absolute makes an SPA path ("/progetti/…") absolute with the base URL.
func (c Config) Absolute(path string) string {
	if path == "" {
		return strings.TrimRight(c.BaseURL, "/") + "/"
	}
	if u, err := url.Parse(path); err == nil && u.IsAbs() {
		return path
	}
	return strings.TrimRight(c.BaseURL, "/") + "/" + strings.TrimLeft(path, "/")
}
