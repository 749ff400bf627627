package opendata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/procurementlaw"
)

// OCDSVersion is the OCDS schema version the packages declare.
const OCDSVersion = "1.1"

// The org-id schemes of Italian identifiers (https://org-id.guide): IT-CF
// for the codice fiscale, IT-IVA for the partita IVA.
const (
	SchemeCF  = "IT-CF"
	SchemeIVA = "IT-IVA"
)

// The OCDS party roles used, in the order a party lists them.
var roleOrder = []string{"buyer", "procuringEntity", "funder", "tenderer", "supplier", "payer", "payee"}

// OCDS returns an OCDS 1.1 release package (indented JSON) with one release
// per lot: ocid = OCIDPrefix + "-" + CIG, initiationType "tender", language
// "it". Each release carries its parties (the lead as buyer and, unless the
// lot names another, procuring entity; the Region as funder; the operators
// as tenderers and suppliers, a grouping as its members; payer and payee of
// the payments), the buyer, planning.budget (projectID = CUP), the tender
// (procurementMethod from the procedure type, with the Italian label and
// ANAC code in procurementMethodDetails; CPV items; base value), the award
// and the contracts with their payments as implementation.transactions.
//
// The release tags say what the release holds: "tender" for a lot not yet
// awarded, otherwise "award", plus "contract" when there are contracts and
// "implementation" when there are payments. Amounts are JSON numbers in
// euro with two decimals, written exactly from the cents; dates are
// date-times in Europe/Rome at the start of the day (a contract period ends
// at the end of its last day). Releases are sorted by CIG.
func OCDS(p OCDSData) ([]byte, error) {
	if err := checkOCDS(p); err != nil {
		return nil, err
	}
	lots := slices.Clone(p.Lots)
	slices.SortStableFunc(lots, func(a, b OCDSLot) int { return strings.Compare(a.CIG, b.CIG) })

	pkg := ocdsPackage{
		URI:               p.URI,
		Version:           OCDSVersion,
		PublishedDate:     p.PublishedDate.Format(time.RFC3339),
		Publisher:         ocdsPublisher(p.Publisher),
		License:           p.License,
		PublicationPolicy: p.PublicationPolicy,
	}
	for _, lot := range lots {
		r, err := ocdsRelease(p, lot)
		if err != nil {
			return nil, err
		}
		pkg.Releases = append(pkg.Releases, r)
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(pkg); err != nil {
		return nil, fmt.Errorf("opendata: encoding OCDS: %w", err)
	}
	return buf.Bytes(), nil
}

// checkOCDS checks what the schema requires and OCDS cannot default.
func checkOCDS(p OCDSData) error {
	var errs []error
	if strings.TrimSpace(p.OCIDPrefix) == "" {
		errs = append(errs, errors.New("opendata: OCDS: OCIDPrefix is required"))
	}
	if strings.TrimSpace(p.URI) == "" {
		errs = append(errs, errors.New("opendata: OCDS: URI is required"))
	}
	if p.PublishedDate.IsZero() {
		errs = append(errs, errors.New("opendata: OCDS: PublishedDate is required"))
	}
	if strings.TrimSpace(p.Publisher.Name) == "" {
		errs = append(errs, errors.New("opendata: OCDS: Publisher.Name is required"))
	}
	if len(p.Lots) == 0 {
		errs = append(errs, errors.New("opendata: OCDS: a release package needs at least one lot"))
	}
	seen := map[string]bool{}
	for _, lot := range p.Lots {
		switch {
		case strings.TrimSpace(lot.CIG) == "":
			errs = append(errs, fmt.Errorf("opendata: OCDS: lot %q without CIG", lot.Title))
		case seen[lot.CIG]:
			errs = append(errs, fmt.Errorf("opendata: OCDS: duplicate lot CIG %s", lot.CIG))
		}
		seen[lot.CIG] = true
		if lot.Procedure != "" && !lot.Procedure.Valid() {
			errs = append(errs, fmt.Errorf("opendata: OCDS: lot %s: unknown procedure %q", lot.CIG, lot.Procedure))
		}
		if lot.Object != "" && !lot.Object.Valid() {
			errs = append(errs, fmt.Errorf("opendata: OCDS: lot %s: unknown object %q", lot.CIG, lot.Object))
		}
		if len(lot.Contracts) > 0 && lot.Award == nil {
			errs = append(errs, fmt.Errorf("opendata: OCDS: lot %s: contracts without an award", lot.CIG))
		}
	}
	return errors.Join(errs...)
}

func ocdsRelease(p OCDSData, lot OCDSLot) (*release, error) {
	ocid := p.OCIDPrefix + "-" + lot.CIG
	date := lot.Updated
	if date.IsZero() {
		date = p.PublishedDate
	}
	r := &release{
		OCID:           ocid,
		ID:             ocid + "-" + date.UTC().Format("20060102T150405Z"),
		Date:           date.Format(time.RFC3339),
		InitiationType: "tender",
		Language:       "it",
	}
	book := newPartyBook()
	where := func(what string) string { return fmt.Sprintf("lot %s: %s", lot.CIG, what) }

	buyer, err := book.add(p.Buyer, "buyer", where("buyer"))
	if err != nil {
		return nil, err
	}
	r.Buyer = buyer
	procuring := p.Buyer
	if lot.ProcuringEntity != nil {
		procuring = *lot.ProcuringEntity
	}
	procRef, err := book.add(procuring, "procuringEntity", where("procuring entity"))
	if err != nil {
		return nil, err
	}
	if p.Funder.Name != "" || hasID(p.Funder) {
		if _, err := book.add(p.Funder, "funder", where("funder")); err != nil {
			return nil, err
		}
	}

	if p.Project.CUP != "" || p.Project.Budget != 0 || p.Project.Title != "" {
		b := &budget{Description: p.Project.Title, Project: p.Project.Title, ProjectID: p.Project.CUP}
		if p.Project.CUP != "" {
			b.ID = p.Project.CUP
		}
		if p.Project.Budget != 0 {
			b.Amount = eurValue(p.Project.Budget)
		}
		r.Planning = &planning{Budget: b}
	}

	if err := ocdsTender(&r.Tender, lot, procRef, book, where); err != nil {
		return nil, err
	}
	tags := []string{"tender"}
	if lot.Award != nil {
		if tags, err = ocdsAwardAndContracts(r, lot, buyer, book, where); err != nil {
			return nil, err
		}
	}
	r.Tag = tags
	r.Parties = book.organizations()
	return r, nil
}

// ocdsTender fills the tender of a lot's release: its procedure, value,
// CPV items and tenderers.
func ocdsTender(t *tender, lot OCDSLot, procRef orgRef, book *partyBook, where func(string) string) error {
	t.ID = lot.CIG
	t.Title = lot.Title
	t.Description = lot.Description
	t.ProcuringEntity = &procRef
	if lot.Award != nil {
		t.Status = "complete"
	} else {
		t.Status = "active"
	}
	if lot.Procedure != "" {
		t.ProcurementMethod = procurementlaw.ProcurementMethod(lot.Procedure)
		t.ProcurementMethodDetails = fmt.Sprintf("%s (codice ANAC %s)", procurementlaw.Label(lot.Procedure), procurementlaw.ANACCode(lot.Procedure))
	}
	t.MainProcurementCategory = procurementCategory(lot.Object)
	if lot.BaseAmount != 0 {
		t.Value = eurValue(lot.BaseAmount)
	}
	for i, c := range lot.CPV {
		code, _, _ := strings.Cut(strings.TrimSpace(c.Code), "-")
		t.Items = append(t.Items, item{
			ID:             fmt.Sprint(i + 1),
			Description:    c.Description,
			Classification: &classification{Scheme: "CPV", ID: code, Description: c.Description},
		})
	}
	for _, v := range lot.Tenderers {
		refs, err := book.addVendor(v, "tenderer", where("tenderer"))
		if err != nil {
			return err
		}
		t.Tenderers = appendRefs(t.Tenderers, refs...)
	}
	if n := len(lot.Tenderers); n > 0 {
		t.NumberOfTenderers = &n
	}
	return nil
}

// ocdsAwardAndContracts fills the award and the contracts of an awarded
// lot's release and returns the release's tags.
func ocdsAwardAndContracts(r *release, lot OCDSLot, buyer orgRef, book *partyBook, where func(string) string) ([]string, error) {
	tags := []string{}
	aw := award{
		ID:     lot.CIG + "-aggiudicazione",
		Title:  lot.Title,
		Status: "active",
		Value:  eurValue(lot.Award.Amount),
	}
	if !lot.Award.Date.IsZero() {
		aw.Date = isoDateTime(lot.Award.Date)
	}
	var firstPayee *orgRef
	for _, v := range lot.Award.Suppliers {
		refs, err := book.addVendor(v, "supplier", where("supplier"))
		if err != nil {
			return nil, err
		}
		aw.Suppliers = appendRefs(aw.Suppliers, refs...)
		if firstPayee == nil && len(refs) > 0 {
			ref := refs[leadMember(v)]
			firstPayee = &ref
		}
	}
	r.Awards = []award{aw}
	tags = append(tags, "award")

	implemented := false
	contractIDs := map[string]bool{}
	for _, c := range lot.Contracts {
		oc, err := ocdsContract(lot, c, aw.ID, buyer, firstPayee, book, where)
		if err != nil {
			return nil, err
		}
		if contractIDs[oc.ID] {
			return nil, fmt.Errorf("opendata: OCDS: %s", where(fmt.Sprintf("duplicate contract %q", oc.ID)))
		}
		contractIDs[oc.ID] = true
		if oc.Implementation != nil {
			implemented = true
		}
		r.Contracts = append(r.Contracts, oc)
	}
	if len(r.Contracts) > 0 {
		tags = append(tags, "contract")
	}
	if implemented {
		tags = append(tags, "implementation")
	}
	return tags, nil
}

func ocdsContract(lot OCDSLot, c OCDSContract, awardID string, payer orgRef, defaultPayee *orgRef, book *partyBook, where func(string) string) (contract, error) {
	oc := contract{
		ID:      c.Number,
		AwardID: awardID,
		Title:   c.Title,
		Status:  contractStatus(c.Status),
		Value:   eurValue(c.Net),
	}
	if oc.ID == "" {
		oc.ID = lot.CIG
	}
	if c.VAT != 0 {
		oc.Description = fmt.Sprintf("Importo al netto di IVA; IVA %s, totale %s.", money.FormatEUR(c.VAT), money.FormatEUR(c.Net+c.VAT))
	}
	if !c.DateSigned.IsZero() {
		oc.DateSigned = isoDateTime(c.DateSigned)
	}
	if !c.Start.IsZero() || !c.End.IsZero() {
		oc.Period = &period{}
		if !c.Start.IsZero() {
			oc.Period.StartDate = isoDateTime(c.Start)
		}
		if !c.End.IsZero() {
			oc.Period.EndDate = endOfDay(c.End)
		}
	}
	if len(c.Payments) > 0 {
		if _, err := book.add(partyOfRef(book, payer), "payer", where("payer")); err != nil {
			return contract{}, err
		}
		impl := &implementation{}
		ids := map[string]bool{}
		for _, pay := range c.Payments {
			if strings.TrimSpace(pay.ID) == "" {
				return contract{}, fmt.Errorf("opendata: OCDS: %s", where("payment without mandate number"))
			}
			if ids[pay.ID] {
				return contract{}, fmt.Errorf("opendata: OCDS: %s", where(fmt.Sprintf("duplicate payment %q in contract %q", pay.ID, oc.ID)))
			}
			ids[pay.ID] = true
			tr := transaction{ID: pay.ID, Value: eurValue(pay.Amount)}
			if !pay.Date.IsZero() {
				tr.Date = isoDateTime(pay.Date)
			}
			p := payer
			tr.Payer = &p
			switch {
			case pay.Payee != nil:
				ref, err := book.add(*pay.Payee, "payee", where("payee"))
				if err != nil {
					return contract{}, err
				}
				tr.Payee = &ref
			case defaultPayee != nil:
				ref, err := book.add(partyOfRef(book, *defaultPayee), "payee", where("payee"))
				if err != nil {
					return contract{}, err
				}
				tr.Payee = &ref
			}
			impl.Transactions = append(impl.Transactions, tr)
		}
		oc.Implementation = impl
	}
	return oc, nil
}

// leadMember returns the index, among the references addVendor returns for
// v, of the member that receives payments: the mandataria or capogruppo of
// a grouping, otherwise the first.
func leadMember(v Vendor) int {
	for i, m := range v.Members {
		if m.Role == RoleMandataria || m.Role == RoleCapogruppo {
			return i
		}
	}
	return 0
}

func procurementCategory(o procurementlaw.Object) string {
	switch o {
	case procurementlaw.Works:
		return "works"
	case procurementlaw.Services:
		return "services"
	case procurementlaw.Supplies:
		return "goods"
	}
	return ""
}

// contractStatus maps the domain states to OCDS 1.1 contractStatus; an
// executed or closed contract is "terminated" (no longer in force, in OCDS
// 1.1 terms, which includes full completion).
func contractStatus(s ContractStatus) string {
	switch s {
	case ContractActive:
		return "active"
	case ContractExecuted, ContractClosed, ContractTerminated:
		return "terminated"
	}
	return ""
}

// isoDateTime is the start of d in Europe/Rome, RFC 3339.
func isoDateTime(d civil.Date) string { return d.In(civil.Rome).Format(time.RFC3339) }

// endOfDay is the last second of d in Europe/Rome, RFC 3339: a contract
// period includes its end date.
func endOfDay(d civil.Date) string {
	return d.AddDays(1).In(civil.Rome).Add(-time.Second).Format(time.RFC3339)
}

// ---- Parties ---------------------------------------------------------------

// identifier returns the main org-id scheme and id of p: codice fiscale,
// else partita IVA, else the foreign tax id (without a scheme).
func identifier(p Party) (scheme, id string) {
	switch {
	case strings.TrimSpace(p.TaxCode) != "":
		return SchemeCF, strings.ToUpper(strings.TrimSpace(p.TaxCode))
	case strings.TrimSpace(p.VATNumber) != "":
		return SchemeIVA, strings.TrimSpace(p.VATNumber)
	case strings.TrimSpace(p.ForeignTaxID) != "":
		return "", strings.TrimSpace(p.ForeignTaxID)
	}
	return "", ""
}

func hasID(p Party) bool { _, id := identifier(p); return id != "" }

// partyID is the id of p within a release: "IT-CF-00360140446",
// "IT-IVA-…", or "EXT-…" for a foreign tax id.
func partyID(p Party) string {
	scheme, id := identifier(p)
	switch {
	case id == "":
		return ""
	case scheme == "":
		return "EXT-" + id
	}
	return scheme + "-" + id
}

// partyBook collects the parties of a release, merging the roles of a party
// met more than once (by id) and keeping the order of first appearance.
type partyBook struct {
	list  []*organization
	byID  map[string]*organization
	input map[string]Party
}

func newPartyBook() *partyBook {
	return &partyBook{byID: map[string]*organization{}, input: map[string]Party{}}
}

func (b *partyBook) add(p Party, role, where string) (orgRef, error) {
	id := partyID(p)
	if id == "" {
		return orgRef{}, fmt.Errorf("opendata: OCDS: %s %q has no codice fiscale, partita IVA or foreign tax id", where, p.Name)
	}
	o, ok := b.byID[id]
	if !ok {
		o = newOrganization(id, p)
		b.byID[id] = o
		b.input[id] = p
		b.list = append(b.list, o)
	}
	if !slices.Contains(o.Roles, role) {
		o.Roles = append(o.Roles, role)
	}
	return orgRef{ID: o.ID, Name: o.Name}, nil
}

// addVendor adds a single operator, or each member of a grouping, with role.
func (b *partyBook) addVendor(v Vendor, role, where string) ([]orgRef, error) {
	if len(v.Members) == 0 {
		ref, err := b.add(v.Party, role, where)
		if err != nil {
			return nil, err
		}
		return []orgRef{ref}, nil
	}
	refs := make([]orgRef, 0, len(v.Members))
	for _, m := range v.Members {
		ref, err := b.add(m.Party, role, where)
		if err != nil {
			return nil, err
		}
		refs = append(refs, ref)
	}
	return refs, nil
}

// organizations returns the parties, each with its roles in a fixed order.
func (b *partyBook) organizations() []*organization {
	for _, o := range b.list {
		slices.SortStableFunc(o.Roles, func(x, y string) int {
			return slices.Index(roleOrder, x) - slices.Index(roleOrder, y)
		})
	}
	return b.list
}

func partyOfRef(b *partyBook, r orgRef) Party { return b.input[r.ID] }

func newOrganization(id string, p Party) *organization {
	scheme, code := identifier(p)
	o := &organization{
		ID:         id,
		Name:       p.Name,
		Identifier: &orgIdentifier{Scheme: scheme, ID: code, LegalName: p.Name},
	}
	if scheme == SchemeCF {
		if vat := strings.TrimSpace(p.VATNumber); vat != "" && vat != code {
			o.AdditionalIdentifiers = []orgIdentifier{{Scheme: SchemeIVA, ID: vat, LegalName: p.Name}}
		}
	}
	if a := p.Address; a != (Address{}) {
		o.Address = &address{
			StreetAddress: a.Street, Locality: a.Locality, Region: a.Region,
			PostalCode: a.PostalCode, CountryName: a.CountryName,
		}
	}
	if p.Email != "" {
		o.ContactPoint = &contactPoint{Email: p.Email}
	}
	return o
}

// appendRefs appends the references not already in refs.
func appendRefs(refs []orgRef, more ...orgRef) []orgRef {
	for _, r := range more {
		if !slices.ContainsFunc(refs, func(x orgRef) bool { return x.ID == r.ID }) {
			refs = append(refs, r)
		}
	}
	return refs
}

func ocdsPublisher(p Publisher) publisher {
	return publisher{Name: p.Name, Scheme: p.Scheme, UID: p.UID, URI: p.URI}
}

// ---- Amounts ---------------------------------------------------------------

// eurAmount is an amount in cents that marshals as a JSON number in euro
// with two decimals (12345 → 123.45), written from the integer, never
// through a float.
type eurAmount int64

// MarshalJSON implements json.Marshaler.
func (a eurAmount) MarshalJSON() ([]byte, error) { return []byte(decimal(int64(a))), nil }

// decimal writes cents as euro with '.' and two decimals: 12345 → "123.45",
// -5 → "-0.05".
func decimal(cents int64) string {
	mag := uint64(cents)
	sign := ""
	if cents < 0 {
		mag = -mag
		sign = "-"
	}
	return fmt.Sprintf("%s%d.%02d", sign, mag/100, mag%100)
}

func eurValue(cents int64) *value { return &value{Amount: eurAmount(cents), Currency: "EUR"} }

// ---- JSON shapes (OCDS 1.1 field order) ------------------------------------

type ocdsPackage struct {
	URI               string     `json:"uri"`
	Version           string     `json:"version"`
	PublishedDate     string     `json:"publishedDate"`
	Publisher         publisher  `json:"publisher"`
	License           string     `json:"license,omitempty"`
	PublicationPolicy string     `json:"publicationPolicy,omitempty"`
	Releases          []*release `json:"releases"`
}

type publisher struct {
	Name   string `json:"name"`
	Scheme string `json:"scheme,omitempty"`
	UID    string `json:"uid,omitempty"`
	URI    string `json:"uri,omitempty"`
}

type release struct {
	OCID           string          `json:"ocid"`
	ID             string          `json:"id"`
	Date           string          `json:"date"`
	Tag            []string        `json:"tag"`
	InitiationType string          `json:"initiationType"`
	Language       string          `json:"language"`
	Parties        []*organization `json:"parties"`
	Buyer          orgRef          `json:"buyer"`
	Planning       *planning       `json:"planning,omitempty"`
	Tender         tender          `json:"tender"`
	Awards         []award         `json:"awards,omitempty"`
	Contracts      []contract      `json:"contracts,omitempty"`
}

type organization struct {
	ID                    string          `json:"id"`
	Name                  string          `json:"name"`
	Identifier            *orgIdentifier  `json:"identifier,omitempty"`
	AdditionalIdentifiers []orgIdentifier `json:"additionalIdentifiers,omitempty"`
	Address               *address        `json:"address,omitempty"`
	ContactPoint          *contactPoint   `json:"contactPoint,omitempty"`
	Roles                 []string        `json:"roles"`
}

type orgIdentifier struct {
	Scheme    string `json:"scheme,omitempty"`
	ID        string `json:"id"`
	LegalName string `json:"legalName,omitempty"`
}

type address struct {
	StreetAddress string `json:"streetAddress,omitempty"`
	Locality      string `json:"locality,omitempty"`
	Region        string `json:"region,omitempty"`
	PostalCode    string `json:"postalCode,omitempty"`
	CountryName   string `json:"countryName,omitempty"`
}

type contactPoint struct {
	Email string `json:"email,omitempty"`
}

type orgRef struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
}

type planning struct {
	Budget *budget `json:"budget,omitempty"`
}

type budget struct {
	ID          string `json:"id,omitempty"`
	Description string `json:"description,omitempty"`
	Amount      *value `json:"amount,omitempty"`
	Project     string `json:"project,omitempty"`
	ProjectID   string `json:"projectID,omitempty"`
}

type value struct {
	Amount   eurAmount `json:"amount"`
	Currency string    `json:"currency"`
}

type tender struct {
	ID                       string   `json:"id"`
	Title                    string   `json:"title,omitempty"`
	Description              string   `json:"description,omitempty"`
	Status                   string   `json:"status,omitempty"`
	ProcuringEntity          *orgRef  `json:"procuringEntity,omitempty"`
	Items                    []item   `json:"items,omitempty"`
	Value                    *value   `json:"value,omitempty"`
	ProcurementMethod        string   `json:"procurementMethod,omitempty"`
	ProcurementMethodDetails string   `json:"procurementMethodDetails,omitempty"`
	MainProcurementCategory  string   `json:"mainProcurementCategory,omitempty"`
	NumberOfTenderers        *int     `json:"numberOfTenderers,omitempty"`
	Tenderers                []orgRef `json:"tenderers,omitempty"`
}

type item struct {
	ID             string          `json:"id"`
	Description    string          `json:"description,omitempty"`
	Classification *classification `json:"classification,omitempty"`
}

type classification struct {
	Scheme      string `json:"scheme"`
	ID          string `json:"id"`
	Description string `json:"description,omitempty"`
}

type award struct {
	ID        string   `json:"id"`
	Title     string   `json:"title,omitempty"`
	Status    string   `json:"status,omitempty"`
	Date      string   `json:"date,omitempty"`
	Value     *value   `json:"value,omitempty"`
	Suppliers []orgRef `json:"suppliers,omitempty"`
}

type contract struct {
	ID             string          `json:"id"`
	AwardID        string          `json:"awardID"`
	Title          string          `json:"title,omitempty"`
	Description    string          `json:"description,omitempty"`
	Status         string          `json:"status,omitempty"`
	Period         *period         `json:"period,omitempty"`
	Value          *value          `json:"value,omitempty"`
	DateSigned     string          `json:"dateSigned,omitempty"`
	Implementation *implementation `json:"implementation,omitempty"`
}

type period struct {
	StartDate string `json:"startDate,omitempty"`
	EndDate   string `json:"endDate,omitempty"`
}

type implementation struct {
	Transactions []transaction `json:"transactions,omitempty"`
}

type transaction struct {
	ID    string  `json:"id"`
	Date  string  `json:"date,omitempty"`
	Value *value  `json:"value,omitempty"`
	Payer *orgRef `json:"payer,omitempty"`
	Payee *orgRef `json:"payee,omitempty"`
}
