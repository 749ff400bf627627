package lifecycle_test

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/contract"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/deliverable"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/ent/gen/expenseclaim"
	"github.com/capofila/capofila/ent/gen/procurement"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/lifecycle"
)

func TestCheck_Transitions(t *testing.T) {
	for _, tc := range []struct {
		name     string
		m        lifecycle.Machine
		from, to string
		want     apperr.Code
	}{
		{"OK call published", lifecycle.Call, "DRAFT", "PUBLISHED", ""},
		{"OK application integration round trip", lifecycle.Application, "INTEGRATION_REQUESTED", "SUBMITTED", ""},
		{"OK deliverable rejected back in progress", lifecycle.Deliverable, "REJECTED", "IN_PROGRESS", ""},
		{"OK claim changes requested", lifecycle.ExpenseClaim, "UNDER_REVIEW", "CHANGES_REQUESTED", ""},
		{"ErrSkipPublication", lifecycle.Call, "DRAFT", "CLOSED", apperr.Conflict},
		{"ErrFundDraft", lifecycle.Application, "DRAFT", "FUNDED", apperr.Conflict},
		{"ErrWithdrawFunded", lifecycle.Application, "FUNDED", "WITHDRAWN", apperr.Conflict},
		{"ErrReopenClosedProject", lifecycle.Project, "CLOSED", "ACTIVE", apperr.Conflict},
		{"ErrPayRequested", lifecycle.Disbursement, "REQUESTED", "PAID", apperr.Conflict},
		{"ErrUnknownState", lifecycle.Contract, "ACTIVE", "SIGNED", apperr.Invalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.m.Check(tc.from, tc.to)
			if got := apperr.CodeOf(err); got != tc.want {
				t.Fatalf("Check(%s, %s) = %v (code %q), want code %q", tc.from, tc.to, err, got, tc.want)
			}
		})
	}
}

func TestCheck_ConflictNamesCurrentState(t *testing.T) {
	err := lifecycle.Application.Check("SUBMITTED", "DRAFT")
	if err == nil || !strings.Contains(err.Error(), "presentata") || !strings.Contains(err.Error(), "bozza") {
		t.Fatalf("message must name both states in Italian, got %v", err)
	}
}

// TestMachines_MatchSchemaEnums keeps every lifecycle in step with the
// status enum of its Ent entity: same states, and every transition between
// known states.
func TestMachines_MatchSchemaEnums(t *testing.T) {
	enums := map[string][]string{
		"Call":                 values(call.StatusValidator, "DRAFT", "PUBLISHED", "CLOSED", "ARCHIVED"),
		"Application":          values(application.StatusValidator, "DRAFT", "SUBMITTED", "INTEGRATION_REQUESTED", "ADMISSIBLE", "INADMISSIBLE", "FUNDED", "REJECTED", "WITHDRAWN"),
		"Project":              values(project.StatusValidator, "ACTIVE", "SUSPENDED", "COMPLETED", "CLOSED", "REVOKED"),
		"Procurement":          values(procurement.StatusValidator, "PLANNED", "PUBLISHED", "AWARDED", "CONTRACTED", "DESERTED", "CANCELLED"),
		"Contract":             values(contract.StatusValidator, "ACTIVE", "EXECUTED", "CLOSED", "TERMINATED"),
		"ContractModification": values(contractmodification.StatusValidator, "PROPOSED", "EFFECTIVE", "WITHDRAWN"),
		"Deliverable":          values(deliverable.StatusValidator, "PLANNED", "IN_PROGRESS", "DELIVERED", "ACCEPTED", "REJECTED"),
		"ExpenseClaim":         values(expenseclaim.StatusValidator, "DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED"),
		"Disbursement":         values(disbursement.StatusValidator, "REQUESTED", "APPROVED", "PAID"),
		"Variation":            values(variation.StatusValidator, "DRAFT", "REQUESTED", "APPROVED", "PARTIALLY_APPROVED", "REJECTED", "WITHDRAWN"),
	}
	if len(enums) != len(lifecycle.All) {
		t.Fatalf("%d lifecycles, %d enums checked", len(lifecycle.All), len(enums))
	}
	for entity, states := range enums {
		m := lifecycle.All[entity]
		if len(m.Labels) != len(states) {
			t.Errorf("%s: %d labelled states, schema has %d", entity, len(m.Labels), len(states))
		}
		for _, s := range states {
			if _, ok := m.Labels[s]; !ok {
				t.Errorf("%s: state %s has no label", entity, s)
			}
		}
		for from, tos := range m.Next {
			for _, to := range append([]string{from}, tos...) {
				if _, ok := m.Labels[to]; !ok {
					t.Errorf("%s: transition uses unknown state %s", entity, to)
				}
			}
		}
	}
}

// values checks that each state is accepted by the generated enum
// validator, and returns the states.
func values[T ~string](validate func(T) error, states ...string) []string {
	for _, s := range states {
		if err := validate(T(s)); err != nil {
			panic(err)
		}
	}
	if err := validate(T("NOT_A_STATE")); err == nil {
		panic("validator accepts anything")
	}
	return states
}
