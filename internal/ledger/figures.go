package ledger

import "github.com/capofila/capofila/internal/money"

// Figures are the money of an allocation at one moment, in cents: of a
// member in a category, of a line, of a whole project. It is the one type
// of these figures: the allocation summary, the member statement, the
// claim report and the open-data allocation table all hold them, and add
// them up with Add.
type Figures struct {
	Allocated int64 // granted to the member × category (quota assegnata)
	Committed int64 // cost shares of contracts not terminated (impegnato)
	Invoiced  int64 // invoice shares (fatturato)
	Paid      int64 // payments, split across members like their invoices (pagato)
	Claimed   int64 // expense items in submitted claims (rendicontato)
	Admitted  int64 // amounts admitted by completed reviews (ammesso)
}

// Remaining is what is left to commit (residuo): allocated less committed.
func (f Figures) Remaining() int64 { return f.Allocated - f.Committed }

// Add adds o to f, figure by figure, with checked sums: when a sum does not
// fit it returns INVALID (rule money.overflow) and leaves f as it was.
func (f *Figures) Add(o Figures) error {
	var sum Figures
	pairs := []struct {
		dst  *int64
		a, b int64
	}{
		{&sum.Allocated, f.Allocated, o.Allocated}, {&sum.Committed, f.Committed, o.Committed},
		{&sum.Invoiced, f.Invoiced, o.Invoiced}, {&sum.Paid, f.Paid, o.Paid},
		{&sum.Claimed, f.Claimed, o.Claimed}, {&sum.Admitted, f.Admitted, o.Admitted},
	}
	for _, p := range pairs {
		s, err := money.Sum(p.a, p.b)
		if err != nil {
			return err
		}
		*p.dst = s
	}
	*f = sum
	return nil
}
