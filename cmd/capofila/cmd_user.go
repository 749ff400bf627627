package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/capofila/capofila/app"
	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/aggregation"
	"github.com/capofila/capofila/ent/gen/publicbody"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/auth"
	"github.com/capofila/capofila/internal/authz"
	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/reference"
)

// runUserCreate is "capofila user create".
func runUserCreate(ctx context.Context, e env, args []string) error {
	return runUser(ctx, e, "user create", func(ctx context.Context, client *gen.Client, uf userFlags) error {
		return userCreate(ctx, client, uf, os.Stdin, e.stdout)
	}, args)
}

// runUserGrant is "capofila user grant".
func runUserGrant(ctx context.Context, e env, args []string) error {
	return runUser(ctx, e, "user grant", func(ctx context.Context, client *gen.Client, uf userFlags) error {
		return userGrant(ctx, client, uf, e.stdout)
	}, args)
}

// runUser parses the flags of a user command and runs it on the migrated
// database.
func runUser(ctx context.Context, e env, name string, f func(context.Context, *gen.Client, userFlags) error, args []string) error {
	var uf userFlags
	return onMigrated(ctx, e, name, args, func(fs *flag.FlagSet, _ *config) { bindUserFlags(fs, &uf) },
		func(ctx context.Context, d *db.DB, _ config) error { return f(ctx, d.Client(), uf) })
}

// userFlags are the flags of "user create" and "user grant".
type userFlags struct {
	Email, Name, Role, RegionCode, Aggregation, BodyISTAT, BodyID string
}

func bindUserFlags(fs *flag.FlagSet, uf *userFlags) {
	fs.StringVar(&uf.Email, "email", "", "e-mail address of the user")
	fs.StringVar(&uf.Name, "name", "", "display name (user create)")
	fs.StringVar(&uf.Role, "role", "", "ADMIN, REGION_OFFICER, AUDITOR, LEAD_MANAGER or MEMBER_REFERENT (user grant)")
	fs.StringVar(&uf.RegionCode, "region-code", "", "ISTAT code of the Region, e.g. 11 for Marche (REGION_OFFICER, AUDITOR)")
	fs.StringVar(&uf.Aggregation, "aggregation", "", "aggregation name or ID (LEAD_MANAGER, MEMBER_REFERENT)")
	fs.StringVar(&uf.BodyISTAT, "body-istat", "", "ISTAT code of the member comune (MEMBER_REFERENT)")
	fs.StringVar(&uf.BodyID, "body", "", "ID of the member body (MEMBER_REFERENT), instead of --body-istat")
}

// userCreate creates a user; the password comes from $CAPOFILA_PASSWORD or
// the first line of stdin, never from a flag (it would end up in the shell
// history and the process list).
func userCreate(ctx context.Context, client *gen.Client, uf userFlags, stdin io.Reader, stdout io.Writer) error {
	if uf.Email == "" || uf.Name == "" {
		return errors.New("user create needs --email and --name")
	}
	password := os.Getenv("CAPOFILA_PASSWORD")
	if password == "" {
		fmt.Fprint(stdout, "Password: ")
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && line == "" {
			return errors.New("no password: set CAPOFILA_PASSWORD or type it on stdin")
		}
		password = strings.TrimRight(line, "\r\n")
	}
	u, err := app.NewServices(client, auth.Config{}, nil, nil).Auth.CreateUser(authz.WithSystem(ctx), uf.Email, uf.Name, password)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "user %s created (%s)\n", u.Email, u.ID)
	return nil
}

// userGrant assigns a role, resolving scopes from human-friendly flags.
func userGrant(ctx context.Context, client *gen.Client, uf userFlags, stdout io.Writer) error {
	sys := authz.WithSystem(ctx)
	if uf.Email == "" || uf.Role == "" {
		return errors.New("user grant needs --email and --role")
	}
	u, err := client.User.Query().Where(user.Email(auth.NormalizeEmail(uf.Email))).Only(sys)
	if err != nil {
		return fmt.Errorf("user %s: %w", uf.Email, err)
	}
	g := authz.Grant{Role: authz.Role(strings.ToUpper(uf.Role))}
	if uf.RegionCode != "" {
		r, err := reference.Region(sys, client, uf.RegionCode)
		if err != nil {
			return fmt.Errorf("region %s: %w", uf.RegionCode, err)
		}
		g.RegionBodyID = r.ID
	}
	if uf.Aggregation != "" {
		a, err := client.Aggregation.Query().
			Where(aggregation.Or(aggregation.Name(uf.Aggregation), aggregation.ID(pulid.ID(uf.Aggregation)))).Only(sys)
		if err != nil {
			return fmt.Errorf("aggregation %s: %w", uf.Aggregation, err)
		}
		g.AggregationID = a.ID
	}
	switch {
	case uf.BodyID != "":
		g.BodyID = pulid.ID(uf.BodyID)
	case uf.BodyISTAT != "":
		b, err := client.PublicBody.Query().Where(publicbody.IstatCode(uf.BodyISTAT)).Only(sys)
		if err != nil {
			return fmt.Errorf("body %s: %w", uf.BodyISTAT, err)
		}
		g.BodyID = b.ID
	}
	ra, err := app.NewServices(client, auth.Config{}, nil, nil).Auth.Grant(sys, u.ID, g)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s is now %s (%s)\n", u.Email, g.Role, ra.ID)
	return nil
}
