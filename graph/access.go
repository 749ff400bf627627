package graph

import (
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/internal/access"
)

// accessRequestOf converts the requestAccess input to the service's.
func accessRequestOf(in model.RequestAccessInput) access.Request {
	r := access.Request{Role: in.Role, AggregationID: in.AggregationID, BodyID: in.BodyID, RegionBodyID: in.RegionBodyID,
		ActKind: in.ActKind, ActNumber: in.ActNumber, ActDate: in.ActDate, ActIssuer: in.ActIssuer,
		ActFilename: in.Act.Filename, Act: in.Act.File}
	if in.Note != nil {
		r.Note = *in.Note
	}
	return r
}

// reasonOf is a decision's reason ("" when none is given).
func reasonOf(in model.DecideAccessRequestInput) string {
	if in.Reason == nil {
		return ""
	}
	return *in.Reason
}

// aggregationActOf is the act of a requestAggregation input.
func aggregationActOf(in model.RequestAggregationInput) access.Request {
	return access.Request{ActKind: in.ActKind, ActNumber: in.ActNumber, ActDate: in.ActDate, ActIssuer: in.ActIssuer,
		Note: deref(in.Note), ActFilename: in.Act.Filename, Act: in.Act.File}
}
