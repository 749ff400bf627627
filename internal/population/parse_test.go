package population_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/capofila/capofila/internal/population"
	"github.com/capofila/capofila/internal/textenc"
)

const lecco = "testdata/POSAS_2025_it_097_Lecco_excerpt.csv"

func readSample(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(lecco)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// want are the totals (age 999) of the real ISTAT file.
var want = []population.Figure{
	{ISTAT: "097001", Name: "Abbadia Lariana", Population: 3164},
	{ISTAT: "097002", Name: "Airuno", Population: 2884},
	{ISTAT: "097003", Name: "Annone di Brianza", Population: 2270},
	{ISTAT: "097004", Name: "Ballabio", Population: 4149},
	{ISTAT: "097005", Name: "Barzago", Population: 2381},
}

func checkFigures(t *testing.T, f *population.File) {
	t.Helper()
	if len(f.Figures) != len(want) {
		t.Fatalf("%d figures, want %d: %+v", len(f.Figures), len(want), f.Figures)
	}
	for i, w := range want {
		g := f.Figures[i]
		if g.ISTAT != w.ISTAT || g.Name != w.Name || g.Population != w.Population {
			t.Errorf("figure %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestParse_RealPOSASFile(t *testing.T) {
	f, err := population.Parse(readSample(t), 0, population.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != population.FormatPOSAS || f.Year != 2025 || f.Encoding != textenc.UTF8 {
		t.Errorf("format %q year %d encoding %q; want POSAS 2025 UTF-8", f.Format, f.Year, f.Encoding)
	}
	if f.Rows != 2*102+3 {
		t.Errorf("%d data rows, want %d", f.Rows, 2*102+3)
	}
	checkFigures(t, f)
	if f.Figures[0].Line != 104 {
		t.Errorf("Abbadia Lariana's total is at line %d, want 104", f.Figures[0].Line)
	}
	if got := f.Source(); got != "ISTAT, popolazione residente al 1° gennaio 2025 (demo.istat.it POSAS)" {
		t.Errorf("source %q", got)
	}
}

func TestParse_Encodings(t *testing.T) {
	sample := readSample(t)
	cp1252, err := charmap.Windows1252.NewEncoder().Bytes(sample)
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(sample, []byte("\n"), []byte("\r\n"))
	for _, tc := range []struct {
		name string
		data []byte
		enc  textenc.Encoding
	}{
		{"UTF8", sample, textenc.UTF8},
		{"UTF8WithBOM", append([]byte("\xEF\xBB\xBF"), sample...), textenc.UTF8BOM},
		{"Windows1252", cp1252, textenc.Windows1252},
		{"CRLF", crlf, textenc.UTF8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := population.Parse(tc.data, 0, population.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if f.Encoding != tc.enc || f.Year != 2025 {
				t.Errorf("encoding %q year %d, want %q 2025", f.Encoding, f.Year, tc.enc)
			}
			checkFigures(t, f)
		})
	}
}

// sdmx is the real figures above in esploradati.istat.it's SDMX-CSV layout
// (labels=both), with rows the import must skip: Italy, a province, men
// only, one age, another indicator.
const sdmx = `DATAFLOW,FREQ: Frequenza,REF_AREA: Territorio,DATA_TYPE: Tipo di dato,SEX: Sesso,AGE: Età,MARITAL_STATUS: Stato civile,TIME_PERIOD,OBS_VALUE
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,IT: Italia,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,58934177
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097: Lecco,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,334701
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097001: Abbadia Lariana,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,3164
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097001: Abbadia Lariana,JAN: popolazione al 1º gennaio,1: maschi,TOTAL: totale,99: totale,2025,1541
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097001: Abbadia Lariana,JAN: popolazione al 1º gennaio,9: totale,Y0: 0 anni,99: totale,2025,20
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097002: Airuno,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,2884
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097003: Annone di Brianza,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,2270
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097004: Ballabio,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,4149
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,097004: Ballabio,DEC: popolazione al 31 dicembre,9: totale,TOTAL: totale,99: totale,2025,4150
IT1:22_289_DF_DCIS_POPRES1_1(1.0),A: annuale,97005: Barzago,JAN: popolazione al 1º gennaio,9: totale,TOTAL: totale,99: totale,2025,2381.0
`

func TestParse_SDMX(t *testing.T) {
	f, err := population.Parse([]byte(sdmx), 0, population.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != population.FormatSDMX || f.Year != 2025 || f.Rows != 10 {
		t.Errorf("format %q year %d rows %d", f.Format, f.Year, f.Rows)
	}
	checkFigures(t, f)
}

func TestParse_IStatCSV(t *testing.T) {
	const istat = `"ITTER107","Territorio","TIPO_DATO15","Tipo di indicatore demografico","SEXISTAT1","Sesso","ETA1","Età","STATCIV2","Stato civile","TIME","Seleziona periodo","Value","Flag Codes","Flags"
"097001","Abbadia Lariana","JAN","popolazione al 1º gennaio","9","totale","TOTAL","totale","99","totale","2025","2025",3164,,
"097002","Airuno","JAN","popolazione al 1º gennaio","9","totale","TOTAL","totale","99","totale","2025","2025",2884,,
`
	f, err := population.Parse([]byte(istat), 0, population.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != population.FormatIStat || f.Year != 2025 || len(f.Figures) != 2 || f.Figures[1] != (population.Figure{ISTAT: "097002", Name: "Airuno", Population: 2884, Line: 3}) {
		t.Errorf("%q %d %+v", f.Format, f.Year, f.Figures)
	}
}

func TestParse_Errors(t *testing.T) {
	sample := string(readSample(t))
	lines := strings.Split(sample, "\n")
	with := func(i int, line string) string {
		l := append([]string{}, lines...)
		l[i-1] = line
		return strings.Join(l, "\n")
	}
	without := func(i int) string {
		l := append([]string{}, lines[:i-1]...)
		return strings.Join(append(l, lines[i:]...), "\n")
	}
	for _, tc := range []struct {
		name, data string
		year       int
		line       int    // 0: no line
		want       string // part of the message
	}{
		{"ErrAgesDoNotSumToTotal", with(5, `"097001";"Abbadia Lariana";2;12;0;0;0;;;;12;8;0;0;0;;;;8;20`), 0, 104, "sommano 3165"},
		{"ErrMenPlusWomen", with(5, `"097001";"Abbadia Lariana";2;12;0;0;0;;;;12;7;0;0;0;;;;7;20`), 0, 5, "maschi 12 + femmine 7"},
		{"ErrTruncatedComune", without(206), 0, 105, "manca la riga del totale"},
		{"ErrBadCode", with(6, `"97A001";"Abbadia Lariana";3;11;0;0;0;;;;11;8;0;0;0;;;;8;19`), 0, 6, "codice comune"},
		{"ErrBadAge", with(6, `"097001";"Abbadia Lariana";tre;11;0;0;0;;;;11;8;0;0;0;;;;8;19`), 0, 6, "età"},
		{"ErrNegative", with(6, `"097001";"Abbadia Lariana";3;11;0;0;0;;;;11;8;0;0;0;;;;8;-19`), 0, 6, "totale"},
		{"ErrTwoTotals", with(103, `"097001";"Abbadia Lariana";999;727;696;74;44;;;;1541;644;702;100;177;;;;1623;3164`), 0, 104, "seconda riga"},
		{"ErrYearDisagrees", sample, 2024, 0, "non del 2024"},
		{"ErrNoYearInTitle", with(1, `"Popolazione residente per età e sesso"`), 0, 1, "--year"},
		{"ErrUnknownFormat", "Comune;Abitanti\nFermo;36000\n", 0, 0, "formato non riconosciuto"},
		{"ErrCensusLegalPopulation", "Codice Regione;Codice Comune;Denominazione;Popolazione legale 2011\n11;044066;San Benedetto del Tronto;46963\n", 0, 0, "formato non riconosciuto"},
		{"ErrBrokenZip", "PK\x03\x04\x00\x00", 0, 0, "archivio ZIP illeggibile"},
		{"ErrUTF16", "\xff\xfeP\x00o\x00p\x00", 0, 1, "carattere nullo"},
		{"ErrEmpty", lines[0] + "\n" + lines[1] + "\n", 0, 0, "non contiene"},
		{"ErrSDMXMixedYears", strings.Replace(sdmx, ",2025,2884", ",2024,2884", 1), 0, 7, "mescola anni"},
		{"ErrSDMXDuplicate", sdmx + "IT1:22_289_DF_DCIS_POPRES1_1(1.0),A,097002,JAN,9,TOTAL,99,2025,2884\n", 0, 12, "già presente alla riga 7"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := population.Parse([]byte(tc.data), tc.year, population.DefaultLimits)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one about %q", err, tc.want)
			}
			var le *population.LineError
			if tc.line != 0 && (!errors.As(err, &le) || le.Line != tc.line) && !strings.Contains(err.Error(), "riga "+itoa(tc.line)+":") {
				t.Errorf("error %v, want it at line %d", err, tc.line)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestParse_Limits(t *testing.T) {
	sample := readSample(t)
	if _, err := population.Parse(sample, 0, population.Limits{MaxBytes: 1000, MaxRows: 10}); err == nil || !strings.Contains(err.Error(), "oltre il limite") {
		t.Errorf("size limit: %v", err)
	}
	_, err := population.Parse(sample, 0, population.Limits{MaxBytes: 1 << 20, MaxRows: 10})
	var le *population.LineError
	if !errors.As(err, &le) || le.Line != 13 || !strings.Contains(err.Error(), "più di 10 righe") {
		t.Errorf("row limit: %v, want it at line 13", err)
	}
}

// TestParse_ZipAsDownloaded: ISTAT serves the CSV inside a ZIP archive
// (POSAS_2025_it_Comuni.zip); the user may give it as it is.
func TestParse_ZipAsDownloaded(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.Create("POSAS_2025_it_097_Lecco.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(readSample(t)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := population.Parse(buf.Bytes(), 0, population.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	checkFigures(t, got)
}
