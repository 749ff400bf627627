package project

import (
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/lifecycle"
)

// invalid is an INVALID error about field, with an Italian message.
func invalid(field, rule, format string, args ...any) error {
	return &apperr.Error{Code: apperr.Invalid, Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// conflict is a CONFLICT error: the action does not fit the current state.
func conflict(rule, format string, args ...any) error {
	return &apperr.Error{Code: apperr.Conflict, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

func projectLabel(p *gen.Project) string { return lifecycle.Project.Label(string(p.Status)) }

// withField sets the field of an apperr.Error (other errors pass through).
func withField(err error, field string) error {
	if ae, ok := apperr.As(err); ok {
		return ae.WithField(field)
	}
	return err
}

func claimLabel(cl *gen.ExpenseClaim) string { return lifecycle.ExpenseClaim.Label(string(cl.Status)) }
