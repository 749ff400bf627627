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
	im := newImporter(all)
	for _, f := range files {
		im.bodies(f, &res)
	}
	for _, f := range files {
		im.offices(f, &res)
	}
	if err := im.write(ctx, tx, &res); err != nil {
		return res, err
	}
	slices.Sort(res.Unmatched)
	return res, tx.Commit()
}

// importer holds the loaded bodies, indexed by every code a row may name,
// and the changes the files make to them.
type importer struct {
	byISTAT, byCatastale, byCF, byIPA map[string]*gen.PublicBody
	byID                              map[pulid.ID]*gen.PublicBody
	// cfOwner and ipaOwner say which body holds each code as the files
	// are read, so that a code is never given to two bodies.
	cfOwner, ipaOwner map[string]pulid.ID
	targets           map[pulid.ID]*target
}

func newImporter(all []*gen.PublicBody) *importer {
	im := &importer{byISTAT: map[string]*gen.PublicBody{}, byCatastale: map[string]*gen.PublicBody{}, byCF: map[string]*gen.PublicBody{},
		byIPA: map[string]*gen.PublicBody{}, byID: map[pulid.ID]*gen.PublicBody{}, cfOwner: map[string]pulid.ID{}, ipaOwner: map[string]pulid.ID{},
		targets: map[pulid.ID]*target{}}
	for _, b := range all {
		im.byID[b.ID] = b
		if b.IstatCode != nil {
			im.byISTAT[*b.IstatCode] = b
		}
		if b.CodiceCatastale != nil {
			im.byCatastale[strings.ToLower(*b.CodiceCatastale)] = b
		}
		if b.CodiceFiscale != nil {
			im.byCF[*b.CodiceFiscale] = b
			im.cfOwner[*b.CodiceFiscale] = b.ID
		}
		if b.CodiceIpa != nil {
			im.byIPA[*b.CodiceIpa] = b
			im.ipaOwner[*b.CodiceIpa] = b.ID
		}
	}
	return im
}

// target returns the pending change of a body.
func (im *importer) target(b *gen.PublicBody) *target {
	t := im.targets[b.ID]
	if t == nil {
		t = &target{b: b, cf: deref(b.CodiceFiscale), ipa: deref(b.CodiceIpa)}
		im.targets[b.ID] = t
	}
	return t
}

// bodies gives the matched bodies of an Enti file their codice fiscale
// and IPA code, refusing a code another body holds.
func (im *importer) bodies(f *File, res *Result) {
	for _, r := range f.Bodies {
		res.Read++
		b := matchBody(r, im.byISTAT, im.byCatastale, im.byCF, im.byIPA)
		if b == nil {
			res.Unmatched = append(res.Unmatched, r.IPA)
			continue
		}
		res.Matched++
		t := im.target(b)
		if r.CodiceFiscale != "" {
			if other, ok := im.cfOwner[r.CodiceFiscale]; ok && other != b.ID {
				res.Refused = append(res.Refused, fmt.Sprintf("%s riga %d: il codice fiscale %s di %s è già di %s", f.Kind, r.Line, r.CodiceFiscale, b.Name, im.byID[other].Name))
				continue
			}
			if t.cf != "" && t.cf != r.CodiceFiscale {
				delete(im.cfOwner, t.cf)
			}
			t.cf, im.cfOwner[r.CodiceFiscale] = r.CodiceFiscale, b.ID
		}
		if other, ok := im.ipaOwner[r.IPA]; ok && other != b.ID {
			res.Refused = append(res.Refused, fmt.Sprintf("%s riga %d: il codice IPA %s di %s è già di %s", f.Kind, r.Line, r.IPA, b.Name, im.byID[other].Name))
			continue
		}
		if t.ipa != "" && t.ipa != r.IPA {
			delete(im.ipaOwner, t.ipa)
		}
		t.ipa, im.ipaOwner[r.IPA] = r.IPA, b.ID
	}
}

// offices lists the e-invoicing offices of an offices file under the body
// that holds their IPA code (or codice fiscale).
func (im *importer) offices(f *File, res *Result) {
	for _, o := range f.Offices {
		id, ok := im.ipaOwner[o.IPA]
		if !ok && o.CodiceFiscale != "" {
			id, ok = im.cfOwner[o.CodiceFiscale]
		}
		if !ok {
			res.Unmatched = append(res.Unmatched, o.IPA+"/"+o.Code)
			continue
		}
		t := im.target(im.byID[id])
		if !t.hasOffs {
			t.hasOffs, t.offices = true, nil
		}
		if !slices.Contains(t.offices, o.Code) {
			t.offices = append(t.offices, o.Code)
		}
	}
}

// write saves the changes in body order. Codes move between bodies only
// through a free state: the ones that change are cleared first, so that
// the unique indexes never see two owners at once.
func (im *importer) write(ctx context.Context, tx *gen.Tx, res *Result) error {
	ids := make([]pulid.ID, 0, len(im.targets))
	for id := range im.targets {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		t := im.targets[id]
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
				return fmt.Errorf("%s: %w", t.b.Name, err)
			}
		}
	}
	for _, id := range ids {
		t := im.targets[id]
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
			return fmt.Errorf("%s: %w", t.b.Name, err)
		}
		res.Updated++
	}
	return nil
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
