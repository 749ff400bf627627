package contracting

import (
	"context"
	"io"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/docstore"
	projectsvc "github.com/capofila/capofila/internal/project"
)

// UploadContractDocument stores a document of a contract (the signed
// contract, its annexes). The lead manager may call it.
func (s *Service) UploadContractDocument(ctx context.Context, id pulid.ID, filename string, r io.Reader) (*gen.Document, error) {
	ct, err := s.Client(ctx).Contract.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Document", authz.ActCreate, projectsvc.Scope(ct.TenantAggregationID, ct.TenantRegionID)); err != nil {
		return nil, err
	}
	if err := authz.Require(ctx, "Contract", authz.ActUpdate, projectsvc.Scope(ct.TenantAggregationID, ct.TenantRegionID)); err != nil {
		return nil, err
	}
	return docstore.Record(ctx, s.Client(ctx), s.store, filename, r, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(ct.TenantAggregationID)).SetKind(document.KindCONTRACT).SetContractID(ct.ID)
	})
}
