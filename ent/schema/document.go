package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/capofila/capofila/ent/schema/scope"
)

// Document (Documento) is a stored file: evidence, a signed contract, a
// frozen report. Its SHA-256 proves which bytes were submitted.
type Document struct {
	ent.Schema
}

// Mixin of Document.
func (Document) Mixin() []ent.Mixin { return scoped("DC") }

// Fields of Document.
func (Document) Fields() []ent.Field {
	return []ent.Field{
		optRef("aggregation_id", "The aggregation the document belongs to; decides who may read it.").Immutable(),
		optRef("body_id", "The member body the document concerns, if one.").Immutable(),
		enum("kind", "What the document is.",
			EnumValue{"EVIDENCE", "Evidence that a deliverable was delivered, uploaded for one member."},
			EnumValue{"CONTRACT", "A signed contract or one of its annexes."},
			EnumValue{"INVOICE_XML", "The FatturaPA file an invoice was imported from (XML, or signed .p7m)."},
			EnumValue{"RESOLUTION", "A council resolution (*delibera*), e.g. a member's joining the aggregation."},
			EnumValue{"AGREEMENT", "A signed agreement of the aggregation (*convenzione*) or one of its annexes."},
			EnumValue{"APPLICATION_DOSSIER", "The frozen PDF of a submitted application."},
			EnumValue{"CLAIM_REPORT", "The frozen PDF report of a submitted expense claim, or a digitally signed copy of it."},
			EnumValue{"REVIEW_MINUTES", "The frozen minutes (*verbale*) of a completed review."},
			EnumValue{"VARIATION_REQUEST", "The frozen PDF of a submitted variation request."},
			EnumValue{"VARIATION_DECISION", "The frozen PDF of the Region's decision on a variation."},
			EnumValue{"ATTACHMENT", "An attachment a call requires of every application (see attachmentCode)."},
			EnumValue{"OTHER", "Any other file, e.g. an annex of an expense claim."},
		).Default("OTHER").Annotations(entgql.OrderField("KIND")),
		text("filename", 255, "Original file name.").Annotations(entgql.OrderField("FILENAME")),
		text("mime_type", 100, "Media type, e.g. application/pdf."),
		field.Int64("size_bytes").NonNegative().Comment("Size in bytes.").Annotations(entgql.OrderField("SIZE_BYTES")),
		field.String("sha256").MinLen(64).MaxLen(64).Comment("SHA-256 of the content, lower-case hex."),
		field.String("content_sha256").Optional().MaxLen(64).
			Comment("For a frozen report: the fingerprint of its data printed on its cover (SHA-256, lower-case hex), which verifyDocument accepts like the file's own."),
		field.String("storage_key").NotEmpty().Sensitive().Comment("Where the store keeps the bytes."),
		enum("signature_kind", "Digital signature format of the file, as recognised on upload (the signature itself is not verified).",
			EnumValue{"NONE", "Not signed, or no signature recognised."},
			EnumValue{"PADES", "A PDF with an embedded signature (PAdES)."},
			EnumValue{"CADES", "A signed envelope, .p7m (CAdES)."},
			EnumValue{"XADES", "An XML signature (XAdES)."},
		).Default("NONE"),
		optText("attachment_code", 200, "Which required attachment of the call the document fulfils (its name in the call)."),
		field.Bool("frozen").Default(false).
			Comment("True for the stored copy of a submission: its bytes never change."),
		optRef("uploaded_by_id", "The user who uploaded it.").Immutable(),
	}
}

// Edges of Document.
func (Document) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("aggregation", Aggregation.Type).Field("aggregation_id").Unique().Immutable(),
		edge.To("body", PublicBody.Type).Field("body_id").Unique().Immutable(),
		edge.To("uploaded_by", User.Type).Field("uploaded_by_id").Unique().Immutable(),
		edge.From("application", Application.Type).Ref("documents").Unique(),
		edge.From("agreement", Agreement.Type).Ref("documents").Unique(),
		edge.From("deliverable", Deliverable.Type).Ref("documents").Unique(),
		edge.From("contract", Contract.Type).Ref("documents").Unique(),
		edge.From("invoice", Invoice.Type).Ref("documents").Unique(),
		edge.From("expense_claim", ExpenseClaim.Type).Ref("documents").Unique(),
		edge.From("review", Review.Type).Ref("documents").Unique(),
		edge.From("variation", Variation.Type).Ref("documents").Unique(),
	}
}

// Indexes of Document.
func (Document) Indexes() []ent.Index {
	return []ent.Index{index.Fields("sha256"), index.Fields("content_sha256"), index.Fields("aggregation_id")}
}

// Annotations of Document.
func (Document) Annotations() []schema.Annotation {
	return readOnly("A stored file (*documento*): an attachment, evidence, a signed contract, an imported invoice or a frozen report. Its SHA-256 identifies the bytes stored; download it at /documents/{id}. A frozen document is a submission and never changes: verifyDocument tells whether a file is one.", inAggregation(scope.Documents))
}
