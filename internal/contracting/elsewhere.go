package contracting

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/internal/authz"
)

// A CIG and an invoice are unique within an aggregation only (see
// CreateLot and RegisterInvoice): another aggregation's lot with the same
// CIG, or its registration of the same invoice, is neither refused nor told
// to the aggregation. Those who control the money see the clashes instead:
// the officers and auditors of the row's Region, and ADMIN.

// CIGElsewhere returns, for an officer or auditor of the lot's Region or
// ADMIN, how many lots of other aggregations carry the lot's CIG: a CIG
// identifies one procedure nationally (ANAC), so a clash is to be checked.
// It returns nil for everyone else.
func (s *Service) CIGElsewhere(ctx context.Context, l *gen.Lot) (*int, error) {
	if !authz.ControlsRegion(ctx, l.TenantRegionID) {
		return nil, nil
	}
	n, err := s.Client(ctx).Lot.Query().Where(lot.Cig(l.Cig), lot.TenantAggregationIDNEQ(l.TenantAggregationID)).
		Count(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return &n, nil
}
