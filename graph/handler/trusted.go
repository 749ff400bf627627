package handler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/capofila/capofila/internal/apperr"
)

// TrustedDocuments are the GraphQL documents the web app was built with,
// by the hex SHA-256 of their text: graphql-codegen writes them at build
// time (frontend/src/gql/persisted-documents.json) and the web app sends a
// document's hash instead of its text (extensions.persistedQuery, the
// format of automatic persisted queries).
type TrustedDocuments map[string]string

// ParseTrustedDocuments reads graphql-codegen's persisted-documents.json
// ({"sha256:<hex>": "<document>"}) and checks that every key is the
// SHA-256 of its document.
func ParseTrustedDocuments(b []byte) (TrustedDocuments, error) {
	var raw map[string]string
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("trusted documents: %w", err)
	}
	docs := make(TrustedDocuments, len(raw))
	for key, text := range raw {
		h, ok := strings.CutPrefix(key, "sha256:")
		if !ok {
			return nil, fmt.Errorf("trusted documents: key %q is not sha256:<hex>", key)
		}
		if sum := sha256.Sum256([]byte(text)); hex.EncodeToString(sum[:]) != h {
			return nil, fmt.Errorf("trusted documents: key %q is not the SHA-256 of its document", key)
		}
		docs[h] = text
	}
	return docs, nil
}

// trustedDocuments fills in the text of a trusted document sent by its hash
// and, when free(ctx) says the caller may not send documents of its own
// (in production, a browser session: only the web app's operations), refuses
// any other. It runs before the automatic persisted queries, which serve
// the callers that may send their own documents.
type trustedDocuments struct {
	docs TrustedDocuments
	// free reports whether the caller may send a document that is not
	// trusted; nil: everybody may.
	free func(ctx context.Context) bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = trustedDocuments{}

func (trustedDocuments) ExtensionName() string { return "TrustedDocuments" }

func (trustedDocuments) Validate(graphql.ExecutableSchema) error { return nil }

func (t trustedDocuments) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	hash, byHash := persistedHash(p)
	if byHash {
		if text, ok := t.docs[hash]; ok && (p.Query == "" || p.Query == text) {
			p.Query = text
			// Answered here: the persisted queries need not store it.
			delete(p.Extensions, "persistedQuery")
			return nil
		}
	} else if p.Query != "" && len(t.docs) > 0 {
		sum := sha256.Sum256([]byte(p.Query))
		var h [2 * sha256.Size]byte
		hex.Encode(h[:], sum[:])
		if _, ok := t.docs[string(h[:])]; ok {
			return nil
		}
	}
	if t.free == nil || t.free(ctx) {
		return nil
	}
	if byHash && p.Query == "" {
		return &gqlerror.Error{
			Message:    "Operazione non riconosciuta: l'app web è stata aggiornata. Ricarica la pagina.",
			Extensions: map[string]any{"code": string(apperr.Invalid), "rule": "document.unknown"},
		}
	}
	return &gqlerror.Error{
		Message:    "Con una sessione del browser si possono inviare solo le operazioni dell'app web: per le altre usa un token API (Authorization: Bearer …).",
		Extensions: map[string]any{"code": string(apperr.Forbidden), "rule": "document.untrusted"},
	}
}

// persistedHash returns the hash a request names in
// extensions.persistedQuery.sha256Hash, lower-cased.
func persistedHash(p *graphql.RawParams) (string, bool) {
	pq, ok := p.Extensions["persistedQuery"].(map[string]any)
	if !ok {
		return "", false
	}
	h, ok := pq["sha256Hash"].(string)
	if !ok || h == "" {
		return "", false
	}
	return strings.ToLower(h), true
}
