package reports

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/contractmodification"
	"github.com/capofila/capofila/ent/gen/document"
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/gen/variationallocation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/lifecycle"
	"github.com/capofila/capofila/internal/pdf"
	"github.com/capofila/capofila/internal/procurementlaw"
	variations "github.com/capofila/capofila/internal/variation"
)

// VariationRequest returns a variation's request (richiesta di
// variazione). A submitted variation's request is its frozen copy,
// rendered and stored at submission (or at the first download of one
// submitted before requests were frozen) and served byte for byte; a
// draft's is rendered on demand, marked as a draft. Whoever reads the
// variation may download it (its aggregation's members, the officers and
// auditors of the project's Region, admins); anyone else gets NOT_FOUND.
func (s *Service) VariationRequest(ctx context.Context, id pulid.ID) (*File, error) {
	v, err := s.variationOf(ctx, id)
	if err != nil {
		return nil, err
	}
	if v.SubmittedAt == nil {
		data, _, err := s.renderVariationRequest(ctx, v, "BOZZA – non presentata")
		if err != nil {
			return nil, err
		}
		return &File{Name: fmt.Sprintf("richiesta-variazione-%d-bozza.pdf", v.Number), ContentType: "application/pdf", Data: data}, nil
	}
	return s.FreezeVariationRequest(ctx, id)
}

// FreezeVariationRequest renders and stores the frozen copy of a submitted
// variation's request (Document of kind VARIATION_REQUEST, linked to the
// variation and its aggregation, with the content fingerprint its cover
// prints), or returns the copy already stored. The variation service calls
// it when the lead submits, in the same transaction; it needs the rights of
// VariationRequest. A variation never submitted is CONFLICT.
func (s *Service) FreezeVariationRequest(ctx context.Context, id pulid.ID) (*File, error) {
	v, err := s.variationOf(ctx, id)
	if err != nil {
		return nil, err
	}
	if v.SubmittedAt == nil {
		return nil, apperr.Conflictf("variation.not_submitted", "La variazione n. %d non è stata presentata: non ha una copia depositata.", v.Number)
	}
	d, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasVariationWith(variation.ID(v.ID)), document.KindEQ(document.KindVARIATION_REQUEST))
	})
	if err != nil {
		return nil, err
	}
	if d != nil {
		return s.serveFrozen(d)
	}
	docID := pulid.New("DC")
	data, fingerprint, err := s.renderVariationRequest(ctx, v, string(docID))
	if err != nil {
		return nil, err
	}
	return s.freeze(ctx, docID, fmt.Sprintf("richiesta-variazione-%d.pdf", v.Number), data, fingerprint, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(v.TenantAggregationID)).SetKind(document.KindVARIATION_REQUEST).SetVariationID(v.ID)
	})
}

// VariationDecision returns the decision on a variation (esito), its
// frozen copy: rendered and stored when the officer decides it (or the
// lead applies it within the call's limits) and served byte for byte.
// Whoever reads the variation may download it; a variation not decided is
// CONFLICT (variation.not_decided).
func (s *Service) VariationDecision(ctx context.Context, id pulid.ID) (*File, error) {
	return s.FreezeVariationDecision(ctx, id)
}

// FreezeVariationDecision renders and stores the frozen decision on a
// variation (Document of kind VARIATION_DECISION), or returns the copy
// already stored. The variation service calls it in the transaction that
// decides the variation; it needs the rights of VariationDecision.
func (s *Service) FreezeVariationDecision(ctx context.Context, id pulid.ID) (*File, error) {
	v, err := s.variationOf(ctx, id)
	if err != nil {
		return nil, err
	}
	if !decided(v) {
		return nil, apperr.Conflictf("variation.not_decided", "La variazione n. %d è %s: l'esito si deposita quando è decisa.",
			v.Number, lifecycle.Variation.Label(string(v.Status)))
	}
	d, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasVariationWith(variation.ID(v.ID)), document.KindEQ(document.KindVARIATION_DECISION))
	})
	if err != nil {
		return nil, err
	}
	if d != nil {
		return s.serveFrozen(d)
	}
	docID := pulid.New("DC")
	data, fingerprint, err := s.renderVariationDecision(ctx, v, string(docID))
	if err != nil {
		return nil, err
	}
	return s.freeze(ctx, docID, fmt.Sprintf("esito-variazione-%d.pdf", v.Number), data, fingerprint, func(dc *gen.DocumentCreate) {
		dc.SetAggregationID(pulid.ID(v.TenantAggregationID)).SetKind(document.KindVARIATION_DECISION).SetVariationID(v.ID)
	})
}

func decided(v *gen.Variation) bool {
	switch v.Status {
	case variation.StatusAPPROVED, variation.StatusPARTIALLY_APPROVED, variation.StatusREJECTED:
		return v.DecidedAt != nil
	}
	return false
}

// variationOf loads a variation as the viewer: whoever may not read it
// gets NOT_FOUND.
func (s *Service) variationOf(ctx context.Context, id pulid.ID) (*gen.Variation, error) {
	return s.Client(ctx).Variation.Query().Where(variation.ID(id)).Only(ctx)
}

// variationProject reads, with the service's rights (the caller has read
// the variation, hence its project), the project of v with what the
// header prints, so that a frozen copy shows the same whoever triggers it.
func (s *Service) variationProject(ctx context.Context, v *gen.Variation) (*gen.Project, error) {
	return s.loadProject(authz.Elevate(ctx), v.ProjectID)
}

// userName returns a user's display name: the one who submitted or decided
// a variation signs it, whoever downloads it (users read only their own
// account).
func (s *Service) userName(ctx context.Context, id *pulid.ID) (string, error) {
	if id == nil {
		return "", nil
	}
	u, err := s.Client(ctx).User.Get(authz.Elevate(ctx), *id)
	if err != nil {
		return "", err
	}
	return u.DisplayName, nil
}

// variationPlan is the grid of a variation as the PDFs print it: the cells
// and the members that change, and the project's totals.
func (s *Service) variationPlan(ctx context.Context, v *gen.Variation) (pdf.VariationPlan, *variations.Differences, error) {
	diff, err := s.variations.Differences(authz.Elevate(ctx), v)
	if err != nil {
		return pdf.VariationPlan{}, nil, err
	}
	var p pdf.VariationPlan
	for _, r := range diff.Rows {
		if r.DeltaCents == 0 {
			continue
		}
		row := pdf.VariationRow{Member: r.Body.Name, Category: r.ExpenseCategory.Name, Before: r.BeforeCents, After: r.AfterCents}
		if r.InterventionLine != nil {
			row.Line = r.InterventionLine.Code
		}
		p.Rows = append(p.Rows, row)
	}
	for _, m := range diff.Members {
		p.TotalBefore += m.BeforeCents // each ≤ the grant: no overflow
		p.TotalAfter += m.AfterCents
		if m.DeltaCents != 0 {
			p.Members = append(p.Members, pdf.VariationMemberTotal{Member: m.Body.Name, Before: m.BeforeCents, After: m.AfterCents})
		}
	}
	return p, diff, nil
}

func pdfKinds(kinds []string) []pdf.VariationKind {
	out := make([]pdf.VariationKind, len(kinds))
	for i, k := range kinds {
		out[i] = pdf.VariationKind(k)
	}
	return out
}

// bodyName names a body, read with the service's rights (a body that left
// or is joining is reference data).
func (s *Service) bodyName(ctx context.Context, id *pulid.ID) (string, error) {
	if id == nil {
		return "", nil
	}
	b, err := s.Client(ctx).PublicBody.Get(authz.Elevate(ctx), *id)
	if err != nil {
		return "", err
	}
	return b.Name, nil
}

// VariationRequestData assembles what a variation's request shows.
func (s *Service) VariationRequestData(ctx context.Context, v *gen.Variation, docID string) (*pdf.VariationRequestData, error) {
	p, err := s.variationProject(ctx, v)
	if err != nil {
		return nil, err
	}
	regionName, leadName, callTitle := header(p)
	d := &pdf.VariationRequestData{
		Header:       pdf.Header{RegionName: regionName, LeadName: leadName, CallTitle: callTitle, DocumentID: docID, GeneratedAt: s.Now()},
		ProjectTitle: p.Title, CUP: p.Cup, Number: v.Number, Kinds: pdfKinds(v.Kinds), Reason: v.Reason,
		EffectiveFrom: dateOr(v.RequestedEffectiveFrom), Place: placeOf(leadName),
	}
	if v.SubmittedAt != nil {
		d.SubmittedOn = civil.Of(v.SubmittedAt.In(civil.Rome))
		if d.SubmittedBy, err = s.userName(ctx, v.SubmittedByID); err != nil {
			return nil, err
		}
	}
	if slices.Contains(v.Kinds, variations.KindMemberWithdrawal) {
		if d.LeavingBody, err = s.bodyName(ctx, v.LeavingBodyID); err != nil {
			return nil, err
		}
	}
	if slices.Contains(v.Kinds, variations.KindMemberAccession) {
		if d.JoiningBody, err = s.bodyName(ctx, v.JoiningBodyID); err != nil {
			return nil, err
		}
	}
	if slices.Contains(v.Kinds, variations.KindLeadChange) {
		if d.NewLead, err = s.bodyName(ctx, v.NewLeadBodyID); err != nil {
			return nil, err
		}
	}
	plan, diff, err := s.variationPlan(ctx, v)
	if err != nil {
		return nil, err
	}
	if v.RequestedEndsOn != nil {
		d.EndsOnBefore, d.EndsOnRequested = dateOr(diff.EndsOnBefore), *v.RequestedEndsOn
	}
	n, err := s.Client(ctx).VariationAllocation.Query().Where(variationallocation.VariationID(v.ID)).Count(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	d.Plan, d.PlanChanges = plan, n > 0
	if d.Modifications, err = s.contractChanges(ctx, v.ContractModificationIds); err != nil {
		return nil, err
	}
	docs, err := s.Client(ctx).Document.Query().Where(document.HasVariationWith(variation.ID(v.ID)), document.Frozen(false)).
		Order(document.ByCreatedAt(), document.ByID()).All(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	for _, doc := range docs {
		d.Attachments = append(d.Attachments, pdf.AttachedFile{Filename: doc.Filename, SHA256: doc.Sha256})
	}
	// The fingerprint covers the data, not the document id or the time.
	h := *d
	h.Header = pdf.Header{}
	d.ContentSHA256 = contentHash(h)
	return d, nil
}

// contractChanges lists the contract modifications a variation makes
// effective, in its order.
func (s *Service) contractChanges(ctx context.Context, ids []string) ([]pdf.ContractChange, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	pids := make([]pulid.ID, len(ids))
	for i, id := range ids {
		pids[i] = pulid.ID(id)
	}
	mods, err := s.Client(ctx).ContractModification.Query().Where(contractmodification.IDIn(pids...)).
		WithContract(func(q *gen.ContractQuery) { q.WithVendor().WithLot() }).All(authz.Elevate(ctx))
	if err != nil {
		return nil, err
	}
	byID := map[pulid.ID]*gen.ContractModification{}
	for _, m := range mods {
		byID[m.ID] = m
	}
	var out []pdf.ContractChange
	for _, id := range pids {
		m := byID[id]
		if m == nil {
			continue
		}
		basis := procurementlaw.Basis(m.Basis)
		c := pdf.ContractChange{Number: m.Number, Basis: fmt.Sprintf("%s (%s)", basis.Label(), basis.LegalReference()),
			NetBefore: m.BeforeNetCents, NetAfter: m.NetCents, VATBefore: m.BeforeVatCents, VATAfter: m.VatCents,
			EndsBefore: dateOr(m.BeforeEndsOn), EndsAfter: dateOr(m.EndsOn), Status: lifecycle.ContractModification.Label(string(m.Status))}
		c.Act = m.ActNumber
		if m.ActDate != nil {
			c.Act = joinWords(c.Act, "del "+m.ActDate.Italian())
		}
		if ct := m.Edges.Contract; ct != nil {
			var parts []string
			if ct.Reference != "" {
				parts = append(parts, "Contratto "+ct.Reference)
			}
			if l := ct.Edges.Lot; l != nil {
				parts = append(parts, fmt.Sprintf("Lotto %d", l.Number))
				if l.Cig != "" {
					parts = append(parts, "CIG "+l.Cig)
				}
			}
			if vd := ct.Edges.Vendor; vd != nil {
				parts = append(parts, vd.Name)
			}
			c.Contract = strings.Join(parts, " – ")
		}
		out = append(out, c)
	}
	return out, nil
}

// VariationDecisionData assembles what the decision on a variation shows.
func (s *Service) VariationDecisionData(ctx context.Context, v *gen.Variation, docID string) (*pdf.VariationDecisionData, error) {
	p, err := s.variationProject(ctx, v)
	if err != nil {
		return nil, err
	}
	regionName, leadName, callTitle := header(p)
	d := &pdf.VariationDecisionData{
		Header:       pdf.Header{RegionName: regionName, LeadName: leadName, CallTitle: callTitle, DocumentID: docID, GeneratedAt: s.Now()},
		ProjectTitle: p.Title, CUP: p.Cup, Number: v.Number, Kinds: pdfKinds(v.Kinds), Outcome: pdf.VariationOutcome(v.Status),
		Reason: v.DecisionReason, Place: placeOf(regionName),
		// A re-plan within the call's free-move limit is applied by the
		// lead at submission, with this reason (variation.Submit).
		ByLead: v.Status == variation.StatusAPPROVED && v.DecisionReason == variations.DiscretionReason,
	}
	if d.ByLead {
		d.Place = placeOf(leadName)
	}
	if cl := p.Edges.Call; cl != nil {
		d.FreeMovePercent = cl.FreeMovePercent
	}
	if v.SubmittedAt != nil {
		d.SubmittedOn = civil.Of(v.SubmittedAt.In(civil.Rome))
	}
	if v.DecidedAt != nil {
		d.DecidedOn = civil.Of(v.DecidedAt.In(civil.Rome))
	}
	if d.DecidedBy, err = s.userName(ctx, v.DecidedByID); err != nil {
		return nil, err
	}
	if doc, err := s.frozen(ctx, func(q *gen.DocumentQuery) {
		q.Where(document.HasVariationWith(variation.ID(v.ID)), document.KindEQ(document.KindVARIATION_REQUEST))
	}); err != nil {
		return nil, err
	} else if doc != nil {
		d.RequestDocumentID = string(doc.ID)
	}
	if v.Status != variation.StatusREJECTED && v.PlanVersionID != nil {
		pv, err := s.Client(ctx).PlanVersion.Get(authz.Elevate(ctx), *v.PlanVersionID)
		if err != nil {
			return nil, err
		}
		d.PlanVersion, d.EffectiveFrom, d.EndsOn = pv.Number, pv.EffectiveFrom, dateOr(pv.EndsOn)
		plan, _, err := s.variationPlan(ctx, v)
		if err != nil {
			return nil, err
		}
		d.Plan, d.PlanChanges = plan, len(plan.Rows) > 0
	}
	// The fingerprint covers the data, not the document id or the time.
	h := *d
	h.Header = pdf.Header{}
	d.ContentSHA256 = contentHash(h)
	return d, nil
}

// renderVariationRequest renders a variation's request and returns it with
// the content fingerprint printed on its cover.
func (s *Service) renderVariationRequest(ctx context.Context, v *gen.Variation, docID string) ([]byte, string, error) {
	d, err := s.VariationRequestData(ctx, v, docID)
	if err != nil {
		return nil, "", err
	}
	data, err := pdf.VariationRequest(*d)
	return data, d.ContentSHA256, err
}

// renderVariationDecision renders the decision on a variation and returns
// it with the content fingerprint printed on its cover.
func (s *Service) renderVariationDecision(ctx context.Context, v *gen.Variation, docID string) ([]byte, string, error) {
	d, err := s.VariationDecisionData(ctx, v, docID)
	if err != nil {
		return nil, "", err
	}
	data, err := pdf.VariationDecision(*d)
	return data, d.ContentSHA256, err
}

func joinWords(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}
