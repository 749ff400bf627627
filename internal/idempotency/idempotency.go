// Package idempotency keeps the answers of mutations sent with an
// Idempotency-Key header, so that a client that did not hear back (a lost
// connection, a timeout on its side) can send the same request again and
// get the first answer instead of a second execution: no doubled claim,
// deliverable, procedure or payment.
//
// The answer is recorded in the mutation's own transaction, so it exists
// exactly when the mutation committed. A key belongs to a user, lives 24
// hours, and names one request: the same key with another request is
// refused.
package idempotency

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/idempotencykey"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// Header is the HTTP header carrying the key.
const Header = "Idempotency-Key"

// TTL is how long an answer is kept.
const TTL = 24 * time.Hour

// MaxAnswer is the largest answer kept, in bytes; a larger one is not
// recorded (its request is then not protected against a retry).
const MaxAnswer = 1 << 20

var keyShape = regexp.MustCompile(`^[A-Za-z0-9._:-]{8,100}$`)

// CheckKey refuses a key that is not 8–100 letters, digits or . _ : -.
func CheckKey(key string) error {
	if !keyShape.MatchString(key) {
		return apperr.InvalidField("", "idempotency.key",
			"L'intestazione Idempotency-Key deve avere da 8 a 100 caratteri tra lettere, cifre e . _ : -.")
	}
	return nil
}

// RequestHash identifies a request: its operation and variables.
func RequestHash(query, operation string, variables map[string]any) (string, error) {
	vars, err := json.Marshal(variables)
	if err != nil {
		return "", fmt.Errorf("hashing the variables: %w", err)
	}
	h := sha256.New()
	for _, part := range [][]byte{[]byte(query), {0}, []byte(operation), {0}, vars} {
		h.Write(part)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// ErrReused is returned when a key already answered another request.
var ErrReused = apperr.InvalidField("", "idempotency.key_reused",
	"Questa Idempotency-Key è già stata usata per un'altra richiesta: usarne una nuova.")

// Lookup returns the answer recorded for the user's key, or nil when there
// is none younger than TTL. A record of another request is ErrReused.
func Lookup(ctx context.Context, c *gen.Client, user pulid.ID, key, hash string) (json.RawMessage, error) {
	sys := authz.Elevate(ctx)
	rec, err := c.IdempotencyKey.Query().
		Where(idempotencykey.UserID(user), idempotencykey.Key(key), idempotencykey.CreatedAtGT(time.Now().Add(-TTL))).
		Only(sys)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if rec.RequestSha256 != hash {
		return nil, ErrReused
	}
	return json.RawMessage(rec.Response), nil
}

// Save records the answer of a request (in the transaction of ctx) and
// drops the user's records older than TTL, that key's among them. It
// records nothing for an answer larger than MaxAnswer. A current record of
// the same key is never replaced: a copy of the request that looked it up
// before the first copy committed gets a constraint error here, and the
// caller answers with the first copy's answer (graph.Transactioner).
// Deleting the key's record too, as Save once did, let such a copy
// replace the first answer and commit its own: the request ran twice.
func Save(ctx context.Context, c *gen.Client, user pulid.ID, key, hash string, answer json.RawMessage) error {
	if len(answer) > MaxAnswer {
		return nil
	}
	sys := authz.Elevate(ctx)
	if _, err := c.IdempotencyKey.Delete().
		Where(idempotencykey.UserID(user), idempotencykey.CreatedAtLTE(time.Now().Add(-TTL))).
		Exec(sys); err != nil {
		return err
	}
	return c.IdempotencyKey.Create().SetUserID(user).SetKey(key).SetRequestSha256(hash).SetResponse(answer).Exec(sys)
}
