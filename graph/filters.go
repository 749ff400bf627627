package graph

import (
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/internal/apperr"
)

// publicFilterTargets are the where inputs of entities every signed-in
// user may read: filtering through an edge to them reveals nothing.
var publicFilterTargets = map[string]bool{"PublicBodyWhereInput": true, "VendorWhereInput": true}

// The limits of a `where` argument. The web app's filters nest two levels
// and hold a few conditions; without limits a filter nested 1,000 levels
// or with 1,000 conditions became SQL that the database refused (an
// internal error), and a 50 KB text in a LIKE pattern too.
const (
	// MaxFilterDepth caps the nesting of and/or/not and of filters through
	// an edge (the where argument itself is level 1).
	MaxFilterDepth = 5
	// MaxFilterTerms caps the conditions of one where argument: each field
	// set, each value of an …In list and each filter of an and/or list.
	MaxFilterTerms = 100
	// MaxFilterText caps the characters of a text a filter compares with.
	MaxFilterText = 256
)

// edgeFilterError checks the `where` argument of a field: within the
// limits above (rules filter.depth, filter.size, filter.text), and without
// filters through an edge to rows the viewer might not be allowed to read
// (has<Edge>, has<Edge>With; rule filter.edge): they compile to SQL
// subqueries that the privacy rules of the edge's target do not filter,
// so they could reveal another aggregation's data. Filters on the
// entity's own fields, and through edges to public reference data
// (bodies, vendors), are fine.
func edgeFilterError(fc *graphql.FieldContext) error {
	if fc == nil || fc.Args == nil {
		return nil
	}
	w, ok := fc.Args["where"]
	if !ok || w == nil {
		return nil
	}
	c := filterCheck{}
	c.where(reflect.ValueOf(w), 1)
	if c.err != nil {
		return c.err
	}
	return nil
}

// forbiddenEdge returns the GraphQL name of the first edge predicate in a
// where input that reaches a non-public entity, or "".
func forbiddenEdge(v reflect.Value) string {
	c := filterCheck{edgesOnly: true}
	c.where(v, 1)
	return c.edge
}

// filterCheck walks a where input once and stops at the first problem.
type filterCheck struct {
	edgesOnly bool // look for forbidden edges only
	terms     int
	edge      string
	err       *apperr.Error
}

func (c *filterCheck) where(v reflect.Value, depth int) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice:
		for i := 0; i < v.Len() && c.err == nil; i++ {
			c.term()
			c.where(v.Index(i), depth)
		}
		return
	case reflect.Struct:
	default:
		return
	}
	if depth > MaxFilterDepth && !c.edgesOnly {
		c.err = &apperr.Error{Code: apperr.Invalid, Field: "where", Rule: "filter.depth",
			Message: fmt.Sprintf("Il filtro annida le condizioni (and, or, not, has…With) su più di %d livelli.", MaxFilterDepth)}
		return
	}
	t := v.Type()
	for i := 0; i < t.NumField() && c.err == nil; i++ {
		f, fv := t.Field(i), v.Field(i)
		if !f.IsExported() || isZero(fv) || elemKind(f.Type) == reflect.Func {
			continue
		}
		switch {
		case f.Name == "Not" || f.Name == "And" || f.Name == "Or":
			c.where(fv, depth+1)
		case strings.HasPrefix(f.Name, "Has") && strings.HasSuffix(f.Name, "With"):
			if !publicFilterTargets[elemName(f.Type)] {
				c.forbid(gqlName(f.Name))
				return
			}
			c.where(fv, depth+1)
		case strings.HasPrefix(f.Name, "Has") && f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Bool:
			with, ok := t.FieldByName(f.Name + "With")
			if !ok || !publicFilterTargets[elemName(with.Type)] {
				c.forbid(gqlName(f.Name))
				return
			}
			c.term()
		default:
			c.value(gqlName(f.Name), fv)
		}
	}
}

// value counts the values of one condition and checks their length.
func (c *filterCheck) value(name string, v reflect.Value) {
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Slice {
		c.term()
		c.text(name, v)
		return
	}
	for i := 0; i < v.Len() && c.err == nil; i++ {
		c.term()
		c.text(name, v.Index(i))
	}
}

func (c *filterCheck) text(name string, v reflect.Value) {
	if c.edgesOnly || v.Kind() != reflect.String || utf8.RuneCountInString(v.String()) <= MaxFilterText {
		return
	}
	c.err = &apperr.Error{Code: apperr.Invalid, Field: name, Rule: "filter.text",
		Message: fmt.Sprintf("Il testo del filtro %s supera i %d caratteri.", name, MaxFilterText)}
}

func (c *filterCheck) term() {
	c.terms++
	if c.terms > MaxFilterTerms && !c.edgesOnly && c.err == nil {
		c.err = &apperr.Error{Code: apperr.Invalid, Field: "where", Rule: "filter.size",
			Message: fmt.Sprintf("Il filtro ha più di %d condizioni: restringerlo o dividerlo in più richieste.", MaxFilterTerms)}
	}
}

func (c *filterCheck) forbid(edge string) {
	c.edge = edge
	c.err = &apperr.Error{Code: apperr.Invalid, Field: "where", Rule: "filter.edge",
		Message: fmt.Sprintf("Filtro non consentito: %s. Filtrare sui campi dell'elenco o sugli identificativi.", edge)}
}

func elemKind(t reflect.Type) reflect.Kind {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.Kind()
}

func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
		return v.IsNil() || (v.Kind() == reflect.Slice && v.Len() == 0)
	}
	return v.IsZero() // the <field>IsNil and <field>NotNil flags are plain bools
}

// elemName returns the name of the struct a []*T or *T field holds.
func elemName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.Name()
}

func gqlName(goName string) string { return strings.ToLower(goName[:1]) + goName[1:] }
