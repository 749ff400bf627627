// Package mailtest is an SMTP server for tests (go-smtp), in process: it
// records every message it receives with its envelope, headers and parts,
// so that a test can assert what was sent. Use it with mail.Config from
// Server.Config.
package mailtest

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http/httptest"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	capmail "github.com/capofila/capofila/internal/mail"
)

// Options of a test server.
type Options struct {
	// Security is what the server offers: None (plain), StartTLS (plain,
	// then STARTTLS) or TLS (implicit). Default None.
	Security capmail.Security
	// User and Password, when set, are the only credentials accepted, and
	// authentication is required to send.
	User, Password string
}

// Received is one message the server accepted.
type Received struct {
	// Envelope.
	From string
	To   []string
	// Conn numbers the SMTP connection the message came in (1, 2, …).
	Conn int
	// TLS reports whether the connection was encrypted.
	TLS bool
	// Header is the parsed header of the message.
	Header mail.Header
	// Text and HTML are the decoded plain-text and HTML parts.
	Text, HTML string
	// Raw is the message as received.
	Raw []byte
}

// Server is a running test SMTP server.
type Server struct {
	// Addr is the host:port it listens on.
	Addr string
	opts Options
	srv  *smtp.Server
	pool *x509.CertPool

	mu    sync.Mutex
	msgs  []Received
	conns map[string]int // by client address: STARTTLS starts a new session on the same connection
}

// Start starts a server that stops at the end of the test.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	s := &Server{opts: opts, conns: map[string]int{}}
	s.srv = smtp.NewServer(s)
	s.srv.Domain = "localhost"
	s.srv.ReadTimeout, s.srv.WriteTimeout = 10*time.Second, 10*time.Second
	s.srv.AllowInsecureAuth = opts.Security == capmail.None || opts.Security == ""
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if opts.Security == capmail.StartTLS || opts.Security == capmail.TLS {
		s.srv.TLSConfig, s.pool = selfSigned()
	}
	if opts.Security == capmail.TLS {
		ln = tls.NewListener(ln, s.srv.TLSConfig)
	}
	s.Addr = ln.Addr().String()
	go func() { _ = s.srv.Serve(ln) }()
	t.Cleanup(func() { _ = s.srv.Close() })
	return s
}

// selfSigned returns a TLS configuration with a certificate for 127.0.0.1
// and localhost, and the pool that trusts it.
func selfSigned() (*tls.Config, *x509.CertPool) {
	ts := httptest.NewUnstartedServer(nil) // its certificate covers 127.0.0.1 and example.com
	ts.StartTLS()
	defer ts.Close()
	cfg := ts.TLS.Clone()
	pool := x509.NewCertPool()
	pool.AddCert(ts.Certificate())
	cfg.NextProtos = nil
	return cfg, pool
}

// Config returns a mail configuration that sends to the server, with the
// given credentials (the server's own when user is "").
func (s *Server) Config(user, password string) capmail.Config {
	host, port, _ := net.SplitHostPort(s.Addr)
	p, _ := strconv.Atoi(port)
	sec := s.opts.Security
	if sec == "" {
		sec = capmail.None
	}
	if user == "" {
		user, password = s.opts.User, s.opts.Password
	}
	return capmail.Config{Host: host, Port: p, Security: sec, User: user, Password: password,
		From: "Capofila <noreply@capofila.test>", BaseURL: "https://capofila.test", RootCAs: s.pool, Timeout: 10 * time.Second}
}

// Messages returns the messages received so far.
func (s *Server) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.msgs...)
}

// Connections returns how many SMTP connections were opened.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// NewSession implements smtp.Backend.
func (s *Server) NewSession(c *smtp.Conn) (smtp.Session, error) {
	s.mu.Lock()
	remote := c.Conn().RemoteAddr().String()
	n, ok := s.conns[remote]
	if !ok {
		n = len(s.conns) + 1
		s.conns[remote] = n
	}
	s.mu.Unlock()
	return &session{s: s, c: c, conn: n}, nil
}

// session is one SMTP connection.
type session struct {
	s      *Server
	c      *smtp.Conn
	conn   int
	authed bool
	from   string
	to     []string
}

var errAuthRequired = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}

func (ss *session) AuthMechanisms() []string {
	if ss.s.opts.User == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != ss.s.opts.User || pass != ss.s.opts.Password {
			return errors.New("invalid credentials")
		}
		ss.authed = true
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.opts.User != "" && !ss.authed {
		return errAuthRequired
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	rec := Received{From: ss.from, To: ss.to, Conn: ss.conn, Raw: raw}
	_, rec.TLS = ss.c.TLSConnectionState()
	if err := parse(&rec); err != nil {
		return err
	}
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, rec)
	ss.s.mu.Unlock()
	return nil
}

func (ss *session) Reset()        { ss.from, ss.to = "", nil }
func (ss *session) Logout() error { return nil }

// parse reads the header and the text and HTML parts of rec.Raw.
func parse(rec *Received) error {
	m, err := mail.ReadMessage(bytes.NewReader(rec.Raw))
	if err != nil {
		return err
	}
	rec.Header = m.Header
	return parts(rec, m.Header.Get("Content-Type"), m.Header.Get("Content-Transfer-Encoding"), m.Body)
}

// parts reads a body of type ct into rec, walking multiparts.
func parts(rec *Received, ct, cte string, body io.Reader) error {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = "text/plain"
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if err := parts(rec, p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p); err != nil {
				return err
			}
		}
	}
	b, err := decode(cte, body)
	if err != nil {
		return err
	}
	switch mt {
	case "text/plain":
		rec.Text = string(b)
	case "text/html":
		rec.HTML = string(b)
	}
	return nil
}

// Wait returns the messages once at least n were received, for senders
// that run in the background (jobs); it fails the test after timeout.
func (s *Server) Wait(t testing.TB, n int, timeout time.Duration) []Received {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		msgs := s.Messages()
		if len(msgs) >= n {
			return msgs
		}
		if time.Now().After(deadline) {
			t.Fatalf("mailtest: %d messages received in %v, want %d", len(msgs), timeout, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// To returns the messages received for address (envelope recipient).
func (s *Server) To(address string) []Received {
	var out []Received
	for _, m := range s.Messages() {
		for _, to := range m.To {
			if strings.EqualFold(to, address) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}
