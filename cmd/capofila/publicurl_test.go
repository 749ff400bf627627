package main

import "testing"

func TestParsePublicURL(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"", "http://127.0.0.1:8080", true},
		{"https://capofila.example.it", "https://capofila.example.it", true},
		{"https://capofila.example.it/", "https://capofila.example.it", true},
		{"https://example.it/capofila/", "https://example.it/capofila", true},
		{"capofila.example.it", "", false},
		{"ftp://capofila.example.it", "", false},
		{"https://capofila.example.it/?a=1", "", false},
		{"https://utente:pw@capofila.example.it", "", false},
	} {
		u, err := parsePublicURL(c.in, "127.0.0.1:8080")
		if (err == nil) != c.ok {
			t.Errorf("%q: error %v, want ok=%v", c.in, err, c.ok)
			continue
		}
		if err == nil && u.String() != c.want {
			t.Errorf("%q: %q, want %q", c.in, u, c.want)
		}
	}
}
