package graph

import (
	"context"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/internal/authz"
)

// me returns the signed-in user, or nil for an anonymous request.
func (r *Resolver) me(ctx context.Context) (*gen.User, error) {
	v := authz.FromContext(ctx)
	if v == nil || v.UserID == "" {
		return nil, nil
	}
	return r.ent(ctx).User.Get(ctx, v.UserID)
}

func tokenPayload(secret string, t *gen.APIToken, err error) (*model.CreateAPITokenPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.CreateAPITokenPayload{Token: secret, APIToken: t}, nil
}

func feedPayload(url string, f *gen.CalendarFeed, err error) (*model.CreateCalendarFeedPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.CreateCalendarFeedPayload{URL: url, CalendarFeed: f}, nil
}

func grantOf(in model.GrantRoleInput) authz.Grant {
	return authz.Grant{
		Role:          authz.Role(in.Role),
		RegionBodyID:  derefID(in.RegionBodyID),
		AggregationID: derefID(in.AggregationID),
		BodyID:        derefID(in.BodyID),
	}
}

func derefID(p *pulid.ID) pulid.ID {
	if p == nil {
		return ""
	}
	return *p
}
