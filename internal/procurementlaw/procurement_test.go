package procurementlaw

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/civil"
)

var (
	d2023 = civil.MustParse("2023-09-01")
	d2025 = civil.MustParse("2025-06-15")
	d2026 = civil.MustParse("2026-03-01")
)

// summary renders findings as "SEVERITY rule limit" for compact comparison.
func summary(fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %d", f.Severity, f.Rule, f.LimitCents))
	}
	return out
}

const (
	eDirect      = "ERROR procurement.direct_award_limit"
	eBelowOnly   = "ERROR procurement.below_threshold_only"
	eMinOps      = "ERROR procurement.min_operators"
	eQualif      = "ERROR procurement.qualification"
	eFramework   = "ERROR procurement.framework_reference 0"
	eBase        = "ERROR procurement.base_amount 0"
	wNotNeeded   = "WARNING procurement.negotiated_not_needed"
	wWithout     = "WARNING procurement.negotiated_without_notice"
	wStartDate   = "WARNING procurement.start_date_missing 0"
	wPrevRegime  = "WARNING procurement.previous_regime 0"
	lDirectServ  = " 14000000"
	lDirectWorks = " 15000000"
	lTen         = " 100000000"
	lUnqWorks    = " 50000000"
)

func TestCheck(t *testing.T) {
	q := func(o Object, p Procedure, base int64, d civil.Date) Input {
		return Input{Object: o, Procedure: p, BaseCents: base, StartedOn: d, QualifiedBody: true}
	}
	invited := func(in Input, n int) Input { in.InvitedCount = n; return in }
	unqualified := func(in Input) Input { in.QualifiedBody = false; return in }
	framework := func(in Input, ref string) Input { in.FrameworkReference = ref; return in }

	tests := []struct {
		name string
		in   Input
		want []string
	}{
		// Direct award (art. 50 c.1 lett. a/b).
		{"direct services just below", q(Services, DirectAward, 139_999_99, d2025), nil},
		{"direct services at limit", q(Services, DirectAward, 140_000_00, d2025), []string{eDirect + lDirectServ}},
		{"direct supplies just below", q(Supplies, DirectAward, 139_999_99, d2026), nil},
		{"direct supplies at limit", q(Supplies, DirectAward, 140_000_00, d2026), []string{eDirect + lDirectServ}},
		{"direct works just below", q(Works, DirectAward, 149_999_99, d2023), nil},
		{"direct works at limit", q(Works, DirectAward, 150_000_00, d2023), []string{eDirect + lDirectWorks}},
		{"direct works well above", q(Works, DirectAward, 2_000_000_00, d2026), []string{eDirect + lDirectWorks}},
		{"direct on first day of the code", q(Services, DirectAward, 140_000_00, civil.New(2023, 7, 1)), []string{eDirect + lDirectServ}},

		// Negotiated below threshold (33): EU threshold per period.
		{"33 services 2023 just below EU", q(Services, NegotiatedBelowThreshold, 214_999_99, d2023), nil},
		{"33 services 2023 at EU", q(Services, NegotiatedBelowThreshold, 215_000_00, d2023), []string{eBelowOnly + " 21500000"}},
		{"33 services 2025 218k below EU 221k", q(Services, NegotiatedBelowThreshold, 218_000_00, d2025), nil},
		{"33 services 2025 just below EU", q(Services, NegotiatedBelowThreshold, 220_999_99, d2025), nil},
		{"33 services 2025 at EU", q(Services, NegotiatedBelowThreshold, 221_000_00, d2025), []string{eBelowOnly + " 22100000"}},
		{"33 services 2026 218k above EU 216k", q(Services, NegotiatedBelowThreshold, 218_000_00, d2026), []string{eBelowOnly + " 21600000"}},
		{"33 services 2026 just below EU", q(Services, NegotiatedBelowThreshold, 215_999_99, d2026), nil},
		{"33 services 2026 at EU", q(Services, NegotiatedBelowThreshold, 216_000_00, d2026), []string{eBelowOnly + " 21600000"}},
		{"33 supplies 2026 at EU", q(Supplies, NegotiatedBelowThreshold, 216_000_00, d2026), []string{eBelowOnly + " 21600000"}},
		{"33 services 2025-12-31 uses 2024 row", q(Services, NegotiatedBelowThreshold, 218_000_00, civil.New(2025, 12, 31)), nil},
		{"33 services 2026-01-01 uses 2026 row", q(Services, NegotiatedBelowThreshold, 218_000_00, civil.New(2026, 1, 1)), []string{eBelowOnly + " 21600000"}},
		{"33 works 2023 just below EU", q(Works, NegotiatedBelowThreshold, 5_381_999_99, d2023), nil},
		{"33 works 2023 at EU", q(Works, NegotiatedBelowThreshold, 5_382_000_00, d2023), []string{eBelowOnly + " 538200000"}},
		{"33 works 2025 just below EU", q(Works, NegotiatedBelowThreshold, 5_537_999_99, d2025), nil},
		{"33 works 2025 at EU", q(Works, NegotiatedBelowThreshold, 5_538_000_00, d2025), []string{eBelowOnly + " 553800000"}},
		{"33 works 2026 5.45M above EU", q(Works, NegotiatedBelowThreshold, 5_450_000_00, d2026), []string{eBelowOnly + " 540400000"}},
		{"33 works 2026 just below EU", q(Works, NegotiatedBelowThreshold, 5_403_999_99, d2026), nil},
		{"33 works 2026 at EU", q(Works, NegotiatedBelowThreshold, 5_404_000_00, d2026), []string{eBelowOnly + " 540400000"}},

		// 33 below the direct-award limit: allowed, unusual.
		{"33 services below direct limit", q(Services, NegotiatedBelowThreshold, 139_999_99, d2025), []string{wNotNeeded + lDirectServ}},
		{"33 services at direct limit", q(Services, NegotiatedBelowThreshold, 140_000_00, d2025), nil},
		{"33 works below direct limit", q(Works, NegotiatedBelowThreshold, 149_999_99, d2025), []string{wNotNeeded + lDirectWorks}},
		{"33 works at direct limit", q(Works, NegotiatedBelowThreshold, 150_000_00, d2025), nil},

		// Minimum number of operators (art. 50 c.1 lett. c, d, e).
		{"33 works <1M invited 4", invited(q(Works, NegotiatedBelowThreshold, 999_999_99, d2025), 4), []string{eMinOps + lTen}},
		{"33 works <1M invited 5", invited(q(Works, NegotiatedBelowThreshold, 999_999_99, d2025), 5), nil},
		{"33 works 1M invited 9", invited(q(Works, NegotiatedBelowThreshold, 1_000_000_00, d2025), 9), []string{eMinOps + lTen}},
		{"33 works 1M invited 10", invited(q(Works, NegotiatedBelowThreshold, 1_000_000_00, d2025), 10), nil},
		{"33 works 1M invited 5", invited(q(Works, NegotiatedBelowThreshold, 1_000_000_00, d2025), 5), []string{eMinOps + lTen}},
		{"33 services invited 4", invited(q(Services, NegotiatedBelowThreshold, 150_000_00, d2025), 4), []string{eMinOps + " 0"}},
		{"33 services invited 5", invited(q(Services, NegotiatedBelowThreshold, 150_000_00, d2025), 5), nil},
		{"33 services invited unknown", invited(q(Services, NegotiatedBelowThreshold, 150_000_00, d2025), 0), nil},
		{"33 above EU: no count check", invited(q(Services, NegotiatedBelowThreshold, 300_000_00, d2025), 3), []string{eBelowOnly + " 22100000"}},
		{"33 below direct limit with 2 invited", invited(q(Services, NegotiatedBelowThreshold, 50_000_00, d2025), 2), []string{eMinOps + " 0", wNotNeeded + lDirectServ}},
		{"03 services below EU invited 4", invited(q(Services, NegotiatedWithNotice, 150_000_00, d2026), 4), []string{eMinOps + " 0"}},
		{"03 services above EU invited 4", invited(q(Services, NegotiatedWithNotice, 300_000_00, d2026), 4), nil},
		{"04 works below EU invited 9 at 1M", invited(q(Works, NegotiatedWithoutNotice, 1_000_000_00, d2026), 9), []string{eMinOps + lTen}},

		// Negotiated without notice above the EU threshold (art. 76).
		{"04 services 2026 just below EU", q(Services, NegotiatedWithoutNotice, 215_999_99, d2026), nil},
		{"04 services 2026 at EU", q(Services, NegotiatedWithoutNotice, 216_000_00, d2026), []string{wWithout + " 21600000"}},
		{"04 services 2025 218k below EU", q(Services, NegotiatedWithoutNotice, 218_000_00, d2025), nil},
		{"04 works 2025 at EU", q(Works, NegotiatedWithoutNotice, 5_538_000_00, d2025), []string{wWithout + " 553800000"}},
		{"04 above EU invited 2: no count check", invited(q(Works, NegotiatedWithoutNotice, 6_000_000_00, d2025), 2), []string{wWithout + " 553800000"}},
		{"03 works above EU", q(Works, NegotiatedWithNotice, 6_000_000_00, d2025), nil},

		// Ordinary procedures: always allowed.
		{"open tiny", q(Services, Open, 1_00, d2026), nil},
		{"open huge works", q(Works, Open, 50_000_000_00, d2026), nil},
		{"restricted huge services", q(Services, Restricted, 10_000_000_00, d2025), nil},

		// Frameworks.
		{"26 without reference", q(Services, DirectAwardFramework, 50_000_00, d2025), []string{eFramework}},
		{"26 blank reference", framework(q(Services, DirectAwardFramework, 50_000_00, d2025), "  "), []string{eFramework}},
		{"26 with reference", framework(q(Services, DirectAwardFramework, 500_000_00, d2025), "Consip SPC Cloud lotto 1"), nil},
		{"27 without reference", q(Supplies, CompetitiveFramework, 500_000_00, d2026), []string{eFramework}},
		{"27 with reference", framework(q(Supplies, CompetitiveFramework, 500_000_00, d2026), "AQ Consip PC desktop 2"), nil},
		{"27 unqualified large: no qualification check", unqualified(framework(q(Services, CompetitiveFramework, 1_000_000_00, d2026), "AQ Consip")), nil},
		{"26 unqualified large works", unqualified(framework(q(Works, DirectAwardFramework, 3_000_000_00, d2026), "AQ Consip")), nil},

		// Qualification (art. 62).
		{"unqualified services at direct limit", unqualified(q(Services, NegotiatedBelowThreshold, 140_000_00, d2025)), nil},
		{"unqualified services above direct limit", unqualified(q(Services, NegotiatedBelowThreshold, 140_000_01, d2025)), []string{eQualif + lDirectServ}},
		{"unqualified supplies open above limit", unqualified(q(Supplies, Open, 300_000_00, d2025)), []string{eQualif + lDirectServ}},
		{"unqualified works at 500k", unqualified(q(Works, NegotiatedBelowThreshold, 500_000_00, d2025)), nil},
		{"unqualified works above 500k", unqualified(q(Works, NegotiatedBelowThreshold, 500_000_01, d2025)), []string{eQualif + lUnqWorks}},
		{"qualified works above 500k", q(Works, NegotiatedBelowThreshold, 500_000_01, d2025), nil},
		{"unqualified direct services below limit", unqualified(q(Services, DirectAward, 139_999_99, d2025)), nil},
		{"unqualified direct services at limit", unqualified(q(Services, DirectAward, 140_000_00, d2025)), []string{eDirect + lDirectServ}},
		{"unqualified direct services above limit", unqualified(q(Services, DirectAward, 180_000_00, d2025)), []string{eDirect + lDirectServ, eQualif + lDirectServ}},
		{"unqualified direct works 200k", unqualified(q(Works, DirectAward, 200_000_00, d2025)), []string{eDirect + lDirectWorks}},

		// Base amount.
		{"zero base", q(Services, DirectAward, 0, d2025), []string{eBase}},
		{"negative base", q(Works, Open, -1, d2025), []string{eBase}},
		{"zero base 33: no not-needed warning", unqualified(q(Services, NegotiatedBelowThreshold, 0, d2025)), []string{eBase}},
		{"zero base still counts operators", invited(q(Services, NegotiatedBelowThreshold, 0, d2025), 3), []string{eBase, eMinOps + " 0"}},
		{"zero base framework without reference", q(Services, DirectAwardFramework, 0, d2025), []string{eBase, eFramework}},
		{"one cent", q(Services, DirectAward, 1, d2025), nil},

		// Unknown values.
		{"unknown object", q("SOFTWARE", DirectAward, 500_000_00, d2025), []string{"ERROR procurement.object 0"}},
		{"unknown procedure", q(Services, "AUCTION", 500_000_00, d2025), []string{"ERROR procurement.procedure 0"}},
		{"unknown both and zero base", q("", "", 0, d2025), []string{eBase, "ERROR procurement.object 0", "ERROR procurement.procedure 0"}},

		// Previous regime (D.Lgs. 50/2016).
		{"day before the code", q(Services, DirectAward, 180_000_00, civil.New(2023, 6, 30)), []string{wPrevRegime}},
		{"previous regime ignores everything else", unqualified(q("", DirectAwardFramework, 0, civil.New(2020, 1, 1))), []string{wPrevRegime}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Check(tt.in))
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Check(%+v)\n got %q\nwant %q", tt.in, got, want)
			}
		})
	}
}

func TestCheckNoFindingsIsNil(t *testing.T) {
	if fs := Check(Input{Object: Works, Procedure: Open, BaseCents: 1_000_00, StartedOn: d2026, QualifiedBody: true}); fs != nil {
		t.Errorf("Check = %#v, want nil", fs)
	}
}

func TestCheckMissingStartDate(t *testing.T) {
	in := Input{Object: Services, Procedure: DirectAward, BaseCents: 100_000_00, QualifiedBody: true}
	fs := Check(in)
	if got, want := summary(fs), []string{wStartDate}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if today := civil.Today().Italian(); !strings.Contains(fs[0].Message, today) {
		t.Errorf("message %q does not name today %s", fs[0].Message, today)
	}
	// The thresholds in force today are applied.
	in.BaseCents = 140_000_00
	if got, want := summary(Check(in)), []string{eDirect + lDirectServ, wStartDate}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCheckOrdering(t *testing.T) {
	// Errors come first in rule order, then warnings in rule order, whatever
	// the order in which the rules fired.
	in := Input{Object: Services, Procedure: NegotiatedBelowThreshold, BaseCents: 100_000_00, InvitedCount: 2}
	want := []string{eMinOps + " 0", wStartDate, wNotNeeded + lDirectServ}
	if got := summary(Check(in)); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}

	in = Input{Object: Works, Procedure: DirectAward, BaseCents: 600_000_00}
	want = []string{eDirect + lDirectWorks, eQualif + lUnqWorks, wStartDate}
	if got := summary(Check(in)); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}

	in = Input{Object: Works, Procedure: NegotiatedWithoutNotice, BaseCents: 6_000_000_00, StartedOn: d2026}
	want = []string{eQualif + lUnqWorks, wWithout + " 540400000"}
	fs := Check(in)
	if got := summary(fs); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if !slices.IsSortedFunc(fs, func(a, b Finding) int { return severityRank(a.Severity) - severityRank(b.Severity) }) {
		t.Errorf("findings not sorted by severity: %q", summary(fs))
	}
	for i := 0; i < 5; i++ {
		if again := Check(in); !reflect.DeepEqual(again, fs) {
			t.Fatalf("Check is not deterministic: %#v vs %#v", again, fs)
		}
	}
}

func TestCheckMessages(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{
			"direct award services",
			Input{Object: Services, Procedure: DirectAward, BaseCents: 180_000_00, StartedOn: d2025, QualifiedBody: true},
			"L'affidamento diretto di servizi e forniture è ammesso sotto 140.000,00 € (art. 50, comma 1, lett. b, D.Lgs. 36/2023; soglia in vigore dal 01/07/2023): la base d'asta è 180.000,00 €; occorre almeno una procedura negoziata senza bando con 5 operatori economici (art. 50, comma 1, lett. e).",
		},
		{
			"direct award works above 1M",
			Input{Object: Works, Procedure: DirectAward, BaseCents: 1_200_000_00, StartedOn: d2026, QualifiedBody: true},
			"L'affidamento diretto di lavori è ammesso sotto 150.000,00 € (art. 50, comma 1, lett. a, D.Lgs. 36/2023; soglia in vigore dal 01/07/2023): la base d'asta è 1.200.000,00 €; occorre almeno una procedura negoziata senza bando con 10 operatori economici (art. 50, comma 1, lett. d).",
		},
		{
			"direct award works below 1M",
			Input{Object: Works, Procedure: DirectAward, BaseCents: 150_000_00, StartedOn: d2026, QualifiedBody: true},
			"L'affidamento diretto di lavori è ammesso sotto 150.000,00 € (art. 50, comma 1, lett. a, D.Lgs. 36/2023; soglia in vigore dal 01/07/2023): la base d'asta è 150.000,00 €; occorre almeno una procedura negoziata senza bando con 5 operatori economici (art. 50, comma 1, lett. c).",
		},
		{
			"direct award above EU",
			Input{Object: Supplies, Procedure: DirectAward, BaseCents: 300_000_00, StartedOn: d2026, QualifiedBody: true},
			"L'affidamento diretto di servizi e forniture è ammesso sotto 140.000,00 € (art. 50, comma 1, lett. b, D.Lgs. 36/2023; soglia in vigore dal 01/07/2023): la base d'asta è 300.000,00 €; dalla soglia europea di 216.000,00 € occorre una procedura ordinaria (aperta o ristretta).",
		},
		{
			"below threshold only 2026",
			Input{Object: Services, Procedure: NegotiatedBelowThreshold, BaseCents: 218_000_00, StartedOn: d2026, QualifiedBody: true},
			"La procedura negoziata per affidamenti sotto soglia è ammessa solo sotto la soglia europea di 216.000,00 € per servizi e forniture (art. 14 e art. 50, D.Lgs. 36/2023; soglia in vigore dal 01/01/2026): la base d'asta è 218.000,00 €; occorre una procedura ordinaria (aperta o ristretta).",
		},
		{
			"below threshold only 2025 dates the 2024 update",
			Input{Object: Works, Procedure: NegotiatedBelowThreshold, BaseCents: 6_000_000_00, StartedOn: d2025, QualifiedBody: true},
			"La procedura negoziata per affidamenti sotto soglia è ammessa solo sotto la soglia europea di 5.538.000,00 € per lavori (art. 14 e art. 50, D.Lgs. 36/2023; soglia in vigore dal 01/01/2024): la base d'asta è 6.000.000,00 €; occorre una procedura ordinaria (aperta o ristretta).",
		},
		{
			"not needed",
			Input{Object: Works, Procedure: NegotiatedBelowThreshold, BaseCents: 90_000_00, StartedOn: d2023, QualifiedBody: true},
			"Per lavori sotto 150.000,00 € è ammesso l'affidamento diretto (art. 50, comma 1, lett. a, D.Lgs. 36/2023): la procedura negoziata con base d'asta di 90.000,00 € è consentita ma non necessaria.",
		},
		{
			"without notice",
			Input{Object: Services, Procedure: NegotiatedWithoutNotice, BaseCents: 250_000_00, StartedOn: d2026, QualifiedBody: true},
			"La base d'asta di 250.000,00 € raggiunge la soglia europea di 216.000,00 € per servizi e forniture (art. 14, D.Lgs. 36/2023; soglia in vigore dal 01/01/2026): la procedura negoziata senza previa pubblicazione di un bando è ammessa solo nei casi eccezionali dell'art. 76, da motivare nella determina a contrarre.",
		},
		{
			"min operators works ten",
			Input{Object: Works, Procedure: NegotiatedBelowThreshold, BaseCents: 1_500_000_00, StartedOn: d2026, QualifiedBody: true, InvitedCount: 7},
			"La procedura negoziata per lavori di importo pari o superiore a 1.000.000,00 € richiede la consultazione di almeno 10 operatori economici, ove esistenti (art. 50, comma 1, lett. d, D.Lgs. 36/2023): ne risultano invitati 7.",
		},
		{
			"min operators works five",
			Input{Object: Works, Procedure: NegotiatedBelowThreshold, BaseCents: 400_000_00, StartedOn: d2026, QualifiedBody: true, InvitedCount: 3},
			"La procedura negoziata per lavori di importo inferiore a 1.000.000,00 € richiede la consultazione di almeno 5 operatori economici, ove esistenti (art. 50, comma 1, lett. c, D.Lgs. 36/2023): ne risultano invitati 3.",
		},
		{
			"min operators services one",
			Input{Object: Supplies, Procedure: NegotiatedWithNotice, BaseCents: 180_000_00, StartedOn: d2026, QualifiedBody: true, InvitedCount: 1},
			"La procedura negoziata per servizi e forniture richiede la consultazione di almeno 5 operatori economici, ove esistenti (art. 50, comma 1, lett. e, D.Lgs. 36/2023): ne risulta invitato 1.",
		},
		{
			"framework reference",
			Input{Object: Services, Procedure: CompetitiveFramework, BaseCents: 180_000_00, StartedOn: d2026, QualifiedBody: true},
			"Per la procedura «Confronto competitivo in adesione ad accordo quadro/convenzione» occorre indicare l'accordo quadro o la convenzione (Consip o soggetto aggregatore) a cui si aderisce.",
		},
		{
			"qualification works",
			Input{Object: Works, Procedure: Open, BaseCents: 750_000_00, StartedOn: d2026},
			"Un ente privo di qualificazione ANAC può affidare da solo lavori solo fino a 500.000,00 € (art. 62, comma 1, D.Lgs. 36/2023): con una base d'asta di 750.000,00 € deve rivolgersi a una centrale di committenza qualificata o a un soggetto aggregatore (art. 62, comma 6), oppure aderire a un accordo quadro o a una convenzione.",
		},
		{
			"base amount",
			Input{Object: Works, Procedure: Open, BaseCents: -1_234_50, StartedOn: d2026, QualifiedBody: true},
			"La base d'asta deve essere maggiore di zero: è indicata -1.234,50 €.",
		},
		{
			"previous regime",
			Input{Object: Works, Procedure: Open, BaseCents: 1_00, StartedOn: civil.New(2023, 3, 15)},
			"La procedura è stata avviata il 15/03/2023, prima del 01/07/2023: si applica il D.Lgs. 50/2016 e le soglie non sono verificate.",
		},
		{
			"unknown object",
			Input{Object: "SOFTWARE", Procedure: Open, BaseCents: 1_00, StartedOn: d2026, QualifiedBody: true},
			`Oggetto dell'affidamento non valido ("SOFTWARE"): indica lavori, servizi o forniture.`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Check(tt.in)
			if len(fs) == 0 {
				t.Fatalf("no findings")
			}
			if fs[0].Message != tt.want {
				t.Errorf("message\n got %s\nwant %s", fs[0].Message, tt.want)
			}
		})
	}
}

func TestThresholdsOn(t *testing.T) {
	tests := []struct {
		date           string
		ok             bool
		euWorks, euSvc int64
	}{
		{"2016-04-19", false, 0, 0},
		{"2023-06-30", false, 0, 0},
		{"2023-07-01", true, 5_382_000_00, 215_000_00},
		{"2023-12-31", true, 5_382_000_00, 215_000_00},
		{"2024-01-01", true, 5_538_000_00, 221_000_00},
		{"2025-12-31", true, 5_538_000_00, 221_000_00},
		{"2026-01-01", true, 5_404_000_00, 216_000_00},
		{"2031-05-20", true, 5_404_000_00, 216_000_00},
	}
	for _, tt := range tests {
		th, ok := ThresholdsOn(civil.MustParse(tt.date))
		if ok != tt.ok || th.EUWorksCents != tt.euWorks || th.EUServicesCents != tt.euSvc {
			t.Errorf("ThresholdsOn(%s) = %+v, %v; want EU %d/%d, %v", tt.date, th, ok, tt.euWorks, tt.euSvc, tt.ok)
			continue
		}
		if !ok {
			if th != (Thresholds{}) {
				t.Errorf("ThresholdsOn(%s) = %+v, want zero value", tt.date, th)
			}
			continue
		}
		if th.DirectWorksCents != 150_000_00 || th.DirectServicesCents != 140_000_00 ||
			th.NegotiatedWorksTenCents != 1_000_000_00 || th.UnqualifiedWorksCents != 500_000_00 {
			t.Errorf("ThresholdsOn(%s) national limits = %+v", tt.date, th)
		}
	}
	if _, ok := ThresholdsOn(civil.Date{}); ok {
		t.Error("ThresholdsOn(zero date) = true, want false")
	}
}

func TestTable(t *testing.T) {
	tb := Table()
	if len(tb) != 3 {
		t.Fatalf("len(Table()) = %d, want 3", len(tb))
	}
	if !slices.IsSortedFunc(tb, func(a, b Thresholds) int { return a.From.Compare(b.From) }) {
		t.Error("table not sorted by From")
	}
	for i := 1; i < len(tb); i++ {
		if tb[i].From == tb[i-1].From {
			t.Errorf("duplicate From %s", tb[i].From)
		}
	}
	tb[0].EUWorksCents = 1
	if Table()[0].EUWorksCents == 1 {
		t.Error("Table() returns the internal slice")
	}
}

func TestThresholdHelpers(t *testing.T) {
	th, _ := ThresholdsOn(d2026)
	for _, tt := range []struct {
		o                       Object
		direct, eu, unqualified int64
	}{
		{Works, 150_000_00, 5_404_000_00, 500_000_00},
		{Services, 140_000_00, 216_000_00, 140_000_00},
		{Supplies, 140_000_00, 216_000_00, 140_000_00},
	} {
		if got := th.DirectAwardLimit(tt.o); got != tt.direct {
			t.Errorf("DirectAwardLimit(%s) = %d, want %d", tt.o, got, tt.direct)
		}
		if got := th.EULimit(tt.o); got != tt.eu {
			t.Errorf("EULimit(%s) = %d, want %d", tt.o, got, tt.eu)
		}
		if got := th.UnqualifiedLimit(tt.o); got != tt.unqualified {
			t.Errorf("UnqualifiedLimit(%s) = %d, want %d", tt.o, got, tt.unqualified)
		}
	}
	for _, tt := range []struct {
		o    Object
		base int64
		want int
	}{
		{Works, 999_999_99, 5},
		{Works, 1_000_000_00, 10},
		{Services, 1_000_000_00, 5},
		{Supplies, 5_000_000_00, 5},
	} {
		if got := th.MinOperators(tt.o, tt.base); got != tt.want {
			t.Errorf("MinOperators(%s, %d) = %d, want %d", tt.o, tt.base, got, tt.want)
		}
	}
}

func TestProcedureCodes(t *testing.T) {
	tests := []struct {
		p                   Procedure
		code, label, method string
	}{
		{Open, "01", "Procedura aperta", "open"},
		{Restricted, "02", "Procedura ristretta", "selective"},
		{NegotiatedWithNotice, "03", "Procedura negoziata previa pubblicazione", "limited"},
		{NegotiatedWithoutNotice, "04", "Procedura negoziata senza previa pubblicazione", "limited"},
		{DirectAward, "23", "Affidamento diretto", "direct"},
		{DirectAwardFramework, "26", "Affidamento diretto in adesione ad accordo quadro/convenzione", "direct"},
		{CompetitiveFramework, "27", "Confronto competitivo in adesione ad accordo quadro/convenzione", "limited"},
		{NegotiatedBelowThreshold, "33", "Procedura negoziata per affidamenti sotto soglia", "limited"},
	}
	if len(tests) != len(Procedures()) {
		t.Fatalf("%d cases for %d procedures", len(tests), len(Procedures()))
	}
	for i, tt := range tests {
		if Procedures()[i] != tt.p {
			t.Errorf("Procedures()[%d] = %s, want %s", i, Procedures()[i], tt.p)
		}
		if !tt.p.Valid() {
			t.Errorf("%s.Valid() = false", tt.p)
		}
		if got := ANACCode(tt.p); got != tt.code {
			t.Errorf("ANACCode(%s) = %q, want %q", tt.p, got, tt.code)
		}
		if got := Label(tt.p); got != tt.label {
			t.Errorf("Label(%s) = %q, want %q", tt.p, got, tt.label)
		}
		if got := ProcurementMethod(tt.p); got != tt.method {
			t.Errorf("ProcurementMethod(%s) = %q, want %q", tt.p, got, tt.method)
		}
	}
	const unknown = Procedure("AUCTION")
	if unknown.Valid() || ANACCode(unknown) != "" || ProcurementMethod(unknown) != "" || Label(unknown) != "AUCTION" {
		t.Errorf("unknown procedure: valid %v, code %q, method %q, label %q",
			unknown.Valid(), ANACCode(unknown), ProcurementMethod(unknown), Label(unknown))
	}
	if Procedure(strings.ToLower(string(Open))).Valid() {
		t.Error("procedure values are case-sensitive")
	}
}

func TestObjectLabel(t *testing.T) {
	for o, want := range map[Object]string{Works: "Lavori", Services: "Servizi", Supplies: "Forniture", "OTHER": "OTHER"} {
		if got := ObjectLabel(o); got != want {
			t.Errorf("ObjectLabel(%s) = %q, want %q", o, got, want)
		}
	}
	if got := Objects(); !reflect.DeepEqual(got, []Object{Works, Services, Supplies}) {
		t.Errorf("Objects() = %v", got)
	}
	for _, o := range Objects() {
		if !o.Valid() {
			t.Errorf("%s.Valid() = false", o)
		}
	}
	if Object("").Valid() {
		t.Error(`Object("").Valid() = true`)
	}
}

func TestSavings(t *testing.T) {
	tests := []struct {
		base, award, cents, bp int64
	}{
		{100_000_00, 80_000_00, 20_000_00, 2000},
		{180_000_00, 180_000_00, 0, 0},
		{0, 0, 0, 0},
		{0, 1_00, -1_00, 0},
		{3, 2, 1, 3333},          // 3333.33 bp
		{3, 1, 2, 6667},          // 6666.67 bp
		{20_000, 19_999, 1, 1},   // 0.5 bp rounds up
		{20_000, 20_001, -1, -1}, // -0.5 bp rounds away from zero
		{60_000, 59_999, 1, 0},   // 0.33 bp
		{100_00, 150_00, -50_00, -5000},
		{160_861_545, 0, 160_861_545, 10000},
	}
	for _, tt := range tests {
		cents, bp := Savings(tt.base, tt.award)
		if cents != tt.cents || bp != tt.bp {
			t.Errorf("Savings(%d, %d) = %d, %d; want %d, %d", tt.base, tt.award, cents, bp, tt.cents, tt.bp)
		}
	}
}
