package main

import (
	"flag"
	"io"
	"net/url"
	"slices"
	"testing"
)

func TestServe_OIDCSettings(t *testing.T) {
	public, _ := url.Parse("https://capofila.regione.test")
	cases := []struct {
		name     string
		args     []string
		env      map[string]string
		ok       bool
		redirect string
		scopes   []string
		claims   []string
	}{
		{name: "OK off", ok: true},
		{name: "OK defaults", args: []string{"--oidc-issuer", "https://idp.test/realms/x", "--oidc-client-id", "capofila"},
			env: map[string]string{"CAPOFILA_OIDC_CLIENT_SECRET": "segreto"}, ok: true,
			redirect: "https://capofila.regione.test/auth/oidc/callback",
			scopes:   []string{"openid", "profile", "email"}, claims: []string{"fiscal_number", "fiscalNumber"}},
		{name: "OK explicit", args: []string{"--oidc-issuer", "https://idp.test", "--oidc-client-id", "c",
			"--oidc-redirect-url", "https://other.test/cb", "--oidc-scopes", "openid,profile", "--oidc-fiscal-number-claim", "cf"},
			ok: true, redirect: "https://other.test/cb", scopes: []string{"openid", "profile"}, claims: []string{"cf"}},
		{name: "OK from environment", env: map[string]string{"CAPOFILA_OIDC_ISSUER": "https://idp.test", "CAPOFILA_OIDC_CLIENT_ID": "c",
			"CAPOFILA_NO_PASSWORD_SIGN_IN": "true"}, ok: true, redirect: "https://capofila.regione.test/auth/oidc/callback"},
		{name: "ErrNoClientID", args: []string{"--oidc-issuer", "https://idp.test"}},
		{name: "ErrBadIssuer", args: []string{"--oidc-issuer", "idp.test", "--oidc-client-id", "c"}},
		{name: "ErrSecretWithoutIssuer", env: map[string]string{"CAPOFILA_OIDC_CLIENT_SECRET": "segreto"}},
		{name: "ErrNoPasswordWithoutIssuer", args: []string{"--no-password-sign-in"}},
		{name: "ErrSecretFlag", args: []string{"--oidc-client-secret", "segreto"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, k := range []string{"CAPOFILA_OIDC_ISSUER", "CAPOFILA_OIDC_CLIENT_ID", "CAPOFILA_OIDC_CLIENT_SECRET", "CAPOFILA_NO_PASSWORD_SIGN_IN"} {
				t.Setenv(k, "")
			}
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			var cfg config
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			bindServeFlags(fs, &cfg)
			if err := fs.Parse(c.args); err != nil {
				if c.ok {
					t.Fatal(err)
				}
				return // no such flag: the secret is never a flag
			}
			o, err := cfg.oidcConfig(public)
			if (err == nil) != c.ok {
				t.Fatalf("err = %v, want ok %v", err, c.ok)
			}
			if !c.ok {
				return
			}
			if o.RedirectURL != c.redirect {
				t.Errorf("redirect %q, want %q", o.RedirectURL, c.redirect)
			}
			if c.scopes != nil && !slices.Equal(o.Scopes, c.scopes) {
				t.Errorf("scopes %q, want %q", o.Scopes, c.scopes)
			}
			if c.claims != nil && !slices.Equal(o.FiscalNumberClaims, c.claims) {
				t.Errorf("claims %q, want %q", o.FiscalNumberClaims, c.claims)
			}
			if s := c.env["CAPOFILA_OIDC_CLIENT_SECRET"]; o.ClientSecret != s {
				t.Errorf("secret %q, want %q from the environment", o.ClientSecret, s)
			}
		})
	}
}
