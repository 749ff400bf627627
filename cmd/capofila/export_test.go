package main

import (
	"archive/zip"
	"path/filepath"
	"strings"
	"testing"
)

// TestExport_TransparencyAndANAC runs "capofila export" on the demo: the
// transparency table links every CIG to ANAC's record, the L. 190/2012 XML
// is written for years up to 2023 and refused from 2024 with the reason.
func TestExport_TransparencyAndANAC(t *testing.T) {
	dir := t.TempDir()
	url := "sqlite:" + filepath.Join(dir, "x.db")
	docs := []string{"--documents-dir", filepath.Join(dir, "docs")}
	if _, _, err := runCmd(t, "migrate", "up", "--database-url", url); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runCmd(t, "seed", "--database-url", url); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, append([]string{"export", "--database-url", url, "--cup", "D79J25000120006", "--what", "trasparenza.csv"}, docs...)...)
	if err != nil || !strings.Contains(out, "https://dati.anticorruzione.it/superset/dashboard/dettaglio_cig/?cig=95156957EC") {
		t.Errorf("trasparenza.csv: %v\n%.500s", err, out)
	}
	out, _, err = runCmd(t, append([]string{"export", "--database-url", url, "--what", "anac190", "--body-istat", "044066", "--year", "2023"}, docs...)...)
	if err != nil || !strings.Contains(out, "<annoRiferimento>2023</annoRiferimento>") {
		t.Errorf("anac190 2023: %v\n%.500s", err, out)
	}
	_, _, err = runCmd(t, append([]string{"export", "--database-url", url, "--what", "anac190", "--body-istat", "044066", "--year", "2024"}, docs...)...)
	if err == nil || !strings.Contains(err.Error(), "BDNCP") || !strings.Contains(err.Error(), "trasparenza") {
		t.Errorf("anac190 2024: %v, want the refusal pointing to the transparency table", err)
	}
}

// TestExport_PUC writes the monitoring feed of the demo's project and of
// Regione Marche's portfolio: zips holding the family files and the report.
func TestExport_PUC(t *testing.T) {
	dir := t.TempDir()
	url := "sqlite:" + filepath.Join(dir, "x.db")
	docs := []string{"--documents-dir", filepath.Join(dir, "docs")}
	if _, _, err := runCmd(t, "migrate", "up", "--database-url", url); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runCmd(t, "seed", "--database-url", url); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--cup", "D79J25000120006"}, {"--region", "Regione Marche"}} {
		out, _, err := runCmd(t, append(append([]string{"export", "--database-url", url, "--what", "puc"}, args...), docs...)...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		zr, err := zip.NewReader(strings.NewReader(out), int64(len(out)))
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		names := map[string]bool{}
		for _, f := range zr.File {
			names[f.Name] = true
		}
		if !names["AP00.txt"] || !names["FN06.txt"] || !names["VALIDAZIONE.txt"] || names["BOZZA.txt"] {
			t.Errorf("%v: entries %v", args, names)
		}
	}
}
