package ipa_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ipa"
	"github.com/capofila/capofila/internal/reference"
	"github.com/capofila/capofila/internal/testdb"
	"github.com/capofila/capofila/internal/textenc"
)

var sys = authz.WithSystem(context.Background())

func parseFile(t *testing.T, path string) *ipa.File {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ipa.Parse(b, ipa.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestParse_Datasets(t *testing.T) {
	enti := parseFile(t, "testdata/enti_excerpt.csv")
	if enti.Kind != ipa.KindEnti || len(enti.Bodies) != 3 || len(enti.Refused) != 0 {
		t.Fatalf("enti: %+v", enti)
	}
	if b := enti.Bodies[0]; b != (ipa.Body{IPA: "c_h769", Name: "Comune di San Benedetto del Tronto", CodiceFiscale: "00360140446", ISTAT: "044066", Catastale: "H769", Line: 2}) {
		t.Errorf("San Benedetto: %+v", b)
	}
	offices := parseFile(t, "testdata/servizi_fatturazione_excerpt.csv")
	if offices.Kind != ipa.KindOffices || len(offices.Offices) != 2 || offices.Offices[0].Code != "UF4NU9" {
		t.Errorf("offices: %+v", offices)
	}

	t.Run("SemicolonWindows1252WithOlderColumnNames", func(t *testing.T) {
		// The pre-2021 tab-separated serv_fatt.txt and a semicolon CSV
		// saved by Excel in Windows-1252.
		old := "cod_amm\tcod_ou\tcod_uni_ou\tdes_ou\tregione\tprovincia\tcomune\tindirizzo\tcap\tcf\tdt_verifica_cf\tdata_avvio_sfe\n" +
			"agid\tUff_eFatturaPA\tUF4NU9\tUff_eFatturaPA\tLazio\tRM\tRoma\t\t\t97735020584\t\t2015-03-31\n"
		f, err := ipa.Parse([]byte(old), ipa.DefaultLimits)
		if err != nil || f.Kind != ipa.KindOffices || len(f.Offices) != 1 || f.Offices[0].CodiceFiscale != "97735020584" {
			t.Errorf("serv_fatt.txt: %+v, %v", f, err)
		}
		semi, _ := charmap.Windows1252.NewEncoder().String("Codice_IPA;Denominazione_ente;Codice_fiscale_ente\nc_c067;Comune di Castelbuono;00310810825\nagid;Agenzia per l'Italia Digitale – AgID;97735020584\n")
		f, err = ipa.Parse([]byte(semi), ipa.DefaultLimits)
		if err != nil || f.Encoding != textenc.Windows1252 || len(f.Bodies) != 2 || f.Bodies[1].Name != "Agenzia per l'Italia Digitale – AgID" {
			t.Errorf("Windows-1252: %+v, %v", f, err)
		}
	})

	t.Run("RowsWithInvalidCodesAreRefusedWithTheirLine", func(t *testing.T) {
		data := "Codice_IPA,Denominazione_ente,Codice_fiscale_ente\n" +
			"c_h769,Comune di San Benedetto del Tronto,00360140447\n" + // check digit
			"c h769,Comune,00360140446\n" + // IPA code
			"c_c067,Comune di Castelbuono,00310810825\n"
		f, err := ipa.Parse([]byte(data), ipa.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Bodies) != 1 || len(f.Refused) != 2 || !strings.HasPrefix(f.Refused[0], "riga 2:") || !strings.HasPrefix(f.Refused[1], "riga 3:") {
			t.Errorf("refused %q, bodies %+v", f.Refused, f.Bodies)
		}
		off := "Codice_IPA,Codice_uni_uo,Codice_fiscale_sfe\nagid,999999,97735020584\nagid,UF4N,97735020584\nagid,UF4NU9,\n"
		f, err = ipa.Parse([]byte(off), ipa.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Offices) != 0 || len(f.Refused) != 2 || !strings.Contains(f.Refused[0], "999999") {
			t.Errorf("offices %+v refused %q (the third row has no e-invoicing service)", f.Offices, f.Refused)
		}
	})

	for _, tc := range []struct{ name, data, want string }{
		{"ErrUOWithoutInvoicing", "Codice_IPA,Codice_uni_uo,Descrizione_uo\nagid,UF4NU9,Uff_eFatturaPA\n", "Servizi di fatturazione elettronica"},
		{"ErrAOO", "Codice_IPA,Codice_uni_aoo,Denominazione_aoo\nagid,A4A0B8F,AgID\n", "AOO"},
		{"ErrUnknown", "Comune;Codice fiscale\nFermo;00334990447\n", "formato non riconosciuto"},
		{"ErrEmpty", "Codice_IPA,Denominazione_ente,Codice_fiscale_ente\n", "non contiene"},
		{"ErrTooBig", strings.Repeat("x", 2000), "oltre il limite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ipa.Parse([]byte(tc.data), ipa.Limits{MaxBytes: 1000, MaxRows: 10})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one about %q", err, tc.want)
			}
		})
	}
}

func body(t *testing.T, c *gen.Client, code string) *gen.PublicBody {
	t.Helper()
	b, err := c.PublicBody.Query().Where(publicbody.IstatCode(code)).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestImport_SetsCodesOnLoadedBodies(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		c := d.Client()
		ds, err := comuni.Load()
		if err != nil {
			t.Fatal(err)
		}
		var keep []comuni.Comune
		for _, code := range []string{"044066", "082022", "109006"} {
			cm, _ := ds.ByISTAT(code)
			keep = append(keep, cm)
		}
		ds.Comuni = keep
		if _, err := reference.Import(sys, c, ds); err != nil {
			t.Fatal(err)
		}
		// AgID is loaded by hand with its codice fiscale only: it is
		// matched by it.
		agid, err := c.PublicBody.Create().SetName("Agenzia per l'Italia Digitale").SetKind(publicbody.KindOTHER).
			SetCodiceFiscale("97735020584").Save(sys)
		if err != nil {
			t.Fatal(err)
		}
		enti, offices := parseFile(t, "testdata/enti_excerpt.csv"), parseFile(t, "testdata/servizi_fatturazione_excerpt.csv")
		res, err := ipa.Import(context.Background(), c, enti, offices)
		if err != nil {
			t.Fatal(err)
		}
		if res.Read != 3 || res.Matched != 3 || res.Updated != 3 || res.Offices != 1 || res.BodiesWithOffices != 1 ||
			len(res.Unmatched) != 1 || res.Unmatched[0] != "saic8bu00x/UF5D7W" || len(res.Refused) != 0 {
			t.Errorf("first import: %+v", res)
		}
		sbt := body(t, c, "044066")
		if *sbt.CodiceFiscale != "00360140446" || *sbt.CodiceIpa != "c_h769" {
			t.Errorf("San Benedetto: %v %v", sbt.CodiceFiscale, sbt.CodiceIpa)
		}
		if cb := body(t, c, "082022"); *cb.CodiceFiscale != "00310810825" || *cb.CodiceIpa != "c_c067" {
			t.Errorf("Castelbuono: %v %v", cb.CodiceFiscale, cb.CodiceIpa)
		}
		if fermo := body(t, c, "109006"); fermo.CodiceFiscale != nil {
			t.Errorf("Fermo got codice fiscale %v from nowhere", *fermo.CodiceFiscale)
		}
		agid, _ = c.PublicBody.Get(sys, agid.ID)
		if *agid.CodiceIpa != "agid" || len(agid.InvoicingOfficeCodes) != 1 || agid.InvoicingOfficeCodes[0] != "UF4NU9" {
			t.Errorf("AgID: %v %v", agid.CodiceIpa, agid.InvoicingOfficeCodes)
		}

		t.Run("AgainChangesNothing", func(t *testing.T) {
			res, err := ipa.Import(context.Background(), c, enti, offices)
			if err != nil || res.Updated != 0 || res.Unchanged != 3 {
				t.Errorf("second import: %+v, %v", res, err)
			}
		})

		t.Run("OfficesReplaceTheList", func(t *testing.T) {
			// Invented office codes (format only): no real code of a
			// Marche comune was found.
			f, err := ipa.Parse([]byte("Codice_IPA,Codice_uni_uo,Codice_fiscale_sfe\nc_h769,UFZZZ1,00360140446\nc_h769,UFZZZ2,00360140446\n"), ipa.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ipa.Import(context.Background(), c, f); err != nil {
				t.Fatal(err)
			}
			f.Offices = f.Offices[1:]
			if _, err := ipa.Import(context.Background(), c, f); err != nil {
				t.Fatal(err)
			}
			if got := body(t, c, "044066").InvoicingOfficeCodes; len(got) != 1 || got[0] != "UFZZZ2" {
				t.Errorf("offices %v, want [UFZZZ2]", got)
			}
		})

		t.Run("CodiceFiscaleOfAnotherBodyIsRefused", func(t *testing.T) {
			f, err := ipa.Parse([]byte("Codice_IPA,Denominazione_ente,Codice_fiscale_ente,Codice_comune_ISTAT\nc_d542,Comune di Fermo,00360140446,109006\n"), ipa.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			res, err := ipa.Import(context.Background(), c, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Refused) != 1 || !strings.Contains(res.Refused[0], "è già di Comune di San Benedetto del Tronto") {
				t.Errorf("refused %q", res.Refused)
			}
		})
	})
}
