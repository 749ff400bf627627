package pdf

import (
	"fmt"
	"testing"
)

// TestPopulationBasis_IsPrinted: the dossier and the member statement say
// which population they count ("ISTAT al 1° gennaio 2024"), next to it.
func TestPopulationBasis_IsPrinted(t *testing.T) {
	in := fixtureDossier(3)
	in.PopulationBasis = "ISTAT al 1° gennaio 2024"
	pop := 0
	for _, m := range in.Members {
		pop += m.Population
	}
	pdf, err := Dossier(in)
	if err != nil {
		t.Fatal(err)
	}
	c := checkPDF(t, "dossier-population", pdf)
	c.wantFlat(t, "population basis", fmt.Sprintf("%s abitanti (ISTAT al 1° gennaio 2024)", integer(pop)))

	claim := fixtureClaim(3, 10)
	st := fixtureStatement(claim, 1)
	st.PopulationBasis = "censimento 2011"
	pdf, err = MemberStatement(st)
	if err != nil {
		t.Fatal(err)
	}
	c = checkPDF(t, "statement-population", pdf)
	c.wantFlat(t, "population basis", fmt.Sprintf("%s abitanti (censimento 2011)", integer(st.Member.Population)))
}
