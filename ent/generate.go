// Package ent holds the Ent schema (ent/schema), the hand-written privacy
// rules and hooks, and the generated client (ent/gen, never edited by hand).
package ent

//go:generate go run -mod=mod entc.go
