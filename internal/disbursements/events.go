package disbursements

import (
	"fmt"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/disbursement"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/events"
	"github.com/capofila/capofila/internal/money"
	"github.com/capofila/capofila/internal/notifykind"
)

// kindWords names a disbursement's kind in Italian.
var kindWords = map[disbursement.Kind]string{
	disbursement.KindADVANCE:  "l'anticipo",
	disbursement.KindINTERIM:  "l'acconto",
	disbursement.KindBALANCE:  "il saldo",
	disbursement.KindRECOVERY: "il recupero",
}

// paid is the event of the Region paying d, told to the lead's staff.
func paid(d *gen.Disbursement) events.Event {
	title := fmt.Sprintf("La Regione ha pagato %s di %s", kindWords[d.Kind], money.FormatEUR(d.AmountCents))
	if d.Kind == disbursement.KindRECOVERY {
		title = fmt.Sprintf("Registrata la restituzione alla Regione di %s", money.FormatEUR(d.AmountCents))
	}
	day := ""
	if d.PaidOn != nil {
		day = d.PaidOn.Italian()
	}
	return events.Event{
		Kind:        notifykind.DisbursementPaid,
		Key:         "DISBURSEMENT:" + string(d.ID) + ":PAID",
		Title:       title,
		Body:        fmt.Sprintf("Pagato il %s, %s.", day, d.PaymentReference),
		Path:        fmt.Sprintf("/progetti/%s/erogazioni", d.ProjectID),
		SubjectType: "Disbursement", SubjectID: string(d.ID),
		To: []events.Audience{{Role: authz.LeadManager, AggregationID: d.TenantAggregationID}},
	}
}
