package reports_test

import (
	"encoding/json"
	"testing"

	"github.com/capofila/capofila/internal/db"
	projectsvc "github.com/capofila/capofila/internal/project"
	"github.com/capofila/capofila/internal/projecttest"
	"github.com/capofila/capofila/internal/reports"
	"github.com/capofila/capofila/internal/testdb"
)

// TestOCDS_PaymentsByKind: in the OCDS release of a lot, the supplier is
// shown receiving what it received (the taxable amount of a split-payment
// invoice) and the VAT paid by F24 is a payment to the Treasury (Agenzia
// delle Entrate), never to the supplier.
func TestOCDS_PaymentsByKind(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f := projecttest.Build(t, d.Client())
		file, err := reports.NewService(f.Client, nil, nil, projectsvc.NewService(f.Client, nil, nil)).OCDS(f.Lead, f.Demo.Project.ID, "https://capofila.example")
		if err != nil {
			t.Fatal(err)
		}
		var pkg struct {
			Releases []struct {
				OCID    string `json:"ocid"`
				Parties []struct {
					ID    string   `json:"id"`
					Name  string   `json:"name"`
					Roles []string `json:"roles"`
				} `json:"parties"`
				Awards []struct {
					Suppliers []struct{ ID string } `json:"suppliers"`
				} `json:"awards"`
				Contracts []struct {
					Implementation struct {
						Transactions []struct {
							Value struct{ Amount float64 }  `json:"value"`
							Payee struct{ ID, Name string } `json:"payee"`
						} `json:"transactions"`
					} `json:"implementation"`
				} `json:"contracts"`
			} `json:"releases"`
		}
		if err := json.Unmarshal(file.Data, &pkg); err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, r := range pkg.Releases {
			if r.OCID != "ocds-capofila-"+projecttest.HardwareCIG {
				continue
			}
			found++
			supplier := r.Awards[0].Suppliers[0].ID
			got := map[string]float64{}
			for _, c := range r.Contracts {
				for _, tr := range c.Implementation.Transactions {
					got[tr.Payee.ID] += tr.Value.Amount
				}
			}
			const treasury = "IT-CF-06363391001"
			if len(got) != 2 || got[supplier] != 12_345.67 || got[treasury] != 2_716.05 {
				t.Errorf("payments by payee %v: want the supplier %s paid 12345.67 (taxable) and %s 2716.05 (VAT by F24)", got, supplier, treasury)
			}
			for _, p := range r.Parties {
				if p.ID == treasury && (p.Name != "Agenzia delle Entrate" || len(p.Roles) != 1 || p.Roles[0] != "payee") {
					t.Errorf("the Treasury's party: %+v", p)
				}
			}
		}
		if found != 1 {
			t.Fatalf("%d releases for the hardware lot, want 1: %.300s", found, file.Data)
		}
	})
}
