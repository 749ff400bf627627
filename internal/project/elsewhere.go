package project

import (
	"context"
	"slices"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/invoice"
	"github.com/capofila/capofila/ent/gen/lot"
	"github.com/capofila/capofila/internal/authz"
)

// A CIG and an invoice are unique within an aggregation only (see
// CreateLot and CreateInvoice): another aggregation's lot with the same
// CIG, or its registration of the same invoice, is neither refused nor told
// to the aggregation. Those who control the money see the clashes instead:
// the officers and auditors of the row's Region, and ADMIN.

// CIGElsewhere returns, for an officer or auditor of the lot's Region or
// ADMIN, how many lots of other aggregations carry the lot's CIG: a CIG
// identifies one procedure nationally (ANAC), so a clash is to be checked.
// It returns nil for everyone else.
func (s *Service) CIGElsewhere(ctx context.Context, l *gen.Lot) (*int, error) {
	if !controls(ctx, l.TenantRegionID) {
		return nil, nil
	}
	n, err := s.db(ctx).Lot.Query().Where(lot.Cig(l.Cig), lot.TenantAggregationIDNEQ(l.TenantAggregationID)).
		Count(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return &n, nil
}

// RegisteredElsewhere returns, for an officer or auditor of the invoice's
// Region or ADMIN, how many invoices of other aggregations have the same
// supplier VAT id, number and date: the same expense registered twice is a
// risk of double funding. It returns nil for everyone else.
func (s *Service) RegisteredElsewhere(ctx context.Context, in *gen.Invoice) (*int, error) {
	if !controls(ctx, in.TenantRegionID) {
		return nil, nil
	}
	n, err := s.db(ctx).Invoice.Query().Where(invoice.SupplierVatID(in.SupplierVatID), invoice.Number(in.Number),
		invoice.IssuedOn(in.IssuedOn), invoice.TenantAggregationIDNEQ(in.TenantAggregationID)).Count(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	return &n, nil
}

// controls reports whether the viewer of ctx is ADMIN or an officer or
// auditor of region.
func controls(ctx context.Context, region string) bool {
	v := authz.FromContext(ctx)
	if v == nil {
		return false
	}
	return v.IsAdmin() || (region != "" && slices.Contains(v.Regions(authz.RegionOfficer, authz.Auditor), region))
}
