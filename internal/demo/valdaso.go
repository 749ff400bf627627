package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/application"
	"github.com/capofila/capofila/ent/gen/call"
	"github.com/capofila/capofila/ent/gen/membership"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/civil"
)

// ValdasoName is the demo's second, small aggregation: two comuni of the
// provinces of Ascoli Piceno and Fermo outside Marche Sud, whose
// applications wait for the Region's decision — one to the earlier call,
// long past its term, one to the 2026 call — so that the Region's
// officers have deadlines missed and to come.
const ValdasoName = "Valdaso"

// seedValdaso adds the Valdaso aggregation and its two submitted
// applications, once.
func seedValdaso(ctx context.Context, c *gen.Client, res *Result) error {
	if n, err := c.Aggregation.Query().Where(aggregation.Name(ValdasoName)).Count(ctx); err != nil || n > 0 {
		return err
	}
	taken := make([]pulid.ID, len(res.bodies))
	for i, b := range res.bodies {
		taken[i] = b.ID
	}
	bodies, err := c.PublicBody.Query().
		Where(publicbody.KindEQ(publicbody.KindCOMUNE), publicbody.ProvinceCodeIn("AP", "FM"), publicbody.IDNotIn(taken...)).
		Order(publicbody.ByIstatCode()).Limit(2).All(ctx)
	if err != nil {
		return err
	}
	if len(bodies) < 2 {
		return fmt.Errorf("only %d comuni of AP and FM outside Marche Sud", len(bodies))
	}
	ag, err := c.Aggregation.Create().SetName(ValdasoName).SetLeadID(bodies[0].ID).
		SetDescription(fmt.Sprintf("Aggregazione di %s e %s per i servizi digitali della Valdaso (dati dimostrativi).", bodies[0].Name, bodies[1].Name)).
		Save(ctx)
	if err != nil {
		return err
	}
	for i, b := range bodies {
		role := membership.RoleMEMBER
		if i == 0 {
			role = membership.RoleLEAD
		}
		if err := c.Membership.Create().SetAggregationID(ag.ID).SetBodyID(b.ID).SetRole(role).
			SetJoinedOn(civil.New(2025, 1, 15)).SetResolutionNumber(fmt.Sprintf("%d", 3+i)).
			SetResolutionDate(civil.New(2025, 1, 10)).SetResolutionOrgan(membership.ResolutionOrganCONSIGLIO).Exec(ctx); err != nil {
			return err
		}
	}
	previous, err := c.Call.Query().Where(call.Title(PreviousCallTitle), call.IssuerID(res.Region.ID)).Only(ctx)
	if err != nil {
		return err
	}
	for _, a := range []struct {
		call      *gen.Call
		title     string
		submitted time.Time
	}{
		{previous, "Valdaso digitale: pagamenti pagoPA per due Comuni", time.Date(2025, 2, 25, 16, 30, 0, 0, civil.Rome)},
		{res.Call, "Valdaso digitale 2: conservazione a norma e app IO", time.Date(2026, 11, 27, 11, 0, 0, 0, civil.Rome)},
	} {
		if err := c.Application.Create().SetCallID(a.call.ID).SetAggregationID(ag.ID).SetTitle(a.title).
			SetSummary("Domanda dimostrativa in attesa della decisione della Regione.").
			SetStatus(application.StatusSUBMITTED).SetSubmittedAt(a.submitted).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
