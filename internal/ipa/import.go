package ipa

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/authz"
)

// Result counts what an import did.
type Result struct {
	// Read counts the bodies of the Enti files; Matched those recognised
	// among the bodies loaded; Updated those whose codice fiscale or IPA
	// code changed; Unchanged the others.
	Read, Matched, Updated, Unchanged int
	// Offices counts the e-invoicing offices recorded, on BodiesWithOffices
	// bodies.
	Offices, BodiesWithOffices int
	// Unmatched are the IPA codes of bodies (and offices) not loaded here.
	Unmatched []string
	// Refused are the rows left out, with their file, line and reason.
	Refused []string
}

// target is a body being updated.
type target struct {
	b       *gen.PublicBody
	cf, ipa string
	offices []string
	hasOffs bool
}

// Import sets codice_fiscale and codice_ipa of the bodies of the Enti files
// and the invoicing_office_codes of the bodies of the offices files, for
// the bodies already loaded: a comune is recognised by its IPA code
// c_<codice catastale> or by its ISTAT code with the name "Comune di …";
// any body (Unioni di comuni, the Region, …) by its codice fiscale or IPA
// code. A codice fiscale already used by another body is refused, naming
// it. The offices listed for a body replace its previous list. Importing the
// same files again changes nothing. It acts as the system in one
// transaction.
func Import(ctx context.Context, client *gen.Client, files ...*File) (Result, error) {
	ctx = authz.WithSystem(ctx)
	var res Result
	for _, f := range files {
		res.Refused = append(res.Refused, prefix(string(f.Kind), f.Refused)...)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return res, err
	}
	defer func() { _ = tx.Rollback() }()
	all, err := tx.PublicBody.Query().Where(publicbody.Or(publicbody.IstatCodeNotNil(), publicbody.CodiceFiscaleNotNil(),
		publicbody.CodiceIpaNotNil())).All(ctx)
	if err != nil {
		return res, err
	}
	byISTAT, byCatastale, byCF, byIPA := map[string]*gen.PublicBody{}, map[string]*gen.PublicBody{}, map[string]*gen.PublicBody{}, map[string]*gen.PublicBody{}
	for _, b := range all {
		if b.IstatCode != nil {
			byISTAT[*b.IstatCode] = b
		}
		if b.CodiceCatastale != nil {
			byCatastale[strings.ToLower(*b.CodiceCatastale)] = b
		}
		if b.CodiceFiscale != nil {
			byCF[*b.CodiceFiscale] = b
		}
		if b.CodiceIpa != nil {
			byIPA[*b.CodiceIpa] = b
		}
	}
	targets := map[pulid.ID]*target{}
	get := func(b *gen.PublicBody) *target {
		t := targets[b.ID]
		if t == nil {
			t = &target{b: b, cf: deref(b.CodiceFiscale), ipa: deref(b.CodiceIpa)}
			targets[b.ID] = t
		}
		return t
	}
	cfOwner := map[string]pulid.ID{}
	for cf, b := range byCF {
		cfOwner[cf] = b.ID
	}
	ipaOwner := map[string]pulid.ID{}
	for code, b := range byIPA {
		ipaOwner[code] = b.ID
	}
	names := map[pulid.ID]string{}
	byID := map[pulid.ID]*gen.PublicBody{}
	for _, b := range all {
		names[b.ID], byID[b.ID] = b.Name, b
	}
	for _, f := range files {
		for _, r := range f.Bodies {
			res.Read++
			b := matchBody(r, byISTAT, byCatastale, byCF, byIPA)
			if b == nil {
				res.Unmatched = append(res.Unmatched, r.IPA)
				continue
			}
			res.Matched++
			t := get(b)
			if r.CodiceFiscale != "" {
				if other, ok := cfOwner[r.CodiceFiscale]; ok && other != b.ID {
					res.Refused = append(res.Refused, fmt.Sprintf("%s riga %d: il codice fiscale %s di %s è già di %s", f.Kind, r.Line, r.CodiceFiscale, b.Name, names[other]))
					continue
				}
				if t.cf != "" && t.cf != r.CodiceFiscale {
					delete(cfOwner, t.cf)
				}
				t.cf, cfOwner[r.CodiceFiscale] = r.CodiceFiscale, b.ID
			}
			if other, ok := ipaOwner[r.IPA]; ok && other != b.ID {
				res.Refused = append(res.Refused, fmt.Sprintf("%s riga %d: il codice IPA %s di %s è già di %s", f.Kind, r.Line, r.IPA, b.Name, names[other]))
				continue
			}
			if t.ipa != "" && t.ipa != r.IPA {
				delete(ipaOwner, t.ipa)
			}
			t.ipa, ipaOwner[r.IPA] = r.IPA, b.ID
		}
	}
	for _, f := range files {
		for _, o := range f.Offices {
			id, ok := ipaOwner[o.IPA]
			if !ok && o.CodiceFiscale != "" {
				id, ok = cfOwner[o.CodiceFiscale]
			}
			if !ok {
				res.Unmatched = append(res.Unmatched, o.IPA+"/"+o.Code)
				continue
			}
			t := get(byID[id])
			if !t.hasOffs {
				t.hasOffs, t.offices = true, nil
			}
			if !slices.Contains(t.offices, o.Code) {
				t.offices = append(t.offices, o.Code)
			}
		}
	}
	ids := make([]pulid.ID, 0, len(targets))
	for id := range targets {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// Codes move between bodies only through a free state: clear first
	// the ones that change, so that the unique indexes never see two
	// owners at once.
	for _, id := range ids {
		t := targets[id]
		u := t.b.Update()
		changed := false
		if deref(t.b.CodiceFiscale) != t.cf && t.b.CodiceFiscale != nil {
			u.ClearCodiceFiscale()
			changed = true
		}
		if deref(t.b.CodiceIpa) != t.ipa && t.b.CodiceIpa != nil {
			u.ClearCodiceIpa()
			changed = true
		}
		if changed {
			if err := u.Exec(ctx); err != nil {
				return res, fmt.Errorf("%s: %w", t.b.Name, err)
			}
		}
	}
	for _, id := range ids {
		t := targets[id]
		if t.hasOffs {
			slices.Sort(t.offices)
			res.Offices += len(t.offices)
			res.BodiesWithOffices++
		}
		u := tx.PublicBody.UpdateOneID(id)
		changed := false
		if deref(t.b.CodiceFiscale) != t.cf {
			u.SetCodiceFiscale(t.cf)
			changed = true
		}
		if deref(t.b.CodiceIpa) != t.ipa {
			u.SetCodiceIpa(t.ipa)
			changed = true
		}
		if t.hasOffs && !slices.Equal(sorted(t.b.InvoicingOfficeCodes), t.offices) {
			u.SetInvoicingOfficeCodes(t.offices)
			changed = true
		}
		if !changed {
			res.Unchanged++
			continue
		}
		if err := u.Exec(ctx); err != nil {
			return res, fmt.Errorf("%s: %w", t.b.Name, err)
		}
		res.Updated++
	}
	slices.Sort(res.Unmatched)
	return res, tx.Commit()
}

// matchBody finds the loaded body a row of the Enti dataset describes.
func matchBody(r Body, byISTAT, byCatastale, byCF, byIPA map[string]*gen.PublicBody) *gen.PublicBody {
	if b := byIPA[r.IPA]; b != nil {
		return b
	}
	// A comune's IPA code is c_ and its codice catastale (c_h769); the
	// other bodies seated in it (schools, ASL, …) share its ISTAT code but
	// not its code or name.
	if cat, ok := strings.CutPrefix(r.IPA, "c_"); ok {
		if b := byCatastale[cat]; b != nil && b.Kind == publicbody.KindCOMUNE {
			return b
		}
	}
	if b := byISTAT[r.ISTAT]; b != nil && b.Kind == publicbody.KindCOMUNE && strings.EqualFold(r.Name, b.Name) {
		return b
	}
	if r.CodiceFiscale != "" {
		return byCF[r.CodiceFiscale]
	}
	return nil
}

func sorted(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	if c == nil {
		c = []string{}
	}
	return c
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func prefix(p string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = p + " " + l
	}
	return out
}
