package auth

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/authz"
)

// maxProfileText is the length of User.display_name and User.job_title, in
// UTF-8 bytes as the schema checks it.
const maxProfileText = 200

// Profile is what a user tells about itself: nil leaves a field as it is.
type Profile struct {
	// DisplayName is the name shown to other users and printed as the
	// declarant of the claims the user submits; it may not be blank.
	DisplayName *string
	// JobTitle is the position held (e.g. "Dirigente Settore
	// Innovazione"), printed after the name in the declarations the user
	// signs; "" clears it.
	JobTitle *string
	// Version is the account's version as read: a stale one is a CONFLICT
	// (version.stale) and nothing is saved; nil overwrites.
	Version *int
}

// UpdateProfile changes a user's display name and job title. Admins may
// change anyone's; users their own (others' accounts are NOT_FOUND, as
// they are not visible). Runs of white space, line breaks included, become
// one space. It returns INVALID for a blank name (user.display_name) or a
// text longer than 200 characters (user.display_name, user.job_title).
func (s *Service) UpdateProfile(ctx context.Context, id pulid.ID, p Profile) (*gen.User, error) {
	v := authz.FromContext(ctx)
	if v == nil {
		return nil, authz.ErrUnauthenticated
	}
	if !v.IsAdmin() && !v.IsSystem() && v.UserID != id {
		return nil, errNoSuchUser
	}
	c := clientFrom(ctx, s.client)
	u, err := c.User.Get(authz.Elevate(ctx), id)
	if gen.IsNotFound(err) {
		return nil, errNoSuchUser
	}
	if err != nil {
		return nil, err
	}
	up := u.Update()
	if p.Version != nil {
		up.SetVersion(*p.Version) // applied only at that version (hooks.OptimisticLock)
	}
	if p.DisplayName != nil {
		name := oneLine(*p.DisplayName)
		if name == "" {
			return nil, apperr.InvalidField("displayName", "user.display_name", "Indica il nome e cognome.")
		}
		if tooLong(name) {
			return nil, apperr.InvalidField("displayName", "user.display_name",
				fmt.Sprintf("Il nome può avere al massimo %d caratteri (le lettere accentate ne contano due): ne contiene %d.", maxProfileText, utf8.RuneCountInString(name)))
		}
		up.SetDisplayName(name)
	}
	if p.JobTitle != nil {
		title := oneLine(*p.JobTitle)
		if tooLong(title) {
			return nil, apperr.InvalidField("jobTitle", "user.job_title",
				fmt.Sprintf("La qualifica può avere al massimo %d caratteri (le lettere accentate ne contano due): ne contiene %d.", maxProfileText, utf8.RuneCountInString(title)))
		}
		if title == "" {
			up.ClearJobTitle()
		} else {
			up.SetJobTitle(title)
		}
	}
	return up.Save(authz.Elevate(ctx))
}

// tooLong reports whether s exceeds the columns' limit, which the schema
// counts in UTF-8 bytes.
func tooLong(s string) bool { return len(s) > maxProfileText }

// oneLine trims s and turns every run of white space into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
