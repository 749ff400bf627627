package opendata

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/italy"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// ANACLastYear is the last reference year of the L. 190/2012 dataset
// ([ANAC190]). From 1 January 2024 ANAC no longer asks for the file: the
// data of every procedure reach its national database of public contracts
// (Banca dati nazionale dei contratti pubblici, BDNCP) through the certified
// e-procurement platforms, and "Amministrazione trasparente" links each
// procedure to its record there (art. 28 D.Lgs. 36/2023; ANAC delibera
// 264/2023 as amended by delibera 601/2023). [TransparencyTable] lists those
// links.
const ANACLastYear = 2023

// BDNCPRecordURL is the address of a CIG's public record in ANAC's open
// data portal (the "dettaglio CIG" dashboard of the BDNCP).
func BDNCPRecordURL(cig string) string {
	return "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=" + url.QueryEscape(cig)
}

// TransparencyRow is a lot (one CIG) of a project as [TransparencyTable]
// lists it for "Amministrazione trasparente".
type TransparencyRow struct {
	// CIG is the lot's Codice Identificativo Gara.
	CIG string
	// Object is the object of the lot.
	Object string
	// Procedure is the procedure type (ANAC code and label).
	Procedure procurementlaw.Procedure
	// StartedOn is the procedure's start date (zero: not recorded).
	StartedOn civil.Date
	// Base is the lot's base amount in cents, net of VAT.
	Base int64
	// Award is the awarded amount in cents, net of VAT; nil before the
	// award.
	Award *int64
	// Vendor and VendorVAT identify the awardee.
	Vendor    string
	VendorVAT string
	// ContractDate is the day the (first) contract was signed (zero: not
	// yet); ContractAmount the contracts' amount in cents, net of VAT, nil
	// without a contract.
	ContractDate   civil.Date
	ContractAmount *int64
	// Paid is what has been paid out so far in cents, net of VAT (somme
	// liquidate).
	Paid int64
}

// TransparencyTable is the sheet "Trasparenza contratti": one row per CIG,
// sorted by start date and CIG, with the kind of CIG (unified since 2024,
// standard or Smart before), the procedure's ANAC code and label, the
// amounts net of VAT, the awardee, the contract and the link to the CIG's
// record in ANAC's national database (BDNCP), which is what "Amministrazione
// trasparente" publishes for procedures from 2024 (see [ANACLastYear]).
func TransparencyTable(rows []TransparencyRow) Table {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b TransparencyRow) int {
		return cmp.Or(a.StartedOn.Compare(b.StartedOn), strings.Compare(a.CIG, b.CIG))
	})
	t := Table{
		Name: "Trasparenza contratti",
		Columns: []Column{
			{"CIG", Text},
			{"Tipo di CIG", Text},
			{"Oggetto", Text},
			{"Codice procedura ANAC", Text},
			{"Procedura di scelta del contraente", Text},
			{"Data di avvio", Date},
			{"Base d'asta (netto IVA)", Money},
			{"Importo aggiudicato (netto IVA)", Money},
			{"Aggiudicatario", Text},
			{"Partita IVA aggiudicatario", Text},
			{"Data del contratto", Date},
			{"Importo del contratto (netto IVA)", Money},
			{"Somme liquidate (netto IVA)", Money},
			{"Scheda ANAC (BDNCP)", Link},
		},
	}
	for _, r := range rows {
		kind := ""
		if k, err := italy.CIGKindOf(r.CIG); err == nil {
			kind = k.Label()
		}
		var award, contract any
		if r.Award != nil {
			award = *r.Award
		}
		if r.ContractAmount != nil {
			contract = *r.ContractAmount
		}
		t.Rows = append(t.Rows, []any{r.CIG, kind, r.Object, procurementlaw.ANACCode(r.Procedure), procurementlaw.Label(r.Procedure),
			nullDate(r.StartedOn), r.Base, award, r.Vendor, r.VendorVAT, nullDate(r.ContractDate), contract, r.Paid,
			BDNCPRecordURL(r.CIG)})
	}
	return t
}
