package auth

import (
	"net/http/httptest"
	"testing"
)

func TestAcceptsHTML(t *testing.T) {
	for accept, want := range map[string]bool{
		"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": true,
		"application/json, text/html;q=0.9":                               true,
		"text/html;q=0":                                                   false,
		"text/html; q=0.000":                                              false,
		"application/json":                                                false,
		"*/*":                                                             false,
		"":                                                                false,
	} {
		r := httptest.NewRequest("GET", "/auth/oidc/callback", nil)
		r.Header.Set("Accept", accept)
		if got := acceptsHTML(r); got != want {
			t.Errorf("acceptsHTML(%q) = %v, want %v", accept, got, want)
		}
	}
}
