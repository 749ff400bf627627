package disbursements_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	gproject "github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/disbursements"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/projecttest"
	"github.com/capofila/capofila/internal/testdb"
)

// TestRequestDisbursement_AdvanceInterimBalance follows the Region's
// disbursements to the demo project at an 80% contribution rate, a 2%
// advance and interim payments up to 6%, to the cent, on both databases:
// advance → interim → interim stopped at the cap → balance. Every amount is
// split among EU, State and Region like the decree's grant and records the
// admitted cost it was computed on.
func TestRequestDisbursement_AdvanceInterimBalance(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f, p := disbursementFixture(t, d, 200, 600)
		g := p.GrantedCents
		advance := request(t, f, p, disbursement.KindADVANCE, nil)
		wantDisbursement(t, p, advance, disbursement.KindADVANCE, money.BasisPoints(g, 200), 0)

		first := firstClaim(t, f)
		admitted1 := f.Accept(t, first, nil)
		interim1 := request(t, f, p, disbursement.KindINTERIM, &first)
		contribution1 := money.BasisPoints(admitted1, 8000)
		wantDisbursement(t, p, interim1, disbursement.KindINTERIM, contribution1-advance.AmountCents, admitted1)
		refused(t, f, p, disbursement.KindINTERIM, &first, apperr.Conflict, "disbursement.claim_paid")
		refused(t, f, p, disbursement.KindBALANCE, nil, apperr.Conflict, "disbursement.not_completed")

		second := f.Claim(t, f.Items()).ID
		admitted2 := f.Accept(t, second, nil)
		interim2 := request(t, f, p, disbursement.KindINTERIM, &second)
		// r × 113.245,77 € = 90.596,62 € is above the cap c·G: the
		// interim payments stop at it.
		wantDisbursement(t, p, interim2, disbursement.KindINTERIM, money.BasisPoints(g, 600)-contribution1, admitted1+admitted2)

		complete(t, f, p)
		refused(t, f, p, disbursement.KindRECOVERY, nil, apperr.Invalid, "disbursement.no_recovery")
		balance := request(t, f, p, disbursement.KindBALANCE, nil)
		total := money.BasisPoints(admitted1+admitted2, 8000)
		wantDisbursement(t, p, balance, disbursement.KindBALANCE, total-money.BasisPoints(g, 600), admitted1+admitted2)
		refused(t, f, p, disbursement.KindBALANCE, nil, apperr.Conflict, "disbursement.balance_done")

		st, err := f.Disbursements.DisbursementStatusOf(f.Officer, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if st.Disbursed != total || st.BalanceDue != 0 || st.Admitted != admitted1+admitted2 {
			t.Errorf("status %+v: want %d disbursed (r × admitted), nothing left", st, total)
		}
	})
}

// TestRequestDisbursement_Recovery: with a 30% advance and an 80% rate, the
// interim after the first claim is not due (the contribution on what was
// admitted is below the advance: the message shows the computation) and the
// balance is a recovery the lead returns, split like the grant.
func TestRequestDisbursement_Recovery(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		f, p := disbursementFixture(t, d, 3000, 5000)
		advance := request(t, f, p, disbursement.KindADVANCE, nil)
		wantDisbursement(t, p, advance, disbursement.KindADVANCE, money.BasisPoints(p.GrantedCents, 3000), 0)
		first := firstClaim(t, f)
		admitted := f.Accept(t, first, nil)
		contribution := money.BasisPoints(admitted, 8000)
		ae := refused(t, f, p, disbursement.KindINTERIM, &first, apperr.Invalid, "disbursement.nothing_due")
		for _, want := range []string{"80,00%", money.FormatEUR(admitted), money.FormatEUR(contribution), money.FormatEUR(advance.AmountCents)} {
			if !strings.Contains(ae.Message, want) {
				t.Errorf("message %q should show the computation with %s", ae.Message, want)
			}
		}
		for _, to := range []disbursement.Status{disbursement.StatusAPPROVED, disbursement.StatusPAID} {
			if _, err := f.Disbursements.TransitionDisbursement(f.Officer, advance.ID, to, nil, "mandato n. 1/2026"); err != nil {
				t.Fatal(err)
			}
		}

		complete(t, f, p)
		recovery := request(t, f, p, disbursement.KindBALANCE, nil)
		wantDisbursement(t, p, recovery, disbursement.KindRECOVERY, advance.AmountCents-contribution, admitted)
		for _, to := range []disbursement.Status{disbursement.StatusAPPROVED, disbursement.StatusPAID} {
			if _, err := f.Disbursements.TransitionDisbursement(f.Officer, recovery.ID, to, nil, "reversale n. 2/2026"); err != nil {
				t.Fatal(err)
			}
		}
		st, err := f.Disbursements.DisbursementStatusOf(f.Officer, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if st.Disbursed != contribution || st.Paid != contribution || st.BalanceDue != 0 {
			t.Errorf("status %+v: once the recovery is returned the Region has paid r × admitted = %d", st, contribution)
		}
		refused(t, f, p, disbursement.KindRECOVERY, nil, apperr.Conflict, "disbursement.balance_done")
	})
}

// disbursementFixture is the fixture with the call's plan at an 80%
// contribution rate, the advance and the interim cap given.
func disbursementFixture(t *testing.T, d *db.DB, advanceBp, interimMaxBp int) (*projecttest.Fixture, *gen.Project) {
	t.Helper()
	f := projecttest.Build(t, d.Client())
	sys := authz.WithSystem(context.Background())
	p, err := f.Client.Project.Get(sys, f.Demo.Project.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Client.Call.UpdateOneID(p.CallID).SetCofinancingRateBp(8000).SetAdvanceBp(advanceBp).SetInterimMaxBp(interimMaxBp).Exec(sys); err != nil {
		t.Fatal(err)
	}
	if p.EuCents+p.StateCents+p.RegionCents != p.GrantedCents || p.EuCents == 0 || p.StateCents == 0 || p.RegionCents == 0 {
		t.Fatalf("the demo's decree splits %d into %d + %d + %d", p.GrantedCents, p.EuCents, p.StateCents, p.RegionCents)
	}
	return f, p
}

func firstClaim(t *testing.T, f *projecttest.Fixture) pulid.ID {
	t.Helper()
	cl, err := f.Client.ExpenseClaim.Query().Where(expenseclaim.ProjectID(f.Demo.Project.ID), expenseclaim.Number(1)).Only(authz.WithSystem(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return cl.ID
}

func complete(t *testing.T, f *projecttest.Fixture, p *gen.Project) {
	t.Helper()
	sys := authz.WithSystem(context.Background())
	if err := f.Client.Deliverable.Update().Where(deliverable.ProjectID(p.ID)).SetStatus(deliverable.StatusACCEPTED).Exec(sys); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Project.TransitionProject(f.Officer, p.ID, gproject.StatusCOMPLETED); err != nil {
		t.Fatal(err)
	}
}

func request(t *testing.T, f *projecttest.Fixture, p *gen.Project, kind disbursement.Kind, claim *pulid.ID) *gen.Disbursement {
	t.Helper()
	d, err := f.Disbursements.RequestDisbursement(f.Officer, p.ID, kind, claim)
	if err != nil {
		t.Fatalf("%s: %v", kind, err)
	}
	return d
}

func refused(t *testing.T, f *projecttest.Fixture, p *gen.Project, kind disbursement.Kind, claim *pulid.ID, code apperr.Code, rule string) *apperr.Error {
	t.Helper()
	_, err := f.Disbursements.RequestDisbursement(f.Officer, p.ID, kind, claim)
	ae, ok := apperr.As(err)
	if !ok || ae.Code != code || ae.Rule != rule {
		t.Fatalf("%s: %v, want %s %s", kind, err, code, rule)
	}
	return ae
}

// wantDisbursement checks a disbursement's kind, amount, basis and split
// among the funding sources (largest remainder over the decree's parts).
func wantDisbursement(t *testing.T, p *gen.Project, d *gen.Disbursement, kind disbursement.Kind, amount, admitted int64) {
	t.Helper()
	if amount <= 0 {
		t.Fatalf("the expected %s amount %d is not positive: the case proves nothing", kind, amount)
	}
	parts, err := money.SplitLargestRemainder(amount, []int64{p.EuCents, p.StateCents, p.RegionCents})
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != kind || d.AmountCents != amount || d.AdmittedToDateCents != admitted || d.Status != disbursement.StatusREQUESTED ||
		d.EuCents != parts[0] || d.StateCents != parts[1] || d.RegionCents != parts[2] {
		t.Errorf("%s %d (EU %d, State %d, Region %d) on %d admitted, want %s %d (%v) on %d",
			d.Kind, d.AmountCents, d.EuCents, d.StateCents, d.RegionCents, d.AdmittedToDateCents, kind, amount, parts, admitted)
	}
}

// TestCheckPaymentReference: a payment names its act, not blank and at
// most MaxPaymentReference characters (counted as characters, not bytes).
func TestCheckPaymentReference(t *testing.T) {
	for _, tc := range []struct {
		ref string
		ok  bool
	}{
		{"mandato n. 1234/2026", true},
		{"  mandato n. 1  ", true},
		{strings.Repeat("à", disbursements.MaxPaymentReference), true},
		{"", false},
		{"   ", false},
		{strings.Repeat("x", disbursements.MaxPaymentReference+1), false},
	} {
		err := disbursements.CheckPaymentReference(tc.ref)
		if tc.ok != (err == nil) {
			t.Errorf("CheckPaymentReference(%q) = %v, want ok %v", tc.ref, err, tc.ok)
		}
		var ae *apperr.Error
		if err != nil && (!errors.As(err, &ae) || ae.Rule != "disbursement.reference" || ae.Code != apperr.Invalid) {
			t.Errorf("CheckPaymentReference(%q) = %v, want INVALID disbursement.reference", tc.ref, err)
		}
	}
}
