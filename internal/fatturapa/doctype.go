package fatturapa

import "fmt"

// Class is what a FatturaPA document type (TipoDocumento) means to the
// buyer that receives it.
type Class int

// The classes of document types.
const (
	// Unsupported documents are not a supplier's charge to the buyer: VAT
	// integrations and self-invoices the buyer issues to itself (TD16–TD23,
	// TD28, TD29), documents of the seller's own operations (TD26, TD27),
	// the simplified types of the other format (TD07–TD09) and unknown
	// codes.
	Unsupported Class = iota
	// Charge documents are a supplier's invoices, each an expense in its
	// own right: TD01 fattura, TD02 and TD03 acconto/anticipo su fattura e
	// su parcella, TD05 nota di debito, TD06 parcella, TD24 and TD25
	// fattura differita (art. 21 c. 4 DPR 633/1972).
	Charge
	// CreditNote is TD04, nota di credito: it reduces the invoice it names
	// in DatiFattureCollegate. Its amounts are positive in the file.
	CreditNote
)

// documentTypes names the document types of the FatturaPA specification
// (version 1.9, in force from 1 April 2025) in Italian, with their class.
var documentTypes = map[string]struct {
	name  string
	class Class
}{
	"TD01": {"fattura", Charge},
	"TD02": {"acconto/anticipo su fattura", Charge},
	"TD03": {"acconto/anticipo su parcella", Charge},
	"TD04": {"nota di credito", CreditNote},
	"TD05": {"nota di debito", Charge},
	"TD06": {"parcella", Charge},
	"TD07": {"fattura semplificata", Unsupported},
	"TD08": {"nota di credito semplificata", Unsupported},
	"TD09": {"nota di debito semplificata", Unsupported},
	"TD16": {"integrazione fattura reverse charge interno", Unsupported},
	"TD17": {"integrazione/autofattura per acquisto servizi dall'estero", Unsupported},
	"TD18": {"integrazione per acquisto di beni intracomunitari", Unsupported},
	"TD19": {"integrazione/autofattura per acquisto di beni ex art. 17 c. 2 DPR 633/1972", Unsupported},
	"TD20": {"autofattura per regolarizzazione e integrazione delle fatture", Unsupported},
	"TD21": {"autofattura per splafonamento", Unsupported},
	"TD22": {"estrazione beni da Deposito IVA", Unsupported},
	"TD23": {"estrazione beni da Deposito IVA con versamento dell'IVA", Unsupported},
	"TD24": {"fattura differita (art. 21 c. 4 lett. a DPR 633/1972)", Charge},
	"TD25": {"fattura differita (art. 21 c. 4 terzo periodo lett. b DPR 633/1972)", Charge},
	"TD26": {"cessione di beni ammortizzabili e passaggi interni", Unsupported},
	"TD27": {"fattura per autoconsumo o per cessioni gratuite senza rivalsa", Unsupported},
	"TD28": {"acquisti da San Marino con IVA (fattura cartacea)", Unsupported},
	"TD29": {"comunicazione per omessa o irregolare fatturazione", Unsupported},
}

// ClassOf returns the class of a document type ("TD01", …; upper-case as
// Parse returns it).
func ClassOf(docType string) Class {
	if t, ok := documentTypes[docType]; ok {
		return t.class
	}
	return Unsupported
}

// DocumentTypeName returns the Italian name of a document type, e.g.
// "nota di credito" for TD04, or "" for a code the specification does not
// define.
func DocumentTypeName(docType string) string { return documentTypes[docType].name }

// UnsupportedReason says, in Italian, why a document of an Unsupported
// type is not registered as an expense; "" for the other classes.
func UnsupportedReason(docType string) string {
	t, known := documentTypes[docType]
	switch {
	case !known:
		return fmt.Sprintf("il tipo di documento «%s» non è tra quelli della specifica FatturaPA: si registrano fatture "+
			"(TD01, TD02, TD03, TD05, TD06, TD24, TD25) e note di credito (TD04).", show(docType))
	case t.class != Unsupported:
		return ""
	}
	var why string
	switch docType {
	case "TD07", "TD08", "TD09":
		why = "è un tipo del formato semplificato (FSM10), che non vale per le fatture alla pubblica amministrazione"
	case "TD16", "TD17", "TD18", "TD19", "TD20", "TD22", "TD23", "TD28", "TD29":
		why = "è un documento che il committente emette per integrare o regolarizzare l'IVA (inversione contabile, " +
			"autofattura, comunicazione), non la fattura del fornitore: la spesa è la fattura del fornitore"
	default: // TD21, TD26, TD27
		why = "riguarda operazioni del cedente per conto proprio, non un addebito al committente"
	}
	return fmt.Sprintf("il tipo di documento %s (%s) %s; si registrano fatture (TD01, TD02, TD03, TD05, TD06, TD24, "+
		"TD25) e note di credito (TD04).", docType, t.name, why)
}
