package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportReferenceData_Commands(t *testing.T) {
	url := "sqlite:" + filepath.Join(t.TempDir(), "x.db")
	popFile := "../../internal/population/testdata/POSAS_2025_it_097_Lecco_excerpt.csv"
	enti, offices := "../../internal/ipa/testdata/enti_excerpt.csv", "../../internal/ipa/testdata/servizi_fatturazione_excerpt.csv"

	t.Run("Help", func(t *testing.T) {
		out, _, _ := runCmd(t, "--help")
		for _, want := range []string{"import-population", "import-ipa"} {
			if !strings.Contains(out, want) {
				t.Errorf("usage does not mention %s", want)
			}
		}
		_, errOut, err := runCmd(t, "import-population", "--help")
		if err != nil || !strings.Contains(errOut, "-file") || !strings.Contains(errOut, "-year") {
			t.Errorf("import-population --help: %v %q", err, errOut)
		}
	})

	if _, _, err := runCmd(t, "import-comuni", "--database-url", url); err != nil {
		t.Fatal(err)
	}
	t.Run("ImportPopulation", func(t *testing.T) {
		for i, want := range []string{"5 comuni read, 5 matched (5 new figures", "5 matched (0 new figures, 0 corrected, 5 unchanged)"} {
			out, _, err := runCmd(t, "import-population", "--database-url", url, "--file", popFile)
			if err != nil || !strings.Contains(out, want) || !strings.Contains(out, "1 January 2025") {
				t.Errorf("run %d: %v\n%s\nwant %q", i+1, err, out, want)
			}
		}
	})
	t.Run("ImportIPA", func(t *testing.T) {
		out, _, err := runCmd(t, "import-ipa", "--database-url", url, "--file", enti, "--file", offices)
		if err != nil || !strings.Contains(out, "3 bodies read, 2 matched, 2 updated") {
			t.Errorf("%v\n%s", err, out)
		}
	})

	bad := filepath.Join(t.TempDir(), "bilancio.csv")
	if err := os.WriteFile(bad, []byte("Comune;Nati;Morti\nFermo;200;300\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		args       []string
	}{
		{"ErrNoFile", "exactly one --file", []string{"import-population", "--database-url", url}},
		{"ErrMissingFile", "no such file", []string{"import-population", "--database-url", url, "--file", "nessuno.csv"}},
		{"ErrWrongYear", "non del 2024", []string{"import-population", "--database-url", url, "--file", popFile, "--year", "2024"}},
		{"ErrWrongFile", "formato non riconosciuto", []string{"import-population", "--database-url", url, "--file", bad}},
		{"ErrIPANoFile", "needs --file", []string{"import-ipa", "--database-url", url}},
		{"ErrIPAWrongFile", "formato non riconosciuto", []string{"import-ipa", "--database-url", url, "--file", bad}},
		{"ErrIPAWithPopulationFile", "formato non riconosciuto", []string{"import-ipa", "--database-url", url, "--file", popFile}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runCmd(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one about %q", err, tc.want)
			}
		})
	}
}
