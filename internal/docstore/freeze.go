package docstore

import (
	"context"

	"github.com/capofila/capofila/ent/schema/pulid"
)

// Freezer stores the frozen copies of what a workflow makes final: a
// submitted application's dossier (internal/funding), a submitted claim's
// report and a completed review's minutes (internal/claims). It is
// implemented by internal/reports, which renders them.
type Freezer interface {
	FreezeApplication(ctx context.Context, id pulid.ID) error
	FreezeClaim(ctx context.Context, id pulid.ID) error
	FreezeReview(ctx context.Context, id pulid.ID) error
}
