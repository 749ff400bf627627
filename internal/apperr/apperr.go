// Package apperr defines the one error type that Capofila returns for expected
// failures. Every layer (validators, services, authorization) reports problems
// as *Error values; internal/apperr/problem maps them to GraphQL errors and HTTP answers with
// extensions.code once, and everything else is treated as an internal error.
package apperr

import (
	"errors"
	"fmt"
)

// Code classifies an expected failure. The values are the strings sent to
// clients in extensions.code.
type Code string

// The error codes of the API.
const (
	Invalid         Code = "INVALID"
	NotFound        Code = "NOT_FOUND"
	Conflict        Code = "CONFLICT"
	Forbidden       Code = "FORBIDDEN"
	Unauthenticated Code = "UNAUTHENTICATED"
	RateLimited     Code = "RATE_LIMITED"
	// Timeout: the request ran past its deadline or a database statement
	// past the statement timeout; retrying later, or asking for less, may
	// succeed.
	Timeout Code = "TIMEOUT"
	// Unavailable: the database cannot be reached (restarting, network);
	// nothing was saved and retrying shortly may succeed.
	Unavailable Code = "UNAVAILABLE"
	Internal    Code = "INTERNAL"
)

// Error is an expected failure with a user-safe message. Message is written for
// the people using Capofila (Italian first); Field names the input field the
// error concerns, when there is one; Rule is a stable machine-readable key of
// the rule that failed (e.g. "partita_iva.checksum") that clients may translate.
type Error struct {
	Code    Code
	Message string
	Field   string
	Rule    string
	// Details lists, when one request breaks several rules at once (e.g.
	// every ineligible expense of a claim), each of them; Message then
	// says them all and Rule is the first one's. Clients receive them as
	// extensions.details.
	Details []Detail
	// Err is an optional wrapped cause; it is never shown to clients.
	Err error
}

// Detail is one of the failures an Error reports together.
type Detail struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
	// Field is the input concerned, when there is one.
	Field string `json:"field,omitempty"`
	// Facts identify what failed and by how much, for clients that show
	// the failures in their own way (e.g. item, invoiceID, bodyID,
	// amountCents).
	Facts map[string]any `json:"facts,omitempty"`
}

// Error implements error.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

// Unwrap returns the wrapped cause.
func (e *Error) Unwrap() error { return e.Err }

// E builds an error with a code and a message.
func E(code Code, msg string) *Error { return &Error{Code: code, Message: msg} }

// Errorf builds an error with a code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// InvalidField builds an INVALID error about one input field.
func InvalidField(field, rule, msg string) *Error {
	return &Error{Code: Invalid, Field: field, Rule: rule, Message: msg}
}

// WithField returns a copy of e that concerns field.
func (e *Error) WithField(field string) *Error {
	c := *e
	c.Field = field
	return &c
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

// CodeOf returns the code of err: the code of the *Error in its chain, or
// Internal for any other non-nil error.
func CodeOf(err error) Code {
	if err == nil {
		return ""
	}
	if e, ok := As(err); ok {
		return e.Code
	}
	return Internal
}

// Invalidf builds an INVALID error about one input field, with a rule key
// and a formatted (Italian) message.
func Invalidf(field, rule, format string, args ...any) error {
	return &Error{Code: Invalid, Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// Conflictf builds a CONFLICT error (the action does not fit the current
// state), with a rule key and a formatted (Italian) message.
func Conflictf(rule, format string, args ...any) error {
	return &Error{Code: Conflict, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// OnField returns err concerning field when it is an *Error; other errors
// pass through.
func OnField(err error, field string) error {
	if e, ok := As(err); ok {
		return e.WithField(field)
	}
	return err
}
