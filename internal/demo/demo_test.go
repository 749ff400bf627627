package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/capofila/capofila/internal/db"
	"github.com/capofila/capofila/internal/demo"
	"github.com/capofila/capofila/internal/testdb"
)

func TestMeasure(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d *db.DB) {
		t0 := time.Now()
		_, err := demo.Seed(context.Background(), d.Client())
		t.Logf("seed1 %v err=%v", time.Since(t0), err)
		t0 = time.Now()
		_, err = demo.Seed(context.Background(), d.Client())
		t.Logf("seed2 %v err=%v", time.Since(t0), err)
	})
}
