package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
	"github.com/capofila/capofila/internal/italy"
)

// Invoice (Fattura elettronica) is a FatturaPA invoice received by a body,
// matched to a contract by CIG and to a project by CUP.
type Invoice struct {
	ent.Schema
}

// Mixin of Invoice.
func (Invoice) Mixin() []ent.Mixin { return scoped("IN") }

// Fields of Invoice.
func (Invoice) Fields() []ent.Field {
	return []ent.Field{
		ref("project_id", "The project the invoice is charged to.").Immutable(),
		optRef("contract_id", "The contract the invoice is matched to by CIG."),
		optRef("vendor_id", "The supplier, when known as a vendor."),
		field.String("supplier_vat_id").NotEmpty().MaxLen(30).
			Comment("Supplier's VAT id as written on the invoice (IdFiscaleIVA, without country prefix for Italy)."),
		optText("supplier_name", 300, "Supplier's name as written on the invoice.").Annotations(entgql.OrderField("SUPPLIER_NAME")),
		field.String("buyer_codice_fiscale").Optional().Validate(italy.ValidateCodiceFiscaleEnte).
			Comment("Codice fiscale of the buying body (CessionarioCommittente)."),
		optText("buyer_office_code", 7, "Codice univoco ufficio the invoice was sent to (CodiceDestinatario): the IPA code of the buyer's e-invoicing office."),
		optRef("buyer_body_id", "The member the invoice is addressed to, recognised by its codice fiscale or office code, when it is not the lead: the invoice is charged to that member alone. Empty when addressed to the lead (split like the contract)."),
		optRef("credited_invoice_id", "For a credit note (TD04): the invoice of the project it reduces (DatiFattureCollegate).").Immutable(),
		text("number", 50, "Invoice number.").Annotations(entgql.OrderField("NUMBER")),
		date("issued_on", "Invoice date.").Annotations(entgql.OrderField("ISSUED_ON")),
		field.String("document_type").Default("TD01").MaxLen(4).
			Comment("FatturaPA document type (TipoDocumento): TD01 invoice, TD02 and TD03 advance, TD04 credit note (reduces the invoice it names), TD05 debit note, TD06 fee note (parcella), TD24 and TD25 deferred invoice."),
		field.String("currency").Default("EUR").MinLen(3).MaxLen(3).
			Comment("Currency of the document (Divisa, ISO 4217). Amounts in another currency than EUR are kept in foreign_total_cents and are not spending until converted by a recorded act (conversion_act)."),
		field.Int64("foreign_total_cents").Optional().Nillable().NonNegative().
			Comment("Document total in its own currency, in hundredths, when the currency is not EUR.").
			Annotations(entgql.Type("Cents")),
		optText("conversion_act", 300, "For an invoice in another currency: the act that recorded its value in euro (e.g. the payment mandate with the exchange rate applied)."),
		optText("cig", 10, "CIG as written on the invoice (may be wrong: see problems)."),
		optText("cup", 15, "CUP as written on the invoice (may be wrong: see problems)."),
		money("taxable_cents", "Taxable amount (imponibile)."),
		money("vat_cents", "VAT (imposta).").Default(0),
		money("total_cents", "Document total (ImportoTotaleDocumento), stamp duty included when charged.").Annotations(entgql.OrderField("TOTAL")),
		money("stamp_duty_cents", "Virtual stamp duty charged on the document (DatiBollo/ImportoBollo): part of the total, never of the spending.").Default(0),
		money("withholding_cents", "Withholding tax (DatiRitenuta/ImportoRitenuta): paid to the Treasury by F24 instead of to the supplier.").Default(0),
		money("credited_taxable_cents", "Taxable amount of the credit notes (TD04) that reduce this invoice.").Default(0).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		money("credited_vat_cents", "VAT of the credit notes (TD04) that reduce this invoice.").Default(0).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Bool("split_payment").Default(false).
			Comment("VAT under split payment (EsigibilitaIVA = S): the body pays the VAT to the State."),
		date("due_on", "Payment due date.").Optional().Nillable(),
		field.Strings("problems").Optional().
			Comment("Matching problems found on import (e.g. unknown CIG, CUP of another project); empty when the invoice matches.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Edges of Invoice.
func (Invoice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("project", Project.Type).Ref("invoices").Field("project_id").Unique().Required().Immutable(),
		edge.From("contract", Contract.Type).Ref("invoices").Field("contract_id").Unique(),
		edge.To("vendor", Vendor.Type).Field("vendor_id").Unique(),
		edge.To("buyer_body", PublicBody.Type).Field("buyer_body_id").Unique(),
		edge.To("credit_notes", Invoice.Type).Annotations(entgql.Skip()).
			From("credited_invoice").Field("credited_invoice_id").Unique().Immutable().
			Comment("For a credit note: the invoice it reduces."),
		edge.To("payments", Payment.Type).Annotations(conn()).Comment("Payments of the invoice."),
		edge.To("shares", InvoiceShare.Type).Annotations(conn()).Comment("The invoice split across members like its contract."),
		edge.To("documents", Document.Type).Annotations(conn()).Comment("The FatturaPA file and attachments."),
	}
}

// Indexes of Invoice.
func (Invoice) Indexes() []ent.Index {
	return []ent.Index{
		// An invoice (supplier, number, date) is registered once per
		// aggregation: the same document in another aggregation is not a
		// duplicate there and tells nothing about it (docs/DOMAIN.md).
		index.Fields("supplier_vat_id", "number", "issued_on", "tenant_aggregation_id").Unique(),
		index.Fields("project_id", "issued_on"),
		index.Fields("contract_id"),
		index.Fields("credited_invoice_id"),
	}
}

// Annotations of Invoice.
func (Invoice) Annotations() []schema.Annotation {
	return readOnly("An electronic invoice (*fattura elettronica*, FatturaPA) or credit note received for the project: imported from its FatturaPA file or entered by hand, matched to the project by CUP and to a contract by CIG, split across the members like its contract (shares) and paid in parts (payments). A credit note (TD04) reduces the invoice it names.", under("project", scope.Members))
}

// Payment (Mandato di pagamento) pays an invoice, in whole or in part.
type Payment struct {
	ent.Schema
}

// Mixin of Payment.
func (Payment) Mixin() []ent.Mixin { return scoped("PY") }

// Fields of Payment.
func (Payment) Fields() []ent.Field {
	return []ent.Field{
		ref("invoice_id", "The invoice paid.").Immutable(),
		enum("kind", "What part of the invoice the payment pays. An invoice is fully paid when each of its parts is.",
			EnumValue{"SUPPLIER", "The supplier, by bank transfer: the total less split-payment VAT, withholding tax and credit notes."},
			EnumValue{"VAT_F24", "The VAT of a split-payment invoice (*scissione dei pagamenti*, art. 17-ter DPR 633/1972), paid to the Treasury by F24."},
			EnumValue{"WITHHOLDING_F24", "The withholding tax (*ritenuta*), paid to the Treasury by F24."},
		).Default("SUPPLIER").Immutable(),
		text("mandate_number", 50, "Number of the payment mandate."),
		date("mandate_date", "Date of the payment mandate."),
		money("amount_cents", "Amount paid."),
		date("receipt_date", "Day the treasurer paid (quietanza); empty until then.").Optional().Nillable(),
	}
}

// Edges of Payment.
func (Payment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("invoice", Invoice.Type).Ref("payments").Field("invoice_id").Unique().Required().Immutable(),
	}
}

// Indexes of Payment.
func (Payment) Indexes() []ent.Index {
	// A mandate pays each part of an invoice once: recording it again (a
	// retried request) is a CONFLICT, never a second payment.
	return []ent.Index{index.Fields("invoice_id", "kind", "mandate_number").Unique()}
}

// Annotations of Payment.
func (Payment) Annotations() []schema.Annotation {
	return readOnly("A payment mandate (*mandato di pagamento*) paying one part of an invoice — the supplier, or the VAT or the withholding tax to the Treasury by F24 — with the day the treasurer paid it (*quietanza*). A mandate pays each part of an invoice once. Recorded with recordPayment.", under("invoice", scope.Members))
}

// InvoiceShare is the part of an invoice charged to one member, split like
// the contract's cost shares (largest remainder, so the parts sum to the
// invoice total).
type InvoiceShare struct {
	ent.Schema
}

// Mixin of InvoiceShare.
func (InvoiceShare) Mixin() []ent.Mixin { return scoped("IS") }

// Fields of InvoiceShare.
func (InvoiceShare) Fields() []ent.Field {
	return []ent.Field{
		ref("invoice_id", "The invoice.").Immutable(),
		ref("body_id", "The member body.").Immutable(),
		optRef("expense_category_id", "Expense category, from the contract's cost share.").Immutable(),
		money("amount_cents", "Part of the invoice total charged to the member."),
		field.Int64("paid_cents").NonNegative().Default(0).
			Comment("Part of the invoice's payments charged to the member: the payments split across the shares like the invoice (largest remainder), kept when a payment is recorded. In euro cents.").
			Annotations(entgql.Type("Cents")),
	}
}

// Edges of InvoiceShare.
func (InvoiceShare) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("invoice", Invoice.Type).Ref("shares").Field("invoice_id").Unique().Required().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Required().Immutable(),
		edge.To("expense_category", ExpenseCategory.Type).Field("expense_category_id").Unique().Immutable(),
	}
}

// Indexes of InvoiceShare.
func (InvoiceShare) Indexes() []ent.Index {
	return []ent.Index{index.Fields("invoice_id", "body_id").Unique(), index.Fields("body_id")}
}

// Annotations of InvoiceShare.
func (InvoiceShare) Annotations() []schema.Annotation {
	return readOnly("The part of an invoice charged to one member, split like the contract's cost shares (largest remainder, so the parts sum to the whole), with the member's part of the invoice's payments. What the member may claim of the invoice comes from it.", under("invoice", scope.Members))
}
