package graph

import (
	"context"
	"sort"

	"github.com/capofila/capofila/ent/gen"
	"github.com/capofila/capofila/ent/schema/pulid"
	"github.com/capofila/capofila/graph/model"
	"github.com/capofila/capofila/graph/scalar"
	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/civil"
	"github.com/capofila/capofila/internal/deadlines"
)

// deadlinePage returns a page of the viewer's deadlines kept by where
// (and of project when it is not empty): a cursor is an edge's key and due
// date, so a page goes on after it even when that deadline was met since.
func (r *Resolver) deadlinePage(ctx context.Context, project pulid.ID, first *int, after *scalar.Cursor, where *model.DeadlineWhereInput) (*model.DeadlineConnection, error) {
	f := deadlineFilter(where)
	if project != "" {
		if f.ProjectID != "" && f.ProjectID != string(project) {
			return &model.DeadlineConnection{Edges: []*model.DeadlineEdge{}, PageInfo: &gen.PageInfo{}}, nil
		}
		f.ProjectID = string(project)
	}
	all, err := r.deadlines.ForViewer(ctx, f)
	if err != nil {
		return nil, err
	}
	start := 0
	if after != nil {
		s, _ := after.Value.(string)
		day, err := civil.Parse(s)
		if err != nil {
			return nil, &apperr.Error{Code: apperr.Invalid, Field: "after", Rule: "page.cursor",
				Message: "Cursore non valido: usare il cursore (cursor, endCursor) ricevuto con la pagina precedente, senza modificarlo."}
		}
		key := string(after.ID)
		start = sort.Search(len(all), func(i int) bool {
			c := all[i].DueOn.Compare(day)
			return c > 0 || (c == 0 && all[i].Key > key)
		})
	}
	n := MaxPageSize
	if first != nil {
		n = *first
	}
	end := min(start+n, len(all))
	conn := &model.DeadlineConnection{TotalCount: len(all), Edges: make([]*model.DeadlineEdge, 0, end-start),
		PageInfo: &gen.PageInfo{HasNextPage: end < len(all), HasPreviousPage: start > 0}}
	for i := start; i < end; i++ {
		d := all[i]
		conn.Edges = append(conn.Edges, &model.DeadlineEdge{Node: &d, Cursor: scalar.Cursor{ID: pulid.ID(d.Key), Value: d.DueOn.String()}})
	}
	if len(conn.Edges) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(conn.Edges)-1].Cursor
	}
	return conn, nil
}

func deadlineFilter(w *model.DeadlineWhereInput) deadlines.Filter {
	if w == nil {
		return deadlines.Filter{}
	}
	f := deadlines.Filter{Kinds: w.Kinds, DueAfter: w.DueAfter, DueBefore: w.DueBefore,
		Overdue: w.Overdue != nil && *w.Overdue, Mine: w.Mine != nil && *w.Mine}
	if w.ProjectID != nil {
		f.ProjectID = string(*w.ProjectID)
	}
	return f
}

// deadlineProject returns the project of a deadline, or nil when it has
// none or the viewer may not read it.
func (r *Resolver) deadlineProject(ctx context.Context, d *deadlines.Deadline) (*gen.Project, error) {
	if d.ProjectID == "" {
		return nil, nil
	}
	p, err := r.ent(ctx).Project.Get(ctx, pulid.ID(d.ProjectID))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return p, err
}
