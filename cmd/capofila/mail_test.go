package main

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestServe_MailSettings(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  map[string]string
		ok   bool
	}{
		{"OK off", nil, nil, true},
		{"OK mailpit", []string{"--smtp-host", "127.0.0.1", "--smtp-port", "1025", "--smtp-security", "none", "--mail-from", "capofila@localhost", "--public-url", "http://127.0.0.1:8080"}, nil, true},
		{"OK starttls with password", []string{"--smtp-host", "smtp.regione.test", "--smtp-user", "capofila", "--mail-from", "Capofila <noreply@regione.test>", "--public-url", "https://capofila.regione.test/"},
			map[string]string{"CAPOFILA_SMTP_PASSWORD": "segreto"}, true},
		{"ErrNoneRemote", []string{"--smtp-host", "smtp.regione.test", "--smtp-security", "none", "--mail-from", "noreply@regione.test", "--public-url", "https://x.test"}, nil, false},
		{"ErrNoFrom", []string{"--smtp-host", "smtp.regione.test", "--public-url", "https://x.test"}, nil, false},
		{"ErrBadFrom", []string{"--smtp-host", "smtp.regione.test", "--mail-from", "noreply", "--public-url", "https://x.test"}, nil, false},
		{"ErrNoPublicURL", []string{"--smtp-host", "smtp.regione.test", "--mail-from", "noreply@regione.test"}, nil, false},
		{"ErrBadPublicURL", []string{"--public-url", "capofila.regione.test"}, nil, false},
		{"ErrFromWithoutHost", []string{"--mail-from", "noreply@regione.test"}, nil, false},
		{"ErrSecurity", []string{"--smtp-host", "smtp.regione.test", "--smtp-security", "ssl", "--mail-from", "noreply@regione.test", "--public-url", "https://x.test"}, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("CAPOFILA_SMTP_PASSWORD", "")
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			var cfg config
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			bindServeFlags(fs, &cfg)
			if err := fs.Parse(c.args); err != nil {
				t.Fatal(err)
			}
			m, err := cfg.mailConfig()
			if (err == nil) != c.ok {
				t.Fatalf("mailConfig() = %v", err)
			}
			if err != nil && !strings.Contains(err.Error(), "\n") {
				t.Errorf("not in Italian and English: %v", err)
			}
			if c.ok && strings.HasSuffix(m.BaseURL, "/") {
				t.Errorf("BaseURL %q keeps its slash", m.BaseURL)
			}
		})
	}
}
