package ledger

import "testing"

// A split-payment invoice: 10.000,00 taxable, 22% VAT, paid to the supplier
// net and the VAT by F24.
var splitInvoice = Invoice{Taxable: 1_000_000, VAT: 220_000, Total: 1_220_000, SplitPayment: true}

func TestInvoice_Due(t *testing.T) {
	for _, tc := range []struct {
		name                            string
		inv                             Invoice
		supplier, vat, withholding, all int64
	}{
		{"ordinary invoice: the supplier gets the total", Invoice{Taxable: 1_000_000, VAT: 220_000, Total: 1_220_000}, 1_220_000, 0, 0, 1_220_000},
		{"split payment: supplier net, VAT by F24", splitInvoice, 1_000_000, 220_000, 0, 1_220_000},
		{"stamp duty goes to the supplier", Invoice{Taxable: 100_000, Total: 100_200, Stamp: 200}, 100_200, 0, 0, 100_200},
		{"withholding by F24 (professional fee, 20%)",
			Invoice{Taxable: 100_000, VAT: 22_000, Total: 122_000, Withholding: 20_000, SplitPayment: true}, 80_000, 22_000, 20_000, 122_000},
		{"credit note nets the supplier's and the Treasury's parts",
			Invoice{Taxable: 1_000_000, VAT: 220_000, Total: 1_220_000, SplitPayment: true, CreditedTaxable: 100_000, CreditedVAT: 22_000},
			900_000, 198_000, 0, 1_098_000},
		{"fully credited", Invoice{Taxable: 100, VAT: 22, Total: 122, CreditedTaxable: 100, CreditedVAT: 22}, 0, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := []int64{tc.inv.Due(Supplier), tc.inv.Due(VATF24), tc.inv.Due(WithholdingF24), tc.inv.TotalDue()}
			want := []int64{tc.supplier, tc.vat, tc.withholding, tc.all}
			if got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
				t.Errorf("due supplier, VAT, withholding, total = %v, want %v", got, want)
			}
		})
	}
}

func TestInvoice_Spending(t *testing.T) {
	inv := Invoice{Taxable: 1_000_000, VAT: 220_000, Total: 1_220_200, Stamp: 200, CreditedTaxable: 250_000, CreditedVAT: 55_000}
	if got := inv.Spending(); got != 915_000 {
		t.Errorf("spending = %d, want 915000 (net taxable 750000 + net VAT 165000, stamp excluded)", got)
	}
}

func TestInvoice_Claimable(t *testing.T) {
	for _, tc := range []struct {
		name        string
		inv         Invoice
		paid        Paid
		vatEligible bool
		want        int64
	}{
		{"split payment fully paid, VAT eligible", splitInvoice, Paid{Supplier: 1_000_000, VATF24: 220_000}, true, 1_220_000},
		{"split payment fully paid, VAT not eligible", splitInvoice, Paid{Supplier: 1_000_000, VATF24: 220_000}, false, 1_000_000},
		{"split payment, supplier paid only: VAT not claimable yet", splitInvoice, Paid{Supplier: 1_000_000}, true, 1_000_000},
		{"split payment, F24 only, VAT not eligible", splitInvoice, Paid{VATF24: 220_000}, false, 0},
		{"ordinary invoice, VAT not eligible: taxable share, rounded down",
			Invoice{Taxable: 100, VAT: 22, Total: 122}, Paid{Supplier: 61}, false, 50},
		{"ordinary invoice, odd cents rounded down",
			Invoice{Taxable: 1_001, VAT: 220, Total: 1_221}, Paid{Supplier: 1_221}, false, 1_001},
		{"stamp duty is paid first and never claimed",
			Invoice{Taxable: 100_000, Total: 100_200, Stamp: 200}, Paid{Supplier: 100_200}, true, 100_000},
		{"partly paid with stamp", Invoice{Taxable: 100_000, Total: 100_200, Stamp: 200}, Paid{Supplier: 50_000}, true, 49_800},
		{"credit note caps the claim", Invoice{Taxable: 1_000, VAT: 220, Total: 1_220, CreditedTaxable: 500, CreditedVAT: 110},
			Paid{Supplier: 1_220}, true, 610},
		{"withholding counts as paid taxable", Invoice{Taxable: 100_000, VAT: 22_000, Total: 122_000, Withholding: 20_000, SplitPayment: true},
			Paid{Supplier: 80_000, WithholdingF24: 20_000, VATF24: 22_000}, false, 100_000},
		{"nothing paid", splitInvoice, Paid{}, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.inv.Claimable(tc.paid, tc.vatEligible); got != tc.want {
				t.Errorf("Claimable = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestInvoice_FullyPaid(t *testing.T) {
	if splitInvoice.FullyPaid(Paid{Supplier: 1_220_000}) {
		t.Error("a split-payment invoice paid gross to the supplier is not fully paid: its VAT is due by F24")
	}
	if !splitInvoice.FullyPaid(Paid{Supplier: 1_000_000, VATF24: 220_000}) {
		t.Error("supplier net + VAT by F24 pays a split-payment invoice in full")
	}
}
