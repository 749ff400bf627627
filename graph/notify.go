package graph

// isTrue reads an optional GraphQL Boolean argument (absent is false).
func isTrue(p *bool) bool { return p != nil && *p }
