package handler

import (
	"fmt"
	"math/rand/v2"
)

// Exported for the tests of package handler_test, which go through the
// whole product (app).

// RefusalWork is the work countRefusal counts, and its parts.
func RefusalWork(query string, vars map[string]any) (int, string) {
	r := countRefusal(query, vars)
	return r.work(), fmt.Sprintf("%+v", r)
}

// DocGen generates random documents (docGen) from a fixed seed.
type DocGen struct{ g docGen }

// NewDocGen returns a generator seeded with s1, s2.
func NewDocGen(s1, s2 uint64) DocGen { return DocGen{docGen{r: rand.New(rand.NewPCG(s1, s2))}} }

// Document returns a random document and its variables.
func (g DocGen) Document() (string, map[string]any) { return g.g.document() }

// RefusalDocuments are the documents of issue #23 and the worst documents
// within the limits, by name, for BenchmarkRefusal.
func RefusalDocuments() map[string]string {
	return map[string]string{
		"typename9990": typename9990, "meID5000": meID5000, "conflicts1100": conflicts(1100),
		"introspection31": introspection31, "worstNested10x29": nested(10, 29), "worstConflicts100": conflicts(100),
	}
}
