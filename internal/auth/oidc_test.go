package auth_test

import (
	"testing"

	"github.com/capofila/capofila/internal/auth"
)

func TestSafeReturnPath(t *testing.T) {
	for in, want := range map[string]string{
		"":                        "/",
		"/":                       "/",
		"/progetti/1?tab=spese":   "/progetti/1?tab=spese",
		"https://evil.example/":   "/",
		"//evil.example/x":        "/",
		"/\\evil.example":         "/",
		"javascript:alert(1)":     "/",
		"progetti":                "/",
		"/a\r\nSet-Cookie: x=1":   "/",
		"http:/evil.example":      "/",
		"/impostazioni#notifiche": "/impostazioni#notifiche",
	} {
		if got := auth.SafeReturnPath(in); got != want {
			t.Errorf("SafeReturnPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeCodiceFiscale(t *testing.T) {
	for in, want := range map[string]string{
		"TINIT-RSSMRA80A01H501U":   "RSSMRA80A01H501U",
		" tinit-rssmra80a01h501u ": "RSSMRA80A01H501U",
		"RSSMRA80A01H501U":         "RSSMRA80A01H501U",
		"TINFR-X":                  "TINFR-X", // not Italian: left to fail validation
	} {
		if got := auth.NormalizeCodiceFiscale(in); got != want {
			t.Errorf("NormalizeCodiceFiscale(%q) = %q, want %q", in, got, want)
		}
	}
}
