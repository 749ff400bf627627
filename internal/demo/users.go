package demo

import (
	"context"
	"fmt"
	"sync"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/gen/roleassignment"
	"github.com/capofila/capofila/ent/gen/user"
	"github.com/capofila/capofila/internal/auth"
)

// Password is the password of every demo user. Demo data only.
const Password = "capofila-demo"

// MemberISTAT is the comune of the demo member referent (Grottammare).
const MemberISTAT = "044023"

// User is a demo login.
type User struct {
	Email, Name string
	Role        roleassignment.Role
	What        string
	// JobTitle is the position printed in the declarations the user signs.
	JobTitle string
}

// Users are the demo logins, one per role.
var Users = []User{
	{"admin@capofila.test", "Amministratore Capofila", roleassignment.RoleADMIN, "amministratore", ""},
	{"funzionario@regione-marche.test", "Giulia Ferri (Regione Marche)", roleassignment.RoleREGION_OFFICER, "funzionaria regionale, Regione Marche", "Funzionaria del Settore Transizione digitale"},
	{"revisore@regione-marche.test", "Marco Santini (Regione Marche)", roleassignment.RoleAUDITOR, "revisore di primo livello, Regione Marche", "Revisore di primo livello"},
	{"capofila@sanbenedetto.test", "Laura Neroni (Comune di San Benedetto del Tronto)", roleassignment.RoleLEAD_MANAGER, "responsabile del capofila, aggregazione Marche Sud", "Dirigente del Settore Innovazione e Sistemi informativi"},
	{"referente@grottammare.test", "Paolo Rossi (Comune di Grottammare)", roleassignment.RoleMEMBER_REFERENT, "referente del Comune di Grottammare, aggregazione Marche Sud", ""},
}

// passwordHash is the hash of Password, made once per process: the demo's
// password is public, so its users sharing one salt costs nothing, and a
// seed then hashes once instead of once per user (Argon2id takes about
// 180 ms; the tests seed the demo hundreds of times).
var passwordHash = sync.OnceValues(func() (string, error) { return auth.HashPassword(Password) })

func seedUsers(ctx context.Context, c *gen.Client, res *Result, bodies []*gen.PublicBody) error {
	var member *gen.PublicBody
	for _, b := range bodies {
		if deref(b.IstatCode) == MemberISTAT {
			member = b
		}
	}
	if member == nil {
		return fmt.Errorf("demo member comune %s is not among the members", MemberISTAT)
	}
	for _, du := range Users {
		n, err := c.User.Query().Where(user.Email(du.Email)).Count(ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		hash, err := passwordHash()
		if err != nil {
			return err
		}
		uc := c.User.Create().SetEmail(du.Email).SetDisplayName(du.Name).SetPasswordHash(hash)
		if du.JobTitle != "" {
			uc.SetJobTitle(du.JobTitle)
		}
		u, err := uc.Save(ctx)
		if err != nil {
			return err
		}
		ra := c.RoleAssignment.Create().SetUserID(u.ID).SetRole(du.Role)
		switch du.Role {
		case roleassignment.RoleREGION_OFFICER, roleassignment.RoleAUDITOR:
			ra.SetRegionBodyID(res.Region.ID)
		case roleassignment.RoleLEAD_MANAGER:
			ra.SetAggregationID(res.Aggregation.ID)
		case roleassignment.RoleMEMBER_REFERENT:
			ra.SetAggregationID(res.Aggregation.ID).SetBodyID(member.ID)
		}
		if err := ra.Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
