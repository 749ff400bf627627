package invoicing

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/internal/authz"
)

// An invoice is unique within an aggregation only (RegisterInvoice), like a
// CIG (contracting.CIGElsewhere): the officers and auditors of its Region,
// and ADMIN, see the clashes instead.

// RegisteredElsewhere returns, for an officer or auditor of the invoice's
// Region or ADMIN, how many invoices of other aggregations have the same
// supplier VAT id, number and date: the same expense registered twice is a
// risk of double funding. It returns nil for everyone else.
func (s *Service) RegisteredElsewhere(ctx context.Context, in *gen.Invoice) (*int, error) {
	if !authz.ControlsRegion(ctx, in.TenantRegionID) {
		return nil, nil
	}
	n, err := s.Client(ctx).Invoice.Query().Where(invoice.SupplierVatID(in.SupplierVatID), invoice.Number(in.Number),
		invoice.IssuedOn(in.IssuedOn), invoice.TenantAggregationIDNEQ(in.TenantAggregationID)).Count(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return &n, nil
}
