package opendata

import (
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/ledger"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// ---- Parties ---------------------------------------------------------------

// Party is an organization as the exports identify it: a public body (the
// lead, a member, the Region) or an economic operator.
type Party struct {
	// Name is the legal name (denominazione / ragione sociale),
	// "Comune di San Benedetto del Tronto".
	Name string
	// TaxCode is the Italian codice fiscale: 11 digits for bodies and
	// companies, 16 characters for sole traders.
	TaxCode string
	// VATNumber is the Italian partita IVA, 11 digits, without the "IT"
	// prefix.
	VATNumber string
	// ForeignTaxID identifies an operator that has neither Italian code
	// (identificativo fiscale estero); it is used only when TaxCode and
	// VATNumber are both empty.
	ForeignTaxID string
	// Address is the registered office; optional.
	Address Address
	// Email is the contact address (usually the PEC); optional.
	Email string
}

// Address is a postal address; every field is optional.
type Address struct {
	// Street is the street and number, "Viale De Gasperi 124".
	Street string
	// Locality is the comune, "San Benedetto del Tronto".
	Locality string
	// PostalCode is the CAP, "63074".
	PostalCode string
	// Region is the region, "Marche".
	Region string
	// CountryName is the country's name, "Italia".
	CountryName string
}

// GroupRole is the role of a member of a temporary grouping of economic
// operators (RTI, consortium), with the values of ANAC's ruoloType.
type GroupRole string

// The roles in a grouping.
const (
	RoleMandante    GroupRole = "MANDANTE"    // 01-MANDANTE
	RoleMandataria  GroupRole = "MANDATARIA"  // 02-MANDATARIA
	RoleAssociata   GroupRole = "ASSOCIATA"   // 03-ASSOCIATA
	RoleCapogruppo  GroupRole = "CAPOGRUPPO"  // 04-CAPOGRUPPO
	RoleConsorziata GroupRole = "CONSORZIATA" // 05-CONSORZIATA
)

// Vendor is an economic operator (operatore economico) that took part in or
// won a lot: either a single operator, or a temporary grouping (RTI,
// consortium) when Members is not empty.
type Vendor struct {
	// Party is the single operator. For a grouping only Name is used (as
	// a label, "RTI Alfa S.p.A. – Beta S.r.l."); its members are
	// identified by Members.
	Party
	// Members are the operators of a grouping with their roles; empty for
	// a single operator.
	Members []GroupMember
}

// GroupMember is an operator of a grouping.
type GroupMember struct {
	Party
	// Role is the member's role in the grouping.
	Role GroupRole
}

// ---- OCDS ------------------------------------------------------------------

// OCDSData is the input of [OCDS]: the project, its lead body and Region, and
// the lots (one CIG each) procured for it.
type OCDSData struct {
	// OCIDPrefix is the publisher's OCID prefix, "ocds-capofila" (an
	// official prefix is "ocds-" plus six characters, registered with the
	// Open Contracting Partnership); each release's ocid is OCIDPrefix +
	// "-" + CIG.
	OCIDPrefix string
	// URI identifies the package; ideally the URL where it is published.
	URI string
	// PublishedDate is when the package was published, or when its data
	// last changed if it is generated on demand. It is required and is the
	// date of every release whose lot has no Updated time.
	PublishedDate time.Time
	// Publisher is who publishes the data.
	Publisher Publisher
	// License is the URL of the data license, optional
	// ("https://creativecommons.org/licenses/by/4.0/").
	License string
	// PublicationPolicy is the URL of the publication policy, optional.
	PublicationPolicy string
	// Buyer is the lead body (ente capofila): the OCDS buyer and, unless a
	// lot says otherwise, the procuring entity and the payer of every
	// payment.
	Buyer Party
	// Funder is the Region that funds the project.
	Funder Party
	// Project is the funded project, written as planning.budget.
	Project OCDSProject
	// Lots are the lots, one release each; they are written in CIG order.
	Lots []OCDSLot
}

// Publisher identifies the publisher of an OCDS package.
type Publisher struct {
	// Name is required, "Comune di San Benedetto del Tronto".
	Name string
	// Scheme and UID identify the publisher in an org-id scheme, optional
	// ("IT-CF", "00360140446").
	Scheme string
	UID    string
	// URI is a URL of the publisher, optional.
	URI string
}

// OCDSProject is the funded project the lots belong to.
type OCDSProject struct {
	// CUP is the Codice Unico di Progetto, written as
	// planning.budget.projectID.
	CUP string
	// Title is the project's title.
	Title string
	// Budget is the project's funding (the granted amount) in cents.
	Budget int64
}

// CPV is a Common Procurement Vocabulary code.
type CPV struct {
	// Code is "NNNNNNNN-N" (or the 8 digits alone); OCDS gets the 8 digits.
	Code string
	// Description is the CPV label, "Servizi informatici: consulenza,
	// sviluppo di software, Internet e supporto".
	Description string
}

// OCDSLot is a lot (lotto) of a procurement procedure: one CIG, one OCDS
// contracting process.
type OCDSLot struct {
	// CIG is the lot's Codice Identificativo Gara.
	CIG string
	// Title is the object of the lot (oggetto).
	Title string
	// Description is optional.
	Description string
	// Procedure is the procedure type; it gives procurementMethod and
	// procurementMethodDetails. Empty leaves both out.
	Procedure procurementlaw.Procedure
	// Object is works, services or supplies (mainProcurementCategory).
	Object procurementlaw.Object
	// BaseAmount is the base amount of the tender in cents, net of VAT.
	BaseAmount int64
	// CPV are the lot's CPV codes, the main one first.
	CPV []CPV
	// ProcuringEntity is the body that ran the procedure when it is not the
	// lead; nil means OCDSData.Buyer.
	ProcuringEntity *Party
	// Tenderers are the operators that submitted a tender.
	Tenderers []Vendor
	// Award is the award (aggiudicazione); nil if not yet awarded.
	Award *OCDSAward
	// Contracts are the contracts signed for the award; they need Award.
	Contracts []OCDSContract
	// Updated is when the lot's data last changed, the release date; zero
	// means OCDSData.PublishedDate.
	Updated time.Time
}

// OCDSAward is the award of a lot.
type OCDSAward struct {
	// Date is the date of the award decision.
	Date civil.Date
	// Amount is the awarded amount in cents, net of VAT.
	Amount int64
	// Suppliers are the awardees; a grouping is written as its members.
	Suppliers []Vendor
}

// ContractStatus is the state of a contract, with the code names of the
// domain.
type ContractStatus string

// The contract states (DOMAIN.md §4).
const (
	ContractActive     ContractStatus = "ACTIVE"
	ContractExecuted   ContractStatus = "EXECUTED"
	ContractClosed     ContractStatus = "CLOSED"
	ContractTerminated ContractStatus = "TERMINATED"
)

// OCDSContract is a contract (contratto / ordine) of a lot.
type OCDSContract struct {
	// Number is the contract's number or other identifier, unique within
	// the lot; empty means the CIG.
	Number string
	// Title is optional.
	Title string
	// Status is the contract's state; empty leaves it out.
	Status ContractStatus
	// DateSigned is when the contract was signed; zero leaves it out.
	DateSigned civil.Date
	// Net is the contract amount in cents, net of VAT (the OCDS value);
	// VAT is the VAT on it in cents, mentioned in the description.
	Net int64
	VAT int64
	// Start and End bound the contract period; zero dates are left out.
	Start civil.Date
	End   civil.Date
	// Payments are the payments made to the supplier
	// (implementation.transactions).
	Payments []OCDSPayment
}

// Treasury is the payee of the payments made to the State by F24 (the VAT
// of a split-payment invoice, art. 17-ter DPR 633/1972, and withholding
// tax): Agenzia delle Entrate, which collects them for the Erario.
var Treasury = Party{Name: "Agenzia delle Entrate", TaxCode: "06363391001", VATNumber: "06363391001"}

// OCDSPayment is a payment of a contract (mandato di pagamento).
type OCDSPayment struct {
	// ID is the payment mandate number, unique within the contract.
	ID string
	// Date is the mandate (or receipt) date.
	Date civil.Date
	// Amount is in cents.
	Amount int64
	// Payee is who was paid; nil means the award's first supplier (for a
	// grouping, its mandataria or capogruppo). Payments by F24 name
	// Treasury.
	Payee *Party
}

// ---- ANAC L. 190/2012 ------------------------------------------------------

// ANACData is the input of [ANAC190]: the dataset of one contracting body for
// one year.
type ANACData struct {
	// Title is the dataset's title (titolo); empty means "Pubblicazione 1
	// legge 190".
	Title string
	// Abstract describes the dataset; empty means a sentence with Body and
	// Year.
	Abstract string
	// PublishedOn is the dataset's publication date; required.
	PublishedOn civil.Date
	// Publisher is the name of the publishing body (entePubblicatore);
	// empty means Body.Name.
	Publisher string
	// UpdatedOn is the date of the last update; zero means PublishedOn.
	UpdatedOn civil.Date
	// Year is the reference year (annoRiferimento).
	Year int
	// URL is where the file is published (urlFile); required.
	URL string
	// License is the license (licenza); empty means "IODL".
	License string
	// Body is the contracting body (strutturaProponente) of every lot that
	// does not name its own: TaxCode (or VATNumber) and Name.
	Body Party
	// Lots are the lots of the year; they are written in CIG order.
	Lots []ANACLot
}

// ANACLot is a lot (one CIG) of the ANAC dataset.
type ANACLot struct {
	// CIG is the lot's Codice Identificativo Gara (10 characters).
	CIG string
	// Proposer is the contracting body when it is not ANACData.Body.
	Proposer *Party
	// Object is the object of the lot (oggetto).
	Object string
	// Procedure is the procedure type (sceltaContraente); required.
	Procedure procurementlaw.Procedure
	// Participants are the operators invited or that took part.
	Participants []Vendor
	// Awardees are the operators the lot was awarded to.
	Awardees []Vendor
	// AwardAmount is the awarded amount in cents, net of VAT.
	AwardAmount int64
	// Start and End are the start and completion dates of the works,
	// services or supplies; zero dates are left out.
	Start civil.Date
	End   civil.Date
	// Paid is the amount paid out (somme liquidate) in cents, net of VAT,
	// as of the dataset's date.
	Paid int64
}

// ---- Tables ----------------------------------------------------------------

// BudgetRow is a budget line (voce di budget): member × intervention line ×
// expense category (× year), as [BudgetTable] lists it.
type BudgetRow struct {
	// Member is the body's name.
	Member string
	// LineCode and Line are the intervention line's code and title.
	LineCode string
	Line     string
	// CategoryCode and Category are the expense category's code and title.
	CategoryCode string
	Category     string
	// Year is the budget year; 0 leaves the cell empty.
	Year int
	// Amount is in cents.
	Amount int64
}

// AllocationRow holds one member's figures for one expense category, in
// cents, as [AllocationTable] lists them.
type AllocationRow struct {
	// Member is the body's name.
	Member string
	// CategoryCode and Category are the expense category's code and title.
	CategoryCode string
	Category     string
	// Figures are the member's money in the category.
	ledger.Figures
}

// InvoiceRow is an electronic invoice (fattura elettronica) as
// [InvoiceTable] lists it.
type InvoiceRow struct {
	// Number and Date are the invoice's.
	Number string
	Date   civil.Date
	// Vendor and VendorVAT identify the supplier.
	Vendor    string
	VendorVAT string
	// CIG and CUP are the codes on the invoice.
	CIG string
	CUP string
	// Taxable, VAT and Total are in cents.
	Taxable int64
	VAT     int64
	Total   int64
	// SplitPayment reports VAT under split payment (EsigibilitaIVA "S").
	SplitPayment bool
	// Paid is the amount paid so far in cents; PaidOn the date of the last
	// payment (zero: none).
	Paid   int64
	PaidOn civil.Date
}

// ExpenseRow is an expense item (voce di spesa rendicontata): an invoice, or
// part of it, charged to one member and category, as [ExpenseTable] lists
// it.
type ExpenseRow struct {
	// ClaimNumber is the number of the claim (rendiconto) the item belongs
	// to; 0 leaves the cell empty.
	ClaimNumber int
	// Member is the member charged.
	Member string
	// CategoryCode and Category are the expense category's code and title.
	CategoryCode string
	Category     string
	// InvoiceNumber and InvoiceDate identify the invoice with VendorVAT.
	InvoiceNumber string
	InvoiceDate   civil.Date
	Vendor        string
	VendorVAT     string
	// CIG and CUP are the codes on the invoice.
	CIG string
	CUP string
	// Taxable, VAT and Total are the invoice's amounts in cents.
	Taxable int64
	VAT     int64
	Total   int64
	// Charged is the amount of this item in cents (importo imputato).
	Charged int64
	// Admitted is the amount admitted by the auditors in cents; nil (not
	// reviewed yet) leaves the cell empty.
	Admitted *int64
	// MandateNumber and MandateDate identify the payment mandate;
	// ReceiptDate is its receipt (quietanza) date.
	MandateNumber string
	MandateDate   civil.Date
	ReceiptDate   civil.Date
}
