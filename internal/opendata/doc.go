// Package opendata produces the open-data exports of a project (DOMAIN.md §6):
//
//   - [OCDS]: an OCDS 1.1 release package (JSON), one release per lot CIG;
//   - [ANAC190]: the legacy ANAC dataset of art. 1, comma 32, L. 190/2012
//     (XML, namespace "legge190_1_0"), one contracting body and one year;
//   - [CSV] and [XLSX]: tables with Italian headers for the people who live
//     in spreadsheets, with builders for the four tables the product exports
//     ([BudgetTable], [AllocationTable], [InvoiceTable], [ExpenseTable]).
//
// The package is pure: plain input structs (strings, int64 euro cents,
// civil.Date, time.Time) in, bytes out; the caller loads the data and stores
// or serves the result. Nothing reads the clock: every date in the output
// comes from the input, and lists are written in a stable order, so equal
// input gives equal bytes.
//
// Amounts are never converted through floating point where the format is
// textual: OCDS amounts are JSON numbers written from the cents ("123.45"),
// ANAC amounts are "1234.56", CSV amounts "1.234,56". Only XLSX stores
// numbers as IEEE doubles, as the format requires: cents/100 is written as
// the nearest double in its shortest form, which reads back as the exact
// decimal.
//
// Code and comments are in English; headers, labels and the ANAC code lists
// are Italian.
package opendata
