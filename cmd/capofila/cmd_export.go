package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/project"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/docstore"
	"github.com/capofila/capofila/internal/reports"
)

// runExport is "capofila export": an open-data export or a report.
func runExport(ctx context.Context, e env, args []string) error {
	var ef exportFlags
	bind := func(fs *flag.FlagSet, cfg *config) {
		bindExportFlags(fs, &ef)
		bindDocumentFlags(fs, cfg)
	}
	return onMigrated(ctx, e, "export", args, bind, func(ctx context.Context, d *db.DB, cfg config) error {
		docs, err := cfg.documentStore(ctx)
		if err != nil {
			return err
		}
		return exportData(ctx, d.Client(), docs, ef, e.stdout)
	})
}

// exportFlags are the flags of "export".
type exportFlags struct {
	CUP, Project, What, BodyISTAT, Out, BaseURL, Region string
	Year                                                int
	Draft                                               bool
}

func bindExportFlags(fs *flag.FlagSet, ef *exportFlags) {
	fs.StringVar(&ef.CUP, "cup", "", "CUP of the project (or --project ID)")
	fs.StringVar(&ef.Project, "project", "", "ID of the project")
	fs.StringVar(&ef.What, "what", "", "ocds, puc (national monitoring feed, zip; with --region the Region's portfolio), anac190, budget.csv|xlsx, allocazioni.csv|xlsx, fatture.csv|xlsx, spese.csv|xlsx, trasparenza.csv|xlsx (CIGs with their ANAC record), rendiconto-N (claim report PDF)")
	fs.StringVar(&ef.BodyISTAT, "body-istat", "", "anac190: ISTAT code of the contracting body")
	fs.IntVar(&ef.Year, "year", 0, "anac190: reference year, up to 2023 (from 2024 use trasparenza.csv|xlsx)")
	fs.StringVar(&ef.Region, "region", "", "puc: codice fiscale or name of the Region whose portfolio to export")
	fs.BoolVar(&ef.Draft, "bozza", false, "puc: write the feed even if it is invalid, marked as a draft")
	fs.StringVar(&ef.Out, "out", "", "write to this file (default: standard output)")
	fs.StringVar(&ef.BaseURL, "base-url", "https://capofila.example.it", "public address written into OCDS and ANAC datasets")
}

// exportData writes an open-data export or a report from the command line,
// acting as the system (an operator of the installation); docs holds the
// frozen claim reports.
func exportData(ctx context.Context, client *gen.Client, docs docstore.Store, ef exportFlags, stdout io.Writer) error {
	sys := authz.WithSystem(ctx)
	svc := app.NewServices(client, auth.Config{}, docs, nil).Reports
	var (
		f   *reports.File
		err error
	)
	switch {
	case ef.What == "puc" && ef.Region != "":
		b, err := client.PublicBody.Query().Where(publicbody.KindEQ(publicbody.KindREGIONE),
			publicbody.Or(publicbody.CodiceFiscale(ef.Region), publicbody.NameEqualFold(ef.Region))).Only(sys)
		if err != nil {
			return fmt.Errorf("region %s: %w", ef.Region, err)
		}
		if f, err = svc.PUCRegion(sys, b.ID, ef.Draft); err != nil {
			return err
		}
	case ef.What == "anac190":
		if ef.BodyISTAT == "" || ef.Year == 0 {
			return errors.New("anac190 needs --body-istat and --year")
		}
		b, err := client.PublicBody.Query().Where(publicbody.IstatCode(ef.BodyISTAT)).Only(sys)
		if err != nil {
			return fmt.Errorf("body %s: %w", ef.BodyISTAT, err)
		}
		f, err = svc.ANAC190(sys, b.ID, ef.Year, ef.BaseURL)
		if err != nil {
			return err
		}
	default:
		id := pulid.ID(ef.Project)
		if ef.CUP != "" {
			p, err := client.Project.Query().Where(project.Cup(strings.ToUpper(ef.CUP))).Only(sys)
			if err != nil {
				return fmt.Errorf("project with CUP %s: %w", ef.CUP, err)
			}
			id = p.ID
		}
		if id == "" {
			return errors.New("export needs --cup or --project")
		}
		switch {
		case ef.What == "ocds":
			f, err = svc.OCDS(sys, id, ef.BaseURL)
		case ef.What == "puc":
			f, err = svc.PUC(sys, id, ef.Draft)
		case strings.HasPrefix(ef.What, "rendiconto-"):
			var n int
			if _, err := fmt.Sscanf(ef.What, "rendiconto-%d", &n); err != nil {
				return fmt.Errorf("--what %s: want rendiconto-N", ef.What)
			}
			claims, err := client.Project.Query().Where(project.ID(id)).QueryExpenseClaims().All(sys)
			if err != nil {
				return err
			}
			for _, c := range claims {
				if c.Number == n {
					f, err = svc.ClaimReport(sys, c.ID)
					if err != nil {
						return err
					}
				}
			}
			if f == nil {
				return fmt.Errorf("the project has no claim number %d", n)
			}
		default:
			table, format, ok := strings.Cut(ef.What, ".")
			if !ok {
				return fmt.Errorf("unknown --what %q (see capofila export --help)", ef.What)
			}
			f, err = svc.ProjectTable(sys, id, table, format)
		}
		if err != nil {
			return err
		}
	}
	if ef.Out == "" {
		_, err := stdout.Write(f.Data)
		return err
	}
	if err := os.WriteFile(ef.Out, f.Data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d byte (%s)\n", ef.Out, len(f.Data), f.Name)
	return nil
}
