// Package scope is the vocabulary of an entity's tenant scope: which rows
// its tenant columns are copied from, or that it has none, and who reads
// it. Every schema in ent/schema declares one Decl (with its GraphQL shape,
// ent/schema/annotations.go); entc writes them into a table, ent/gen.Scopes
// (template ent/template/scopes.tmpl), with typed code to read a row's
// tenant columns; ent/rule reads only that table. It depends on nothing, so
// that the schema, the generated client and the rules all share it.
package scope

// Kind is how a row gets its scope.
type Kind string

// The kinds of scope.
const (
	// Tenant rows carry the tenant columns (aggregation, Region), set when
	// the row is created from the edges its Decl names (ent/rule
	// TenantHook). Writing one needs a permitted role whose grant covers
	// the row's scope.
	Tenant Kind = "tenant"
	// Global rows have no tenant columns: reference data and accounts.
	// Writing one needs a permitted role, or ADMIN (a grouping's members:
	// in the scope of the aggregation that owns the grouping, ent/rule
	// ownerScope).
	Global Kind = "global"
	// System rows are written only by the system (services acting after
	// their own checks): nobody writes them through the API.
	System Kind = "system"
)

// Read is who reads the rows of an entity: a read rule of ent/rule
// (read.go), which turns it into a filter on the tenant columns. The
// officers and auditors of a Region are "the Region"; the lead managers and
// member referents of an aggregation are its "members".
type Read string

// The read rules.
const (
	// Everyone signed in reads the rows: reference data.
	Everyone Read = "everyone"
	// Published rows (status other than DRAFT) are read by everyone, and
	// every row by the Region: a call.
	Published Read = "published"
	// ParentPublished rows are read by everyone once their parent is
	// published, and by the Region: a call's categories and lines.
	ParentPublished Read = "parent_published"
	// Applied rows are read by the members of the aggregation the row is
	// (Self), and by a Region once the aggregation has submitted an
	// application to one of its calls.
	Applied Read = "applied"
	// AggregationApplied rows are read by the members, and by a Region once
	// the row's aggregation has applied to it: memberships, agreements.
	AggregationApplied Read = "aggregation_applied"
	// Submitted rows are read by the members, and by the Region once the
	// row is submitted (status other than DRAFT): applications, claims.
	Submitted Read = "submitted"
	// ParentSubmitted rows are read by the members, and by the Region once
	// their parent is submitted: an application's budget lines.
	ParentSubmitted Read = "parent_submitted"
	// Members rows are read by the members and the Region: the rows of a
	// funded project.
	Members Read = "members"
	// OwnBody rows are read by the lead managers, the Region, and the
	// member referents of the row's body only: deliverables.
	OwnBody Read = "own_body"
	// Documents are read by whoever reads the object they are attached
	// to, no further, and by the member referents of their body (and the
	// aggregation's shared ones but claim reports).
	Documents Read = "documents"
	// OwnAccount rows are read by the user they are: users.
	OwnAccount Read = "own_account"
	// OwnRows rows are read by the user whose user_id they carry: role
	// assignments, API tokens.
	OwnRows Read = "own_rows"
	// Requests rows are read by the user whose user_id they carry, the
	// lead managers of their aggregation and the officers (not the
	// auditors) of their Region: access requests, which those decide.
	Requests Read = "requests"
	// Audit rows are read by those the event's audience names (ent/rule
	// auditEventRule): audit events.
	Audit Read = "audit"
	// Nobody reads the rows but the system and admins: sessions, sign-in
	// attempts, idempotency keys.
	Nobody Read = "nobody"
)

// Self names, as Decl.Aggregation, the row itself: an aggregation is its
// own tenant.
const Self = "self"

// Decl is the scope declaration of an entity, an annotation of its schema.
// Edges are named as in the schema; entc resolves each to its foreign key
// (and fails on a name that is no edge with a field).
type Decl struct {
	Kind Kind
	Read Read
	// Parent is the edge to the row a new row copies both tenant columns
	// from.
	Parent string
	// Aggregation is the edge to the row's aggregation (or Self).
	Aggregation string
	// Region is the edge to the row's Region body (a call's issuer).
	Region string
	// RegionOf is the edge to the row a new row copies its Region from (an
	// application's call).
	RegionOf string
	// RegionOnceSubmitted keeps a new row out of its Region's stored scope
	// while its parent is a DRAFT: an expense item of a draft claim (the
	// service submitting the claim then gives its items their Region).
	RegionOnceSubmitted bool
}

// Name of the annotation: ent/template/scopes.tmpl reads it by this name.
func (Decl) Name() string { return "Scope" }
