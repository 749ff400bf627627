package scale

import (
	"fmt"
	"time"
)

// deliverableTitles are the outputs of each intervention line.
var deliverableTitles = map[string]string{
	"A": "Servizi di pagamento pagoPA attivi sul portale dell'ente",
	"B": "Fatturazione elettronica integrata con la contabilità",
	"C": "Conservazione a norma dei documenti informatici attivata",
	"D": "Procedimenti amministrativi pubblicati nella banca dati condivisa",
	"E": "Integrazione con il catasto in esercizio",
	"F": "Dati aperti dell'ente pubblicati sul portale regionale",
}

// deliverables writes, for each line of the application, one output
// replicated to every member (one group key), due during the project:
// past ones mostly accepted, some delivered or late, future ones planned
// or under way. And the project's milestones.
func (g *generator) deliverables(p *project) {
	r := p.r
	dvseq, dgseq, msseq := g.seq("DV"), g.seq("DG"), g.seq("MS")
	for li, l := range p.lines {
		due := addDays(p.start, 180+li*120+r.IntN(60))
		created := at(addDays(p.start, 5+li), 600)
		group := dgseq.next(created)
		for m, b := range p.members {
			status := "PLANNED"
			var delivered any
			var updated = created.Add(time.Duration(m+1) * time.Millisecond)
			t := updated
			switch x := r.IntN(10); {
			case due.Before(addDays(asOf, -60)) && x < 8:
				status = "ACCEPTED"
			case due.Before(addDays(asOf, -60)) && x < 9:
				status = "DELIVERED"
			case due.Before(asOf) || x < 5:
				status = "IN_PROGRESS"
			}
			if status == "ACCEPTED" || status == "DELIVERED" {
				d := addDays(due, -r.IntN(30))
				delivered, updated = d, at(d, 0)
			}
			g.t.deliverables.add(dvseq.next(t), t, updated, p.id, p.regionID, group, deliverableTitles[l.code],
				"Attivazione presso l'ente e collaudo.", due, status, delivered, nil, b.id, l.id, p.projectID)
		}
	}
	for i, m := range []struct {
		title, kind string
		months      int
	}{
		{"Riunione di avvio del comitato dei referenti", "MEETING", 0},
		{"Formazione dei referenti", "TRAINING", 6},
		{"Relazione intermedia alla Regione", "REPORTING", 18},
		{"Collaudo finale e chiusura del progetto", "DEADLINE", 35},
	} {
		due := addDays(p.start.AddDate(0, m.months, 0), 7)
		created := at(addDays(p.start, 1), 1800+i)
		var done any
		updated := created
		if due.Before(asOf) {
			done, updated = due, at(due, 0)
		}
		g.t.milestones.add(msseq.next(created), created, updated, p.id, p.regionID, m.title, m.kind, due, done,
			optStr(map[bool]string{true: fmt.Sprintf("Sede del %s", p.lead.name)}[m.kind == "MEETING"]), nil, p.projectID)
	}
}
