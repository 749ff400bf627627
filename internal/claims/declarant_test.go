package claims_test

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/claims"
)

func TestOfThe(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Comune di San Benedetto del Tronto", "del Comune di San Benedetto del Tronto"},
		{"Unione dei Comuni Valle del Tronto", "dell'Unione dei Comuni Valle del Tronto"},
		{"Unione Montana dei Sibillini", "dell'Unione Montana dei Sibillini"},
		{"Provincia di Ascoli Piceno", "della Provincia di Ascoli Piceno"},
		{"Regione Marche", "della Regione Marche"},
		{"Città di Castello", "della Città di Castello"},
		{"Comunità Montana del Tronto", "della Comunità Montana del Tronto"},
		{"Consorzio intercomunale dei servizi", "del Consorzio intercomunale dei servizi"},
		{"Azienda speciale consortile", "dell'Azienda speciale consortile"},
		{"Istituto comprensivo", "dell'Istituto comprensivo"},
		{"Stato maggiore", "dello Stato maggiore"},
		{"Sistema bibliotecario", "del Sistema bibliotecario"},
		{"L'Aquila", "di L'Aquila"},
	} {
		if got := claims.OfThe(c.name); got != c.want {
			t.Errorf("OfThe(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestDeclarantRole(t *testing.T) {
	for _, c := range []struct {
		name, title, lead, agg, want string
	}{
		{"job title", "Dirigente Settore Innovazione", "Comune di San Benedetto del Tronto", "Marche Sud",
			"Dirigente Settore Innovazione del Comune di San Benedetto del Tronto, ente capofila dell'aggregazione «Marche Sud»"},
		{"no job title", "  ", "Unione dei Comuni della Valdichiana Senese", "Valdichiana digitale",
			"referente per la rendicontazione del progetto dell'Unione dei Comuni della Valdichiana Senese, ente capofila dell'aggregazione «Valdichiana digitale»"},
		{"white space collapsed", "Responsabile\n  del servizio", "Comune di Fermo", "Fermano",
			"Responsabile del servizio del Comune di Fermo, ente capofila dell'aggregazione «Fermano»"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := claims.DeclarantRole(c.title, c.lead, c.agg); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
	t.Run("fits the column", func(t *testing.T) {
		long := claims.DeclarantRole(strings.Repeat("è", 100), "Comune di Sant'Elpidio a Mare", strings.Repeat("Aggregazione ", 20))
		if len(long) > 300 || !strings.Contains(long, "del Comune di Sant'Elpidio a Mare") || strings.Contains(long, "dell'aggregazione") {
			t.Errorf("%d bytes: %q", len(long), long)
		}
		longer := claims.DeclarantRole(strings.Repeat("Direttore ", 30), strings.Repeat("Comune ", 30), "x")
		if len(longer) > 300 || !strings.HasSuffix(longer, "…") {
			t.Errorf("%d bytes: %q", len(longer), longer)
		}
	})
}
