package server_test

import (
	"strings"
	"testing"
)

// inbox is the notifications query as the web app's inbox sends it.
const inbox = `{ notifications(first: 20) { totalCount edges { node { id kind title body path readAt } } } unreadNotificationCount }`

type inboxAnswer struct {
	Notifications struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Node struct {
				ID, Kind, Title, Body, Path string
				ReadAt                      *string
			} `json:"node"`
		} `json:"edges"`
	} `json:"notifications"`
	Unread int `json:"unreadNotificationCount"`
}

// wantNotified asserts that c's inbox holds exactly one notification of
// kind, unread, pointing at path, with body containing text; it marks it
// read and checks that the unread count drops.
func wantNotified(t *testing.T, c *client, kind, path, text string) {
	t.Helper()
	var a inboxAnswer
	mustOK(t, c.do(t, inbox, nil)).decode(t, &a)
	var id string
	for _, e := range a.Notifications.Edges {
		if e.Node.Kind != kind {
			continue
		}
		if id != "" {
			t.Fatalf("two notifications of kind %s: %+v", kind, a.Notifications.Edges)
		}
		id = e.Node.ID
		if e.Node.Path != path || e.Node.ReadAt != nil || !strings.Contains(e.Node.Body, text) {
			t.Errorf("notification %s: %+v; want unread, path %s, body with %q", kind, e.Node, path, text)
		}
	}
	if id == "" {
		t.Fatalf("no %s notification in the inbox: %+v", kind, a.Notifications.Edges)
	}
	var m struct {
		N int `json:"markNotificationsRead"`
	}
	mustOK(t, c.do(t, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, map[string]any{"ids": []string{id}})).decode(t, &m)
	var b inboxAnswer
	mustOK(t, c.do(t, inbox, nil)).decode(t, &b)
	if m.N != 1 || b.Unread != a.Unread-1 {
		t.Errorf("marked %d; unread %d → %d, want one less", m.N, a.Unread, b.Unread)
	}
}

// wantInboxEmpty asserts that c has no notification.
func wantInboxEmpty(t *testing.T, c *client) {
	t.Helper()
	var a inboxAnswer
	mustOK(t, c.do(t, inbox, nil)).decode(t, &a)
	if a.Notifications.TotalCount != 0 || a.Unread != 0 {
		t.Errorf("inbox of someone not concerned: %+v", a)
	}
}
