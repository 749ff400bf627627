package graph

import (
	"github.com/capofila/capofila/ent/gen/variation"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/graph/model"
	variations "github.com/capofila/capofila/internal/variation"
)

// variationRows converts a proposed plan; nil stays nil (no change).
func variationRows(in []*model.VariationAllocationInput) []variations.Row {
	if in == nil {
		return nil
	}
	out := make([]variations.Row, len(in))
	for i, a := range in {
		out[i] = variations.Row{BodyID: a.BodyID, ExpenseCategoryID: a.ExpenseCategoryID, InterventionLineID: a.InterventionLineID, AmountCents: a.AmountCents}
	}
	return out
}

func variationKinds(in []model.VariationKind) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, k := range in {
		out[i] = string(k)
	}
	return out
}

func idStrings(in []pulid.ID) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, id := range in {
		out[i] = string(id)
	}
	return out
}

// createVariationInput converts a new variation.
func createVariationInput(in model.CreateVariationInput) variations.Input {
	return variations.Input{Kinds: variationKinds(in.Kinds), Reason: &in.Reason, RequestedEndsOn: in.RequestedEndsOn,
		LeavingBodyID: in.LeavingBodyID, JoiningBodyID: in.JoiningBodyID, NewLeadBodyID: in.NewLeadBodyID,
		RequestedEffectiveFrom: in.RequestedEffectiveFrom, Allocations: variationRows(in.Allocations),
		ContractModificationIDs: idStrings(in.ContractModificationIDs)}
}

func flag(b *bool) bool { return b != nil && *b }

// updateVariationInput converts changes to a draft variation.
func updateVariationInput(in model.UpdateVariationInput) variations.Input {
	return variations.Input{Kinds: variationKinds(in.Kinds), Reason: in.Reason, RequestedEndsOn: in.RequestedEndsOn,
		LeavingBodyID: in.LeavingBodyID, JoiningBodyID: in.JoiningBodyID, NewLeadBodyID: in.NewLeadBodyID,
		RequestedEffectiveFrom: in.RequestedEffectiveFrom, Allocations: variationRows(in.Allocations),
		ContractModificationIDs:     idStrings(in.ContractModificationIDs),
		ClearRequestedEndsOn:        flag(in.ClearRequestedEndsOn),
		ClearLeavingBody:            flag(in.ClearLeavingBody),
		ClearJoiningBody:            flag(in.ClearJoiningBody),
		ClearNewLeadBody:            flag(in.ClearNewLeadBody),
		ClearRequestedEffectiveFrom: flag(in.ClearRequestedEffectiveFrom)}
}

// decideVariationInput converts the officer's decision.
func decideVariationInput(in model.DecideVariationInput) variations.DecideInput {
	return variations.DecideInput{Outcome: variation.Status(in.Outcome), Reason: deref(in.Reason), EffectiveFrom: in.EffectiveFrom,
		Allocations: variationRows(in.Allocations), EndsOn: in.EndsOn}
}

func modelKinds(kinds []string) []model.VariationKind {
	out := make([]model.VariationKind, len(kinds))
	for i, k := range kinds {
		out[i] = model.VariationKind(k)
	}
	return out
}

func modelIDs(ids []string) []pulid.ID {
	out := make([]pulid.ID, len(ids))
	for i, id := range ids {
		out[i] = pulid.ID(id)
	}
	return out
}
