package graph

import (
	"reflect"
	"testing"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
)

func TestForbiddenEdge_OnlyPublicTargets(t *testing.T) {
	yes := true
	name := "elpidio"
	for _, tc := range []struct {
		name  string
		where any
		want  string
	}{
		{"OK own fields", &gen.MembershipWhereInput{BodyID: ptrID("PB1")}, ""},
		{"OK through a public body", &gen.MembershipWhereInput{HasBodyWith: []*gen.PublicBodyWhereInput{{NameContainsFold: &name}}}, ""},
		{"OK has public edge", &gen.MembershipWhereInput{HasBody: &yes}, ""},
		{"ErrThroughMemberships", &gen.PublicBodyWhereInput{HasMembershipsWith: []*gen.MembershipWhereInput{{}}}, "hasMembershipsWith"},
		{"ErrHasApplications", &gen.CallWhereInput{HasApplications: &yes}, "hasApplications"},
		{"ErrNestedInOr", &gen.CallWhereInput{Or: []*gen.CallWhereInput{{HasApplicationsWith: []*gen.ApplicationWhereInput{{}}}}}, "hasApplicationsWith"},
		{"ErrNestedThroughPublic", &gen.MembershipWhereInput{HasBodyWith: []*gen.PublicBodyWhereInput{{HasMembershipsWith: []*gen.MembershipWhereInput{{}}}}}, "hasMembershipsWith"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := forbiddenEdge(reflect.ValueOf(tc.where)); got != tc.want {
				t.Fatalf("forbiddenEdge = %q, want %q", got, tc.want)
			}
		})
	}
}

func ptrID(s string) *pulid.ID { v := pulid.ID(s); return &v }
