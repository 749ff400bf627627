package hooks

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"entgo.io/ent"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/apperr"
)

// OwnedLinks refuses to add, remove or clear, through a row, an edge to
// rows that name it in a required or immutable key (gen.EdgeInfo.Owned):
// those rows are created under their parent (a membership under its
// aggregation, a budget line under its application, an application under
// its call) with their own mutation and its rules, and never move to
// another parent nor lose theirs. Unlinking them would leave them without
// the parent they need (an internal error from the database's NOT NULL),
// linking them would move them past their own rules. Everyone is refused,
// the system included: INVALID, rule <entity>.links.
func OwnedLinks() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if err := ownedLink(m); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	}
}

// ownedLink is the refusal of OwnedLinks for m, or nil.
func ownedLink(m ent.Mutation) error {
	edges := gen.Edges[m.Type()]
	for _, list := range [][]string{m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
		for _, name := range list {
			e, ok := edges[name]
			if !ok || !e.Owned {
				continue
			}
			msg, ok := linkMessages[m.Type()]
			if !ok {
				msg = fmt.Sprintf("Il collegamento %s non si modifica da qui: le voci collegate appartengono all'oggetto per cui sono state "+
					"create, e si creano o si eliminano con le loro operazioni.", e.Input)
			}
			return &apperr.Error{Code: apperr.Invalid, Field: e.Input, Rule: snake(m.Type()) + ".links", Message: msg}
		}
	}
	return nil
}

// linkMessages say, for the entities people link most often by mistake,
// where their rows are linked instead.
var linkMessages = map[string]string{
	"Call": "Categorie di spesa, linee di intervento e domande appartengono al bando per cui sono state create: " +
		"non si collegano né si scollegano modificando o rettificando il bando.",
	"Vendor": "Componenti del raggruppamento e contratti non si collegano al fornitore da qui: i componenti si aggiungono " +
		"al raggruppamento, il contratto indica il fornitore quando si registra.",
	"Aggregation": "Aderenti, convenzioni, domande e progetti appartengono all'aggregazione per cui sono stati creati: " +
		"gli aderenti si aggiungono o si tolgono uno per uno (con le regole delle adesioni), domande e progetti non passano ad altre aggregazioni.",
	"Application": "Le righe di budget e il progetto appartengono alla domanda per cui sono stati creati: il budget si modifica " +
		"con le sue righe, il progetto nasce dalla decisione sulla domanda.",
}

// snake writes an entity name as a rule key prefix: PublicBody → public_body.
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
