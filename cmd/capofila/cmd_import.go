package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/internal/comuni"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/ipa"
	"github.com/capofila/capofila/internal/population"
	"github.com/capofila/capofila/internal/reference"
)

// runImportComuni is "capofila import-comuni": every Italian comune and
// the Region bodies, from the embedded ISTAT data or a file.
func runImportComuni(ctx context.Context, e env, args []string) error {
	bind := func(fs *flag.FlagSet, cfg *config) {
		fs.StringVar(&cfg.ComuniFile, "file", "", "read the comuni from this file (format of internal/comuni) instead of the embedded ISTAT data")
	}
	return onMigrated(ctx, e, "import-comuni", args, bind, func(ctx context.Context, d *db.DB, cfg config) error {
		ds, err := loadComuni(cfg.ComuniFile)
		if err != nil {
			return err
		}
		res, err := reference.Import(ctx, d.Client(), ds)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%d comuni and %d Region bodies loaded (list as of %s, population %d census; source: ISTAT, CC BY 3.0 IT)\n",
			res.Comuni, res.Regions, res.ReferenceDate, res.PopulationYear)
		return nil
	})
}

func loadComuni(path string) (*comuni.Dataset, error) {
	if path == "" {
		return comuni.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return comuni.Read(f)
}

// runImportPopulation is "capofila import-population".
func runImportPopulation(ctx context.Context, e env, args []string) error {
	return runImport(ctx, e, "import-population", bindPopulationFlags, importPopulation, args)
}

// runImportIPA is "capofila import-ipa".
func runImportIPA(ctx context.Context, e env, args []string) error {
	return runImport(ctx, e, "import-ipa", bindIPAFlags, importIPA, args)
}

// runImport parses the flags of an import of reference files and runs it
// on the migrated database.
func runImport(ctx context.Context, e env, name string, bind func(*flag.FlagSet, *refFlags),
	imp func(context.Context, *gen.Client, refFlags, io.Writer) error, args []string) error {
	var rf refFlags
	return onMigrated(ctx, e, name, args, func(fs *flag.FlagSet, _ *config) { bind(fs, &rf) },
		func(ctx context.Context, d *db.DB, _ config) error { return imp(ctx, d.Client(), rf, e.stdout) })
}

// refFlags are the flags of import-population and import-ipa.
type refFlags struct {
	Files stringList
	Year  int
}

// stringList is a flag that may be repeated: --file A --file B.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func bindPopulationFlags(fs *flag.FlagSet, rf *refFlags) {
	fs.Var(&rf.Files, "file", "ISTAT file of the population resident at 1 January by comune: the CSV of demo.istat.it (POSAS_2025_it_Comuni.csv) or the SDMX-CSV of esploradati.istat.it")
	fs.IntVar(&rf.Year, "year", 0, "year of 1 January the file refers to, when its title does not say it (must agree with it otherwise)")
}

func bindIPAFlags(fs *flag.FlagSet, rf *refFlags) {
	fs.Var(&rf.Files, "file", "IndicePA open-data file (repeatable): the \"Enti\" dataset and the dataset of the e-invoicing offices (Servizi di fatturazione elettronica), CSV as downloaded from indicepa.gov.it")
}

// readLimited reads a file after checking its size against max, so that a
// wrong file (a whole archive, a database dump) is refused before any work.
func readLimited(path string, max int64) ([]byte, error) {
	if path == "" {
		return nil, errors.New("--file is required")
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s is a directory", path)
	}
	if st.Size() > max {
		return nil, fmt.Errorf("%s: %d bytes, more than the %d accepted", path, st.Size(), max)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, max+1))
}

// importPopulation loads ISTAT's resident population at 1 January.
func importPopulation(ctx context.Context, client *gen.Client, rf refFlags, stdout io.Writer) error {
	if len(rf.Files) != 1 {
		return errors.New("import-population needs exactly one --file (one year per file)")
	}
	data, err := readLimited(rf.Files[0], population.DefaultLimits.MaxBytes)
	if err != nil {
		return err
	}
	f, err := population.Parse(data, rf.Year, population.DefaultLimits)
	if err != nil {
		return fmt.Errorf("%s: %w", rf.Files[0], err)
	}
	res, err := population.Import(ctx, client, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %s, %s, %d data rows\n", rf.Files[0], f.Format, f.Encoding, f.Rows)
	fmt.Fprintf(stdout, "Population resident at 1 January %d: %d comuni read, %d matched (%d new figures, %d corrected, %d unchanged), %d bodies now use %d, %d unmatched\n",
		res.Year, res.Read, res.Matched, res.Created, res.Corrected, res.Unchanged, res.BodiesUpdated, res.Year, len(res.Unmatched))
	if len(res.Unmatched) > 0 {
		fmt.Fprintln(stdout, "Unmatched comuni (not in the reference list of 1 January 2020: created by a merger or split since; load a newer list to use them):")
		for _, u := range res.Unmatched {
			fmt.Fprintf(stdout, "  %s %s (%d)\n", u.ISTAT, u.Name, u.Population)
		}
	}
	fmt.Fprintln(stdout, "Source: ISTAT, CC BY 3.0 IT")
	return nil
}

// importIPA loads the codici fiscali, IPA codes and e-invoicing offices of
// the bodies from the IndicePA open data.
func importIPA(ctx context.Context, client *gen.Client, rf refFlags, stdout io.Writer) error {
	if len(rf.Files) == 0 {
		return errors.New("import-ipa needs --file (the Enti dataset and/or the e-invoicing offices dataset)")
	}
	var files []*ipa.File
	for _, path := range rf.Files {
		data, err := readLimited(path, ipa.DefaultLimits.MaxBytes)
		if err != nil {
			return err
		}
		f, err := ipa.Parse(data, ipa.DefaultLimits)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fmt.Fprintf(stdout, "%s: %s, %s, %d rows\n", path, f.Kind, f.Encoding, f.Rows)
		files = append(files, f)
	}
	res, err := ipa.Import(ctx, client, files...)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "IndicePA: %d bodies read, %d matched, %d updated, %d unchanged, %d offices for %d bodies; %d unmatched, %d refused\n",
		res.Read, res.Matched, res.Updated, res.Unchanged, res.Offices, res.BodiesWithOffices, len(res.Unmatched), len(res.Refused))
	for _, r := range res.Refused {
		fmt.Fprintf(stdout, "  refused: %s\n", r)
	}
	if n := len(res.Unmatched); n > 0 {
		fmt.Fprintf(stdout, "Unmatched: %d bodies of the files are not loaded (only comuni already imported and bodies with a known codice fiscale or IPA code are updated)\n", n)
	}
	return nil
}
