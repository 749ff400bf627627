package pdf

import (
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/ledger"
)

// Header is what every report prints on each page: the Region and the lead
// body at the top, the document id and the generation time at the bottom,
// next to "Pagina x di y".
type Header struct {
	// RegionName is the body that issued the call, "Regione Marche".
	RegionName string
	// LeadName is the lead body, "Comune di San Benedetto del Tronto".
	LeadName string
	// CallTitle is the title of the call (bando / avviso).
	CallTitle string
	// DocumentID identifies the stored document (e.g. its ULID or protocol
	// number); it is printed in the footer of every page.
	DocumentID string
	// GeneratedAt is printed in Europe/Rome time and written as the PDF
	// creation (and modification) date; it is required, and with it the
	// output depends only on the input.
	GeneratedAt time.Time
}

// Member is a body of the aggregation as the reports show it.
type Member struct {
	// Name is the full name, "Comune di Sant'Elpidio a Mare".
	Name string
	// Province is the province abbreviation (sigla), "FM".
	Province string
	// Kind is the kind of body, "Comune" or "Unione di Comuni".
	Kind string
	// Population is the number of inhabitants.
	Population int
}

// Line is an intervention line (linea di intervento) of the call.
type Line struct {
	// Code is the short code, "A".
	Code string
	// Title is the description, "Pagamenti online (pagoPA)".
	Title string
}

// Category is an expense category (categoria di spesa) of the call.
type Category struct {
	// Code is the short code, "SERV".
	Code string
	// Title is the description, "Servizi e forniture ICT".
	Title string
}

// ---- Dossier -------------------------------------------------------------

// DossierData is the application dossier (domanda di partecipazione): the
// aggregation, its members and the budget per member and intervention line.
type DossierData struct {
	Header
	// AggregationName is the name of the aggregation, "Marche Sud".
	AggregationName string
	// ProjectTitle is the title of the proposed project.
	ProjectTitle string
	// Lines are the intervention lines in display order; each becomes a
	// column of the budget table.
	Lines []Line
	// Categories are the expense categories in display order.
	Categories []Category
	// Members are the bodies of the aggregation, the lead included (marked
	// by DossierMember.Lead), in display order.
	Members []DossierMember
	// PopulationBasis says which figures the populations are, e.g. "ISTAT
	// al 1° gennaio 2024"; empty when unknown or of different years.
	PopulationBasis string
	// ContentSHA256 is the hex SHA-256 of the dossier's content, computed by
	// the caller and printed on the cover.
	ContentSHA256 string
	// Grant is the contribution requested from the Region, in cents; the
	// rest of the total cost is the members' own co-financing. It may not
	// exceed the total cost.
	Grant int64
	// LegalRepresentative is who signs for the lead body.
	LegalRepresentative string
	// Place and Date are printed above the signature ("San Benedetto del
	// Tronto, 23/11/2026").
	Place string
	Date  civil.Date
}

// DossierMember is a member with its budget lines.
type DossierMember struct {
	Member
	// Lead marks the lead body (ente capofila).
	Lead bool
	// Budget holds the budget lines of the member; several lines with the
	// same line and category are added up.
	Budget []BudgetAmount
}

// BudgetAmount is a budget line: an amount for one intervention line and
// expense category.
type BudgetAmount struct {
	// Line is a Line.Code of the dossier.
	Line string
	// Category is a Category.Code of the dossier.
	Category string
	// Amount is in cents.
	Amount int64
}

// ---- Member statement ----------------------------------------------------

// MemberStatementData is the statement of one member (scheda ente): its
// allocation and how it is being spent.
type MemberStatementData struct {
	Header
	// Member is the body the statement is about.
	Member Member
	// PopulationBasis says which figure Member.Population is, e.g. "ISTAT
	// al 1° gennaio 2024" or "censimento 2011"; empty when unknown.
	PopulationBasis string
	// ProjectTitle and CUP identify the funded project.
	ProjectTitle string
	CUP          string
	// AsOf is the date the figures refer to ("situazione al").
	AsOf civil.Date
	// Categories hold the member's figures per expense category.
	Categories []CategoryStatement
	// CostShares are the member's shares of the contracts.
	CostShares []CostShare
	// Invoices are the invoices charged (in part) to the member.
	Invoices []MemberInvoice
	// Payments are the payment mandates for those invoices.
	Payments []Payment
	// Deliverables are the member's deliverables.
	Deliverables []Deliverable
	// DeliverablesWithheld is set for a reader who does not read the
	// member's deliverables (another member's referent): the statement
	// says so instead of listing them.
	DeliverablesWithheld bool
}

// CategoryStatement holds one member's figures for one expense category,
// all in cents.
type CategoryStatement struct {
	// Category is the category's title.
	Category string
	// Figures are the member's money in the category: allocated,
	// committed, invoiced, paid, claimed, admitted and remaining.
	ledger.Figures
}

// CostShare is the member's share of a contract.
type CostShare struct {
	// Contract describes the contract, "Contratto n. 12/2026 – Piattaforma pagoPA".
	Contract string
	// CIG is the tender identifier of the contract's lot.
	CIG string
	// Vendor and VendorVAT identify the supplier.
	Vendor    string
	VendorVAT string
	// Amount is the member's share in cents.
	Amount int64
}

// MemberInvoice is an invoice charged, in whole or in part, to the member.
type MemberInvoice struct {
	// Number and Date are the invoice's.
	Number string
	Date   civil.Date
	// Vendor and VendorVAT identify the supplier.
	Vendor    string
	VendorVAT string
	// CIG is the tender identifier on the invoice.
	CIG string
	// Category is the title of the expense category charged.
	Category string
	// Total is the invoice total in cents.
	Total int64
	// Charged is the part charged to the member, in cents.
	Charged int64
}

// Payment is a payment mandate (mandato di pagamento).
type Payment struct {
	// MandateNumber and MandateDate identify the mandate.
	MandateNumber string
	MandateDate   civil.Date
	// Invoice is the number of the invoice paid.
	Invoice string
	// Amount is in cents.
	Amount int64
	// ReceiptDate is the date of the bank's receipt (quietanza); the zero
	// Date means not receipted yet.
	ReceiptDate civil.Date
}

// DeliverableStatus is the state of a deliverable, with the code names of
// the domain (PLANNED, IN_PROGRESS, …).
type DeliverableStatus string

// The deliverable states.
const (
	DeliverablePlanned    DeliverableStatus = "PLANNED"
	DeliverableInProgress DeliverableStatus = "IN_PROGRESS"
	DeliverableDelivered  DeliverableStatus = "DELIVERED"
	DeliverableAccepted   DeliverableStatus = "ACCEPTED"
	DeliverableRejected   DeliverableStatus = "REJECTED"
)

// Deliverable is an output of an intervention line for a member.
type Deliverable struct {
	// Line is the Line.Code of the intervention line.
	Line string
	// Title describes the deliverable.
	Title string
	// Due is the due date.
	Due civil.Date
	// Status is the deliverable's state.
	Status DeliverableStatus
}

// ---- Claim report --------------------------------------------------------

// ClaimReportData is the expense claim (rendiconto / domanda di rimborso) sent
// to the Region.
type ClaimReportData struct {
	Header
	// ProjectTitle and CUP identify the funded project.
	ProjectTitle string
	CUP          string
	// ClaimNumber is the progressive number of the claim.
	ClaimNumber int
	// PeriodFrom and PeriodTo bound the reporting period.
	PeriodFrom civil.Date
	PeriodTo   civil.Date
	// ClaimDate is the date of the claim.
	ClaimDate civil.Date
	// ContentSHA256 is the hex SHA-256 of the claim's content, computed by
	// the caller and printed on the cover.
	ContentSHA256 string
	// Lines are the intervention lines in display order.
	Lines []Line
	// Categories are the expense categories in display order.
	Categories []Category
	// Deliverables are the deliverables of every member.
	Deliverables []MemberDeliverable
	// Finance holds the figures per member and category.
	Finance []MemberFinance
	// Procurements are the procurement procedures of the project.
	Procurements []Procurement
	// Expenses are the expense items claimed in this period.
	Expenses []Expense
	// Declarant is the name of the person who signs the declaration (D.P.R.
	// 445/2000, art. 47); empty leaves a line to fill in by hand.
	Declarant string
	// DeclarantRole is the declarant's role as printed after the name, e.g.
	// "Dirigente Settore Innovazione del Comune di San Benedetto del Tronto,
	// ente capofila dell'aggregazione «Marche Sud»".
	DeclarantRole string
	// Place is printed with ClaimDate above the signature.
	Place string
}

// MemberDeliverable is a deliverable of one member.
type MemberDeliverable struct {
	// Member is the member's name, as in MemberFinance.Member.
	Member string
	Deliverable
}

// MemberFinance holds one member's figures per expense category.
type MemberFinance struct {
	// Member is the member's name.
	Member string
	// Categories hold the figures; categories absent count as zero.
	Categories []CategoryFinance
}

// CategoryFinance holds the figures of one member and expense category, in
// cents.
type CategoryFinance struct {
	// Category is a Category.Code of the report.
	Category string
	// Figures are the member's money in the category; Claimed is what has
	// been claimed so far, this claim included (the report does not show
	// Admitted).
	ledger.Figures
	// ClaimedPeriod is what this claim asks for.
	ClaimedPeriod int64
}

// Procurement is a procurement procedure (procedura di affidamento) of one
// lot.
type Procurement struct {
	// CIG is the lot's tender identifier.
	CIG string
	// Object is what was procured.
	Object string
	// ProcedureCode is the ANAC procedure type code, "23".
	ProcedureCode string
	// ProcedureLabel is its Italian label, "Affidamento diretto".
	ProcedureLabel string
	// BaseAmount and AwardAmount are in cents (net of VAT).
	BaseAmount  int64
	AwardAmount int64
	// Vendor and VendorVAT identify the awardee.
	Vendor    string
	VendorVAT string
	// ContractDate is when the contract was signed (zero: not yet).
	ContractDate civil.Date
}

// Expense is an expense item claimed: an invoice (or part of it) charged
// to one member and paid.
type Expense struct {
	// InvoiceNumber and InvoiceDate identify the invoice together with
	// VendorVAT.
	InvoiceNumber string
	InvoiceDate   civil.Date
	VendorVAT     string
	// CIG and CUP are the codes on the invoice.
	CIG string
	CUP string
	// Taxable, VAT and Total are the invoice's amounts in cents; an
	// invoice split across members repeats them on each item.
	Taxable int64
	VAT     int64
	Total   int64
	// Charged is the amount of this item, in cents.
	Charged int64
	// Member is the member charged.
	Member string
	// Category is a Category.Code of the report.
	Category string
	// MandateNumber is the payment mandate; ReceiptDate its receipt
	// (quietanza) date.
	MandateNumber string
	ReceiptDate   civil.Date
}

// ---- Review minutes ------------------------------------------------------

// CheckResult is the result of a checklist item.
type CheckResult string

// The checklist results.
const (
	CheckOK CheckResult = "OK" // "Conforme"
	CheckKO CheckResult = "KO" // "Non conforme"
	CheckNA CheckResult = "NA" // "Non applicabile"
)

// ReviewOutcome is the outcome of a review.
type ReviewOutcome string

// The review outcomes, named like the claim states they lead to.
const (
	OutcomeAccepted          ReviewOutcome = "ACCEPTED"
	OutcomePartiallyAccepted ReviewOutcome = "PARTIALLY_ACCEPTED"
	OutcomeRejected          ReviewOutcome = "REJECTED"
	OutcomeChangesRequested  ReviewOutcome = "CHANGES_REQUESTED"
)

// ReviewMinutesData are the minutes (verbale di controllo) of an auditor's
// review of a claim.
type ReviewMinutesData struct {
	Header
	// ProjectTitle and CUP identify the project.
	ProjectTitle string
	CUP          string
	// ClaimNumber, ClaimDate, ClaimDocumentID and the period identify the
	// claim reviewed.
	ClaimNumber     int
	ClaimDate       civil.Date
	ClaimDocumentID string
	PeriodFrom      civil.Date
	PeriodTo        civil.Date
	// Auditor is the reviewer's name; AuditorOffice the office, optional.
	Auditor       string
	AuditorOffice string
	// StartedOn and CompletedOn bound the review.
	StartedOn   civil.Date
	CompletedOn civil.Date
	// Checklist holds the checks performed.
	Checklist []Check
	// Decisions hold the decision on each expense item.
	Decisions []ItemDecision
	// ContentSHA256 is the hex SHA-256 of the minutes' content, computed by
	// the caller and printed on the cover.
	ContentSHA256 string
	// Outcome is the overall outcome; empty while the review is open (the
	// minutes are then a draft: no closing date, no outcome).
	Outcome ReviewOutcome
	// Comments is free text; each line is a paragraph.
	Comments string
	// Place is printed with CompletedOn above the signature.
	Place string
}

// Check is a checklist item.
type Check struct {
	// Code is an optional reference, "C.01".
	Code string
	// Description is what was checked.
	Description string
	// Result is the result.
	Result CheckResult
	// Note is an optional remark.
	Note string
}

// ItemDecision is the decision on one expense item: the cut is Claimed −
// Admitted.
type ItemDecision struct {
	// InvoiceNumber and InvoiceDate identify the invoice.
	InvoiceNumber string
	InvoiceDate   civil.Date
	// Member is the member charged.
	Member string
	// Claimed and Admitted are in cents; 0 ≤ Admitted ≤ Claimed.
	Claimed  int64
	Admitted int64
	// Reason explains a cut.
	Reason string
}
