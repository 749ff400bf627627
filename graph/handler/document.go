package handler

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// documentGuard is the gqlgen extension that looks at the shape of a query
// document before gqlgen validates it. Validation is not linear in the
// size of a document: a selection set repeating one field n times costs
// n²/2 comparisons (10,000 × __typename took 8.7 s of CPU), and every pair
// of conflicting fields is one error. The guard parses the document (linear,
// at most MaxTokens tokens), walks it once and refuses it (INVALID, rule
// query.selections, query.fragments, query.operations or input.number)
// when it holds more selections, fragments or operations than the limits,
// or a number literal no type can hold; so what reaches validation is
// bounded. Documents found in the query cache passed it already.
type documentGuard struct {
	limits Limits
	cache  graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = documentGuard{}

func (documentGuard) ExtensionName() string                   { return "CapofilaDocumentGuard" }
func (documentGuard) Validate(graphql.ExecutableSchema) error { return nil }

func (g documentGuard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil
	}
	if g.cache != nil {
		if _, ok := g.cache.Get(ctx, p.Query); ok {
			return nil
		}
	}
	err, _ := checkDocument(p.Query, g.limits)
	return err
}

// checkDocument parses query and checks its shape against the limits. It
// returns the refusal, if any, and the work done: the tokens the parser
// read (bounded by MaxTokens) plus the nodes of the syntax tree visited,
// each at most once. A document that does not parse passes: the parser
// error is gqlgen's to report.
func checkDocument(query string, l Limits) (*gqlerror.Error, int) {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, l.MaxTokens)
	if err != nil {
		return nil, 0
	}
	s := shape{limits: l}
	s.document(doc)
	return s.err, s.work
}

// shape walks a parsed document once, counting what the limits look at,
// and stops at the first limit exceeded.
type shape struct {
	limits     Limits
	selections int
	work       int
	err        *gqlerror.Error
}

func (s *shape) document(doc *ast.QueryDocument) {
	switch {
	case len(doc.Operations) > s.limits.MaxOperations:
		s.refuse(doc.Operations[s.limits.MaxOperations].Position, "query.operations", fmt.Sprintf(
			"Il documento contiene %d operazioni: il massimo è %d. Inviare un'operazione per richiesta.", len(doc.Operations), s.limits.MaxOperations))
		return
	case len(doc.Fragments) > s.limits.MaxFragments:
		s.refuse(doc.Fragments[s.limits.MaxFragments].Position, "query.fragments", fmt.Sprintf(
			"Il documento definisce %d frammenti: il massimo è %d.", len(doc.Fragments), s.limits.MaxFragments))
		return
	}
	for _, op := range doc.Operations {
		for _, v := range op.VariableDefinitions {
			s.value(v.DefaultValue, v.Variable)
			s.directives(v.Directives)
		}
		s.directives(op.Directives)
		s.selectionSet(op.SelectionSet)
		if s.err != nil {
			return
		}
	}
	for _, f := range doc.Fragments {
		s.directives(f.Directives)
		s.selectionSet(f.SelectionSet)
		if s.err != nil {
			return
		}
	}
}

func (s *shape) selectionSet(set ast.SelectionSet) {
	if s.err != nil || len(set) == 0 {
		return
	}
	s.work++
	if len(set) > s.limits.MaxSelectionsPerSet {
		s.refuse(position(set[s.limits.MaxSelectionsPerSet]), "query.selections", fmt.Sprintf(
			"Un blocco della richiesta seleziona %d campi: il massimo è %d per blocco.", len(set), s.limits.MaxSelectionsPerSet))
		return
	}
	s.selections += len(set)
	if s.selections > s.limits.MaxSelections {
		s.refuse(position(set[0]), "query.selections", fmt.Sprintf(
			"La richiesta seleziona più di %d campi in tutto: dividerla in più richieste.", s.limits.MaxSelections))
		return
	}
	for _, sel := range set {
		s.work++
		switch x := sel.(type) {
		case *ast.Field:
			for _, a := range x.Arguments {
				s.value(a.Value, a.Name)
			}
			s.directives(x.Directives)
			s.selectionSet(x.SelectionSet)
		case *ast.InlineFragment:
			s.directives(x.Directives)
			s.selectionSet(x.SelectionSet)
		case *ast.FragmentSpread:
			s.directives(x.Directives)
		}
		if s.err != nil {
			return
		}
	}
}

func (s *shape) directives(list ast.DirectiveList) {
	for _, d := range list {
		s.work++
		for _, a := range d.Arguments {
			s.value(a.Value, a.Name)
		}
	}
}

// value refuses number literals that no GraphQL type of Capofila can hold
// (Int and Cents are at most 64 bits, Float finite): gqlgen would fail on
// them while executing, as an internal error.
func (s *shape) value(v *ast.Value, name string) {
	if v == nil || s.err != nil {
		return
	}
	s.work++
	switch v.Kind {
	case ast.IntValue:
		if _, err := strconv.ParseInt(v.Raw, 10, 64); err != nil {
			s.refuse(v.Position, "input.number", fmt.Sprintf(
				"Il numero %s del campo %s è fuori dall'intervallo ammesso (interi a 64 bit).", abbreviate(v.Raw), name))
		}
	case ast.FloatValue:
		if f, err := strconv.ParseFloat(v.Raw, 64); err != nil || math.IsInf(f, 0) {
			s.refuse(v.Position, "input.number", fmt.Sprintf(
				"Il numero %s del campo %s è fuori dall'intervallo ammesso.", abbreviate(v.Raw), name))
		}
	}
	for _, c := range v.Children {
		n := name
		if c.Name != "" {
			n = c.Name
		}
		s.value(c.Value, n)
	}
}

func (s *shape) refuse(pos *ast.Position, rule, msg string) {
	s.err = limitError(rule, msg)
	if pos != nil {
		s.err.Locations = []gqlerror.Location{{Line: pos.Line, Column: pos.Column}}
	}
}

func position(sel ast.Selection) *ast.Position { return sel.GetPosition() }

// abbreviate keeps a number quoted in a message short.
func abbreviate(s string) string {
	if len(s) > 24 {
		return s[:20] + "…"
	}
	return s
}

// MaxValidationErrors is how many validation errors an answer lists at
// most, as graphql-js: one more error says that validation stopped there.
const MaxValidationErrors = 100

// validationRules returns gqlparser's validation rules with their errors
// counted: past MaxValidationErrors they are dropped (and their messages
// never formatted). Without suggest, an unknown field's error does not
// suggest the names of others ("Did you mean…"), which would tell
// anonymous callers the schema that introspection does not. onError, if
// not nil, is called for each error kept. gqlgen calls the function
// returned once per document it validates.
func validationRules(suggest bool, onError func()) func() *rules.Rules {
	return func() *rules.Rules {
		base := rules.NewDefaultRules()
		if !suggest {
			for _, r := range []core.Rule{rules.FieldsOnCorrectTypeRuleWithoutSuggestions, rules.ScalarLeafsRuleWithoutSuggestions} {
				base.RemoveRule(strings.TrimSuffix(r.Name, "WithoutSuggestions"))
				base.AddRule(r.Name, r.RuleFunc)
			}
		}
		n := 0
		capped := rules.NewRules()
		for name, rule := range base.GetInner() {
			capped.AddRule(name, func(events *core.Events, addError core.AddErrFunc) {
				rule(events, func(options ...core.ErrorOption) {
					n++
					switch {
					case n <= MaxValidationErrors:
						addError(options...)
					case n == MaxValidationErrors+1:
						addError(core.Message("Troppi errori di validazione: la verifica si è fermata ai primi %d.", MaxValidationErrors))
					default:
						return
					}
					if onError != nil {
						onError()
					}
				})
			})
		}
		return capped
	}
}
