package pdf

import (
	"strings"
	"testing"
)

// TestClaimReport_Declarant: the declaration names the declarant and their
// role and is signed with the name; a claim without a recorded declarant
// (a draft, or one submitted by the system) leaves the name to be written
// by hand instead of printing a role where the name goes.
func TestClaimReport_Declarant(t *testing.T) {
	for _, c := range []struct {
		name, declarant, role string
		want                  []string
	}{
		{"recorded", "Maria Rossi", "Responsabile del Servizio finanziario del Comune di Fermo, ente capofila dell'aggregazione «Fermano»",
			[]string{"Il/La sottoscritto/a Maria Rossi, Responsabile del Servizio finanziario del Comune di Fermo, ente capofila dell'aggregazione «Fermano», consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000",
				"dichiara ai sensi dell'art. 47 del D.P.R. 445/2000:", "Il/La dichiarante Maria Rossi"}},
		{"not recorded", "", "",
			[]string{"Il/La sottoscritto/a " + blankLine + ", in qualità di legale rappresentante dell'ente capofila Comune di San Benedetto del Tronto, consapevole"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := fixtureClaim(3, 4)
			in.Declarant, in.DeclarantRole = c.declarant, c.role
			pdf, err := ClaimReport(in)
			if err != nil {
				t.Fatal(err)
			}
			got := checkPDF(t, "dichiarazione-"+strings.ReplaceAll(c.name, " ", "-"), pdf)
			for _, w := range c.want {
				if !strings.Contains(got.flat, w) {
					t.Errorf("the declaration does not read %q", w)
				}
			}
		})
	}
}
