package opendata

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/procurementlaw"
)

// validateANAC validates a dataset against ANAC's XSD (testdata/anac) with
// xmllint and returns its complaints ("" when valid).
func validateANAC(t *testing.T, xml []byte) string {
	t.Helper()
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Fatal("xmllint is missing: apt-get install -y libxml2-utils")
	}
	path := filepath.Join(t.TempDir(), "anac.xml")
	if err := os.WriteFile(path, xml, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("xmllint", "--noout", "--schema", filepath.Join("testdata", "anac", "datasetAppaltiL190.xsd"), path).CombinedOutput()
	if err != nil {
		return string(out)
	}
	return ""
}

// TestANAC190_ValidAgainstANACSchema validates datasets against ANAC's own
// schema: with single operators, groupings and foreign operators, long
// objects, an empty lot and an empty year; a dataset broken on purpose is
// refused, so the check is real.
func TestANAC190_ValidAgainstANACSchema(t *testing.T) {
	full := anacFixture()
	other := Party{Name: "Unione dei Comuni Vallata del Tronto", TaxCode: "92033440445"}
	full.Lots = append(full.Lots,
		ANACLot{CIG: "Z063947806", Object: strings.Repeat("Formazione <base> & avanzata sull'uso di pagoPA ", 10),
			Procedure: procurementlaw.NegotiatedBelowThreshold, Proposer: &other},
		ANACLot{CIG: "ZEE0718779", Object: "Adesione SPC Cloud", Procedure: procurementlaw.DirectAwardFramework, AwardAmount: 99999999999999})
	empty := anacFixture()
	empty.Lots = nil
	for name, d := range map[string]ANACData{"fixture": anacFixture(), "every shape": full, "no lots": empty} {
		t.Run(name, func(t *testing.T) {
			b, err := ANAC190(d)
			if err != nil {
				t.Fatal(err)
			}
			if complaint := validateANAC(t, b); complaint != "" {
				t.Fatalf("not valid against ANAC's XSD:\n%s\n%s", complaint, b)
			}
		})
	}
	t.Run("broken on purpose", func(t *testing.T) {
		b, err := ANAC190(anacFixture())
		if err != nil {
			t.Fatal(err)
		}
		broken := bytes.Replace(b, []byte("23-AFFIDAMENTO DIRETTO"), []byte("23-AFFIDAMENTO DIRETTISSIMO"), 1)
		if validateANAC(t, broken) == "" {
			t.Fatal("xmllint accepts a procedure type outside ANAC's list: the schema check proves nothing")
		}
	})
}
