package graph

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/capofila/capofila/internal/apperr"
)

// publicFilterTargets are the where inputs of entities every signed-in
// user may read: filtering through an edge to them reveals nothing.
var publicFilterTargets = map[string]bool{"PublicBodyWhereInput": true, "VendorWhereInput": true}

// edgeFilterError refuses `where` arguments that filter through an edge to
// rows the viewer might not be allowed to read (has<Edge>, has<Edge>With):
// they compile to SQL subqueries that the privacy rules of the edge's
// target do not filter, so they could reveal another aggregation's data.
// Filters on the entity's own fields, and through edges to public
// reference data (bodies, vendors), are fine.
func edgeFilterError(fc *graphql.FieldContext) error {
	if fc != nil && fc.Args != nil {
		if w, ok := fc.Args["where"]; ok && w != nil {
			if edge := forbiddenEdge(reflect.ValueOf(w)); edge != "" {
				return &apperr.Error{Code: apperr.Invalid, Field: "where", Rule: "filter.edge",
					Message: fmt.Sprintf("Filtro non consentito: %s. Filtrare sui campi dell'elenco o sugli identificativi.", edge)}
			}
		}
	}
	return nil
}

// forbiddenEdge returns the GraphQL name of the first edge predicate in a
// where input that reaches a non-public entity, or "".
func forbiddenEdge(v reflect.Value) string {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if e := forbiddenEdge(v.Index(i)); e != "" {
				return e
			}
		}
		return ""
	case reflect.Struct:
	default:
		return ""
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if !f.IsExported() || isZero(fv) {
			continue
		}
		switch {
		case f.Name == "Not" || f.Name == "And" || f.Name == "Or":
			if e := forbiddenEdge(fv); e != "" {
				return e
			}
		case strings.HasPrefix(f.Name, "Has") && strings.HasSuffix(f.Name, "With"):
			if !publicFilterTargets[elemName(f.Type)] {
				return gqlName(f.Name)
			}
			if e := forbiddenEdge(fv); e != "" {
				return e
			}
		case strings.HasPrefix(f.Name, "Has") && f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Bool:
			with, ok := t.FieldByName(f.Name + "With")
			if !ok || !publicFilterTargets[elemName(with.Type)] {
				return gqlName(f.Name)
			}
		}
	}
	return ""
}

func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
		return v.IsNil() || (v.Kind() == reflect.Slice && v.Len() == 0)
	}
	return false
}

// elemName returns the name of the struct a []*T or *T field holds.
func elemName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.Name()
}

func gqlName(goName string) string { return strings.ToLower(goName[:1]) + goName[1:] }
