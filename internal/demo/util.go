package demo

import (
	"strings"

	"github.com/capofila/capofila/ent/schema/pulid"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func gidOf(s string) pulid.ID { return pulid.ID(s) }

// slug turns a company name into a lower-case domain label.
func slug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
		if r == ' ' {
			break
		}
	}
	return b.String()
}
