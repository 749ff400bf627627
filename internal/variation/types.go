package variation

import (
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/civil"
)

// Difference is one cell of a variation's before/after grid: a member, an
// expense category and optionally an intervention line.
type Difference struct {
	Body             *gen.PublicBody
	ExpenseCategory  *gen.ExpenseCategory
	InterventionLine *gen.InterventionLine
	BeforeCents      int64
	AfterCents       int64
	DeltaCents       int64
}

// MemberTotal is a member's total before and after a variation.
type MemberTotal struct {
	Body        *gen.PublicBody
	BeforeCents int64
	AfterCents  int64
	DeltaCents  int64
}

// Differences is a variation's plan against the plan it changes.
type Differences struct {
	Rows         []Difference
	Members      []MemberTotal
	EndsOnBefore *civil.Date
	EndsOnAfter  *civil.Date
}
