// Command pgcheck runs before the Go tests (make test-go): it says loudly
// when the PostgreSQL server of CAPOFILA_TEST_POSTGRES_URL cannot be used,
// and what to do about it, because the tests then skip their PostgreSQL
// subtests. With CAPOFILA_REQUIRE_POSTGRES=1 (CI) it exits 1 instead.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/capofila/capofila/internal/testdb"
)

func main() {
	u := testdb.PostgresURL()
	if u == "" {
		report("CAPOFILA_TEST_POSTGRES_URL is empty: set it to e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable")
		return
	}
	if err := testdb.Check(context.Background(), u); err != nil {
		report(testdb.Advice(u, err))
		return
	}
	fmt.Printf("PostgreSQL tests: %s\n", u)
}

func report(why string) {
	bar := "**********************************************************************"
	if testdb.RequirePostgres() {
		fmt.Fprintf(os.Stderr, "%s\nERROR: CAPOFILA_REQUIRE_POSTGRES=1 and PostgreSQL cannot be used:\n%s\n%s\n", bar, why, bar)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%s\nWARNING: the PostgreSQL tests will be SKIPPED:\n%s\n%s\n", bar, why, bar)
}
