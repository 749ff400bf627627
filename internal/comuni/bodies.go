package comuni

// RegionBody is the public body (ente) that governs a region.
type RegionBody struct {
	// RegionCode is the 2-digit ISTAT code of the region, e.g. "11".
	RegionCode string
	// Name is the official name of the body, e.g. "Regione Marche".
	Name string
	// CodiceFiscale is the 11-digit codice fiscale of the body; it is empty
	// where it has not been verified against a public source, and must not be
	// guessed.
	CodiceFiscale string
}

// regionBodies lists the 20 regional bodies. Every codice fiscale passes the
// check digit and was found next to the body's name in public material
// (footers, payment/PagoPA configurations, ISTAT's list of regions with
// COD_REG_FISCALE); the others are left empty on purpose.
var regionBodies = [...]RegionBody{
	{"01", "Regione Piemonte", "80087670016"},
	{"02", "Regione Autonoma Valle d'Aosta", "80002270074"},
	{"03", "Regione Lombardia", "80050050154"},
	{"04", "Regione Autonoma Trentino-Alto Adige/Südtirol", "80003690221"},
	{"05", "Regione del Veneto", "80007580279"},
	{"06", "Regione Autonoma Friuli Venezia Giulia", ""},
	{"07", "Regione Liguria", ""},
	{"08", "Regione Emilia-Romagna", "80062590379"},
	{"09", "Regione Toscana", "01386030488"},
	{"10", "Regione Umbria", ""},
	{"11", "Regione Marche", "80008630420"},
	{"12", "Regione Lazio", "80143490581"},
	{"13", "Regione Abruzzo", ""},
	{"14", "Regione Molise", ""},
	{"15", "Regione Campania", "80011990639"},
	{"16", "Regione Puglia", ""},
	{"17", "Regione Basilicata", "80002950766"},
	{"18", "Regione Calabria", ""},
	{"19", "Regione Siciliana", "80012000826"},
	{"20", "Regione Autonoma della Sardegna", "80002870923"},
}

// RegionBodies returns the table of the 20 regional bodies keyed by ISTAT
// region code ("01" to "20"). The map is a fresh copy on every call.
func RegionBodies() map[string]RegionBody {
	m := make(map[string]RegionBody, len(regionBodies))
	for _, b := range regionBodies {
		m[b.RegionCode] = b
	}
	return m
}
