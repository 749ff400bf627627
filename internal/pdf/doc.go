// Package pdf renders the PDF documents of a project (DOMAIN.md §5) with
// maroto v2: the application dossier (Dossier), a member's statement
// (MemberStatement), the expense claim sent to the Region (ClaimReport) and
// the auditor's review minutes (ReviewMinutes).
//
// The package is pure: plain input structs (strings, int64 cents, civil.Date,
// time.Time) in, PDF bytes out; the caller loads the data and stores the
// result. Amounts print as "1.608.615,45 €" and dates as "23/11/2026"; text
// is Italian.
//
// Layout: A4, landscape for the documents with wide tables (Dossier,
// ClaimReport), portrait for the others. Every page has a header with the
// Region, the lead body and the call, and a footer with the document id,
// the generation time (Europe/Rome) and "Pagina x di y". Tables repeat
// their heading row on each page, wrap long names inside their cells
// (auto-height rows), right-align amounts and end with a bold totals row.
// The text face is DejaVu Sans, embedded (see fonts/LICENSE), so names such
// as "Doberdò del Lago / Doberdob" or "Štivan" print correctly.
//
// Output is deterministic: Header.GeneratedAt is written as both the PDF
// creation and modification date, so equal input gives equal bytes.
package pdf
