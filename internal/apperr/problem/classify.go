// Package problem is the one error mapping of Capofila: it classifies any
// Go error as an *apperr.Error (Classify), gives each code its HTTP status
// (Status) and writes the one JSON shape every surface answers with, as a
// GraphQL error (Presenter) or as an HTTP response (Write): GraphQL,
// downloads, sign-in and credentials, rate and body limits.
package problem

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/privacy"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/reqctx"
)

// Presenter returns the one mapping from Go errors to GraphQL errors.
// Expected failures (*apperr.Error, Ent validation, constraint and not-found
// errors, privacy decisions) become errors with extensions.code, a user-safe
// Italian message and, when known, the field; anything else is logged with
// the request id and reaches the client only as an internal error.
func Presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			// Parse, validation and input-coercion errors from gqlgen itself:
			// their message is about the query, safe to show.
			if gqlErr.Extensions == nil {
				gqlErr.Extensions = map[string]any{}
			}
			switch code, _ := gqlErr.Extensions["code"].(string); code {
			case string(apperr.NotFound), string(apperr.Invalid), string(apperr.Conflict),
				string(apperr.Forbidden), string(apperr.Unauthenticated), string(apperr.RateLimited), string(apperr.Timeout),
				string(apperr.Unavailable):
				return gqlErr
			case "GRAPHQL_PARSE_FAILED":
				gqlErr.Extensions["rule"] = "graphql.parse"
			case "GRAPHQL_VALIDATION_FAILED":
				gqlErr.Extensions["rule"] = "graphql.validation"
			case "":
			default:
				gqlErr.Extensions["rule"] = strings.ToLower(code)
			}
			gqlErr.Extensions["code"] = string(apperr.Invalid)
			return gqlErr
		}
		ae := Classify(err)
		if ae.Code == apperr.Forbidden && authz.FromContext(ctx) == nil {
			ae = authz.ErrUnauthenticated
		}
		if ae.Code == apperr.Internal {
			// The driver's own words for a cancelled query vary (SQLite says
			// "interrupted"): the request's deadline, or the client that went
			// away, is what happened.
			switch {
			case errors.Is(ctx.Err(), context.DeadlineExceeded):
				ae = errTimeout
			case errors.Is(ctx.Err(), context.Canceled):
				ae = errCanceled
			}
		}
		switch {
		case ae.Code == apperr.Internal:
			log.ErrorContext(ctx, "internal error", "err", err, "request_id", reqctx.RequestID(ctx))
		case ae.Code == apperr.Timeout:
			log.WarnContext(ctx, "timeout", "err", err, "request_id", reqctx.RequestID(ctx))
		case ae.Rule == errCanceled.Rule:
			log.DebugContext(ctx, "canceled by the client", "err", err, "request_id", reqctx.RequestID(ctx))
		}
		out := &gqlerror.Error{
			Message:    ae.Message,
			Path:       graphql.GetPath(ctx),
			Extensions: Extensions(ctx, ae),
		}
		if gqlErr != nil {
			out.Path = gqlErr.Path
			out.Locations = gqlErr.Locations
		}
		return out
	}
}

// Recover turns a panic in a resolver into an internal error; the panic is
// logged by the presenter with the request id.
func Recover(ctx context.Context, p any) error {
	return fmt.Errorf("panic: %v", p)
}

// Classify maps any error to an *apperr.Error: the GraphQL presenter and
// the HTTP handlers (file downloads, exports) fail the same way.
func Classify(err error) *apperr.Error {
	var ve *gen.ValidationError
	if errors.As(err, &ve) {
		return validationError(ve)
	}
	if ae, ok := apperr.As(err); ok {
		c := *ae
		c.Field = camel(c.Field)
		return &c
	}
	var ce *gen.ConstraintError
	if errors.As(err, &ce) {
		return constraintError(ce)
	}
	if gen.IsNotFound(err) {
		return apperr.E(apperr.NotFound, "Elemento non trovato.")
	}
	if errors.Is(err, privacy.Deny) {
		return apperr.E(apperr.Forbidden, "Operazione non consentita.")
	}
	if errors.Is(err, context.Canceled) {
		return errCanceled
	}
	var pgErr *pgconn.PgError
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &pgErr) && pgErr.Code == pgQueryCanceled) {
		return errTimeout
	}
	if pgErr != nil && pgBadValue[pgErr.Code] {
		return errBadValue
	}
	if db.IsConnectionLost(err) {
		return errUnavailable
	}
	if db.IsBusy(err) {
		return errBusy
	}
	return apperr.E(apperr.Internal, "Errore interno. Se il problema persiste, comunicare il codice della richiesta all'assistenza.")
}

// pgQueryCanceled is PostgreSQL's SQLSTATE for a statement cancelled by
// statement_timeout.
const pgQueryCanceled = "57014"

// pgBadValue are PostgreSQL's SQLSTATEs for a parameter that does not read
// as its column's type (invalid_text_representation,
// invalid_datetime_format, datetime_field_overflow). Capofila passes typed
// parameters, so only a value the client chose gets there: a forged
// cursor's ordering value.
var pgBadValue = map[string]bool{"22P02": true, "22007": true, "22008": true}

var errBadValue = &apperr.Error{Code: apperr.Invalid, Rule: "input.value",
	Message: "Un valore della richiesta non è del tipo del campo a cui si riferisce (se è un cursore, ricominciare dalla prima pagina)."}

var errUnavailable = &apperr.Error{Code: apperr.Unavailable, Rule: "db.unavailable",
	Message: "Il database non è raggiungibile in questo momento: nulla è stato salvato. Riprovare tra poco."}

var errBusy = &apperr.Error{Code: apperr.Unavailable, Rule: "db.busy",
	Message: "Il database è occupato da un'altra operazione: nulla è stato salvato. Riprovare tra poco."}

// errCanceled is a request its client abandoned (a browser leaving the
// page, a closed connection): not a bug, so neither INTERNAL nor logged as
// an error; nobody reads the answer, the code says what happened.
var errCanceled = &apperr.Error{Code: apperr.Unavailable, Rule: "request.canceled",
	Message: "La richiesta è stata annullata prima di terminare: nulla è stato salvato."}

var errTimeout = &apperr.Error{Code: apperr.Timeout, Rule: "request.timeout",
	Message: "La richiesta ha richiesto troppo tempo ed è stata interrotta. Riprovare, o chiedere meno dati per volta."}

var (
	reRequired = regexp.MustCompile(`missing required (?:field|edge) "[^."]*\.?([a-z_]+)"`)
	reEnum     = regexp.MustCompile(`invalid enum value for \w+ field: "(.*)"`)
)

func validationError(ve *gen.ValidationError) *apperr.Error {
	field := camel(ve.Name)
	if ae, ok := apperr.As(ve.Unwrap()); ok {
		c := *ae
		c.Field = field
		return &c
	}
	msg := ve.Error()
	switch {
	case strings.Contains(msg, "missing required"):
		if m := reRequired.FindStringSubmatch(msg); m != nil {
			field = camel(m[1])
		}
		return apperr.InvalidField(field, "required", fmt.Sprintf("Il campo %s è obbligatorio.", field))
	case strings.Contains(msg, "less than the required length"):
		return apperr.InvalidField(field, "not_empty", fmt.Sprintf("Il campo %s non può essere vuoto.", field))
	case strings.Contains(msg, "greater than the required length"):
		return apperr.InvalidField(field, "too_long", fmt.Sprintf("Il campo %s è troppo lungo.", field))
	case strings.Contains(msg, "out of range"):
		return apperr.InvalidField(field, "range", fmt.Sprintf("Il valore del campo %s è fuori dall'intervallo ammesso (gli importi non possono essere negativi).", field))
	case reEnum.MatchString(msg):
		return apperr.InvalidField(field, "enum", fmt.Sprintf("Valore non ammesso per il campo %s.", field))
	}
	return apperr.InvalidField(field, "invalid", fmt.Sprintf("Valore non valido per il campo %s.", field))
}

var (
	// PostgreSQL: duplicate key value violates unique constraint "public_bodies_istat_code_key"
	// SQLite: UNIQUE constraint failed: public_bodies.istat_code
	reUniqueSQLite = regexp.MustCompile(`UNIQUE constraint failed: ((?:[a-z_]+\.[a-z_]+(?:, )?)+)`)
	reUniquePG     = regexp.MustCompile(`Key \(([a-z_, ]+)\)=`)
)

func constraintError(ce *gen.ConstraintError) *apperr.Error {
	msg := ce.Error()
	low := strings.ToLower(msg)
	if strings.Contains(low, "foreign key") || strings.Contains(low, "violates foreign key") {
		return apperr.E(apperr.Invalid, "Il riferimento indicato non esiste o è ancora in uso da altri dati.")
	}
	field := ""
	var pgErr *pgconn.PgError
	if m := reUniqueSQLite.FindStringSubmatch(msg); m != nil {
		cols := strings.Split(m[1], ", ")
		if len(cols) == 1 {
			_, field, _ = strings.Cut(cols[0], ".")
		} else {
			field = strings.Join(cols, ",")
		}
	} else if errors.As(ce, &pgErr) {
		if m := reUniquePG.FindStringSubmatch(pgErr.Detail); m != nil {
			field = m[1]
		}
	}
	e := apperr.E(apperr.Conflict, "Esiste già un elemento con questi dati.")
	if field != "" && !strings.Contains(field, ",") {
		e.Field = camel(field)
		e.Message = fmt.Sprintf("Esiste già un elemento con lo stesso valore del campo %s.", e.Field)
	}
	e.Rule = "unique"
	return e
}

// camel turns an Ent field name (vat_id) into its GraphQL name (vatID).
func camel(s string) string {
	if !strings.Contains(s, "_") {
		return s
	}
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		switch parts[i] {
		case "id":
			parts[i] = "ID"
		case "":
		default:
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
