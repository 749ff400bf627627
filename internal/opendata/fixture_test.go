package opendata

import (
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// Shared fixture: the Marche Sud project. Tax codes of the bodies are the
// real ones' shape (11 digits); the operators are invented.

var (
	lead = Party{
		Name:    "Comune di San Benedetto del Tronto",
		TaxCode: "00360140446",
		Address: Address{Street: "Viale De Gasperi 124", Locality: "San Benedetto del Tronto", PostalCode: "63074", Region: "Marche", CountryName: "Italia"},
		Email:   "protocollo@pec.comunesbt.it",
	}
	region = Party{Name: "Regione Marche", TaxCode: "80008630420"}

	alfa  = Party{Name: "Alfa Informatica S.r.l.", TaxCode: "01234567897", VATNumber: "01234567897"}
	beta  = Party{Name: "Beta Cloud S.p.A.", TaxCode: "BTCLDS80A01H501X", VATNumber: "09876543217"}
	gamma = Party{Name: "Gamma Software S.r.l.", VATNumber: "05555555550"}
	delta = Party{Name: "Delta GmbH", ForeignTaxID: "DE123456789"}

	rti = Vendor{
		Party: Party{Name: "RTI Beta Cloud – Gamma Software"},
		Members: []GroupMember{
			{Party: gamma, Role: RoleMandante},
			{Party: beta, Role: RoleMandataria},
		},
	}
)

func ocdsFixture() OCDSData {
	return OCDSData{
		OCIDPrefix:    "ocds-capofila",
		URI:           "https://capofila.example.it/opendata/ocds/marche-sud-2026.json",
		PublishedDate: time.Date(2026, time.November, 23, 10, 30, 0, 0, civil.Rome),
		Publisher:     Publisher{Name: lead.Name, Scheme: SchemeCF, UID: lead.TaxCode},
		License:       "https://creativecommons.org/licenses/by/4.0/",
		Buyer:         lead,
		Funder:        region,
		Project:       OCDSProject{CUP: "D81B21004560006", Title: "Marche Sud digitale", Budget: 160861545},
		Lots: []OCDSLot{
			{
				// Given out of CIG order on purpose.
				CIG:        "Z063947806",
				Title:      "Formazione del personale sui servizi digitali",
				Procedure:  procurementlaw.NegotiatedBelowThreshold,
				Object:     procurementlaw.Services,
				BaseAmount: 3500000,
				CPV:        []CPV{{Code: "80533100-0", Description: "Servizi di formazione informatica"}},
				Tenderers:  []Vendor{{Party: alfa}, {Party: delta}},
			},
			{
				CIG:        "8874674CA7",
				Title:      "Piattaforma pagoPA per 64 enti",
				Procedure:  procurementlaw.DirectAward,
				Object:     procurementlaw.Services,
				BaseAmount: 13950000,
				CPV: []CPV{
					{Code: "72000000-5", Description: "Servizi informatici: consulenza, sviluppo di software, Internet e supporto"},
					{Code: "72212000-4", Description: "Servizi di programmazione di software applicativi"},
				},
				Tenderers: []Vendor{{Party: alfa}},
				Award:     &OCDSAward{Date: civil.New(2026, time.March, 2), Amount: 13500050, Suppliers: []Vendor{{Party: alfa}}},
				Contracts: []OCDSContract{{
					Number:     "12/2026",
					Title:      "Contratto piattaforma pagoPA",
					Status:     ContractActive,
					DateSigned: civil.New(2026, time.March, 16),
					Net:        13500050,
					VAT:        2970011,
					Start:      civil.New(2026, time.April, 1),
					End:        civil.New(2027, time.March, 31),
					Payments: []OCDSPayment{
						{ID: "M-2026-0412", Date: civil.New(2026, time.June, 30), Amount: 4050015},
						{ID: "M-2026-0733", Date: civil.New(2026, time.October, 15), Amount: 4050015},
					},
				}},
				Updated: time.Date(2026, time.October, 16, 9, 0, 0, 0, civil.Rome),
			},
			{
				CIG:        "95156957EC",
				Title:      "Conservazione digitale a norma",
				Procedure:  procurementlaw.Open,
				Object:     procurementlaw.Supplies,
				BaseAmount: 22000000,
				CPV:        []CPV{{Code: "48000000-8", Description: "Pacchetti software e sistemi di informazione"}},
				Tenderers:  []Vendor{rti, {Party: alfa}},
				Award:      &OCDSAward{Date: civil.New(2026, time.May, 5), Amount: 19876543, Suppliers: []Vendor{rti}},
				Contracts: []OCDSContract{{
					DateSigned: civil.New(2026, time.June, 1),
					Net:        19876543,
					Payments:   []OCDSPayment{{ID: "M-2026-0801", Date: civil.New(2026, time.November, 2), Amount: 1}},
				}},
			},
		},
	}
}

func anacFixture() ANACData {
	return ANACData{
		PublishedOn: civil.New(2024, time.January, 31),
		UpdatedOn:   civil.New(2024, time.January, 20),
		Year:        2023,
		URL:         "https://www.comunesbt.it/trasparenza/legge190/2023.xml",
		Body:        lead,
		Lots: []ANACLot{
			{
				CIG:          "95156957EC",
				Object:       "Conservazione digitale a norma",
				Procedure:    procurementlaw.Open,
				Participants: []Vendor{rti, {Party: alfa}, {Party: delta}},
				Awardees:     []Vendor{rti},
				AwardAmount:  19876543,
				Start:        civil.New(2023, time.June, 1),
				Paid:         0,
			},
			{
				CIG:          "8874674CA7",
				Object:       "Piattaforma pagoPA per 64 enti",
				Procedure:    procurementlaw.DirectAward,
				Participants: []Vendor{{Party: alfa}},
				Awardees:     []Vendor{{Party: alfa}},
				AwardAmount:  13500050,
				Start:        civil.New(2023, time.April, 1),
				End:          civil.New(2024, time.March, 31),
				Paid:         8100030,
			},
		},
	}
}
