package italy_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/italy"
)

var (
	rePartitaIVA    = regexp.MustCompile(`^[0-9]{11}$`)
	reCodiceFiscale = regexp.MustCompile(`^(?:[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{11})$`)
	reCIG           = regexp.MustCompile(`^(?:[0-9]{7}[0-9A-F]{3}|[A-Z][0-9A-F]{9})$`)
	reIBAN          = regexp.MustCompile(`^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$`)
	reCUP           = regexp.MustCompile(`^[A-Z][0-9]{2}[A-Z][0-9]{11}$`)
)

// checkFuzzErr asserts the shape of any error a validator returns.
func checkFuzzErr(t *testing.T, in string, err error, family string) {
	t.Helper()
	if err == nil {
		return
	}
	e, ok := apperr.As(err)
	if !ok {
		t.Fatalf("%q: error %T is not *apperr.Error", in, err)
	}
	if e.Code != apperr.Invalid || !strings.HasPrefix(e.Rule, family+".") || e.Message == "" {
		t.Fatalf("%q: bad error %+v", in, e)
	}
	if !utf8.ValidString(e.Message) {
		t.Fatalf("%q: message is not valid UTF-8: %q", in, e.Message)
	}
}

// maxFuzzLen caps the fuzzed strings. Longer inputs only exercise the
// length-counting loops again, but the fuzzer treats their growing loop
// counts as new coverage and then spends its whole time budget minimizing
// kilobyte-long inputs (minimization is quadratic in the input length).
// TestNoPanicOnOddInput covers megabyte-long inputs.
const maxFuzzLen = 200

func capLen(s string) string {
	if len(s) > maxFuzzLen {
		return s[:maxFuzzLen]
	}
	return s
}

func rule(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Rule
	}
	return ""
}

// refPartitaIVACheck is an independent implementation of the partita IVA
// check digit, from the description in DOMAIN.md.
func refPartitaIVACheck(first10 string) byte {
	odd, even := 0, 0
	for p := 1; p <= 10; p++ {
		d := int(first10[p-1] - '0')
		if p%2 == 1 {
			odd += d
		} else {
			d *= 2
			if d > 9 {
				d -= 9
			}
			even += d
		}
	}
	return byte('0' + (10-(odd+even)%10)%10)
}

var fuzzSeedsPIVA = []string{"00125680033", "00168650307", "00125680034", "", "0012568003", "\xff0125680033", "0012568003٣"}

func FuzzValidatePartitaIVA(f *testing.F) {
	for i, s := range fuzzSeedsPIVA {
		f.Add(s, uint64(i)*1234567891)
	}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		s = capLen(s)
		err := italy.ValidatePartitaIVA(s)
		checkFuzzErr(t, s, err, "partita_iva")
		if err == nil {
			if !rePartitaIVA.MatchString(s) || refPartitaIVACheck(s[:10]) != s[10] {
				t.Fatalf("accepted invalid partita IVA %q", s)
			}
		} else if rePartitaIVA.MatchString(s) && refPartitaIVACheck(s[:10]) == s[10] {
			t.Fatalf("rejected valid partita IVA %q: %v", s, err)
		}
		if err2 := italy.ValidateCodiceFiscaleEnte(s); (err == nil) != (err2 == nil) {
			t.Fatalf("%q: partita IVA and numeric codice fiscale disagree: %v / %v", s, err, err2)
		}

		// Round trip: any 10 digits completed with the computed check digit
		// are valid, and every other last digit is rejected by the checksum.
		first10 := fmt.Sprintf("%010d", seed%10_000_000_000)
		c, err := italy.CheckDigitPartitaIVA(first10)
		if err != nil || c != refPartitaIVACheck(first10) {
			t.Fatalf("CheckDigitPartitaIVA(%q) = %q, %v", first10, c, err)
		}
		if err := italy.ValidatePartitaIVA(first10 + string(c)); err != nil {
			t.Fatalf("generated %q rejected: %v", first10+string(c), err)
		}
		other := byte('0' + (int(c-'0')+1+int(seed%9))%10)
		if err := italy.ValidatePartitaIVA(first10 + string(other)); rule(err) != "partita_iva.checksum" {
			t.Fatalf("altered %q: got %v, want checksum error", first10+string(other), err)
		}
	})
}

// refCFCheck is an independent implementation of the codice fiscale check
// letter (dispari/pari tables).
func refCFCheck(first15 string) byte {
	const dispari = "BAKPLCQDREVOSFTGUHMINJWZYX" // character whose dispari value is the index
	sum := 0
	for i := 0; i < 15; i++ {
		c := first15[i]
		var v int
		if c >= '0' && c <= '9' {
			v = int(c - '0')
			if i%2 == 0 {
				v = strings.IndexByte(dispari, byte('A'+v))
			}
		} else {
			v = int(c - 'A')
			if i%2 == 0 {
				v = strings.IndexByte(dispari, c)
			}
		}
		sum += v
	}
	return byte('A' + sum%26)
}

func FuzzValidateCodiceFiscale(f *testing.F) {
	for i, s := range []string{"RSSMRA85T10A562S", "RSSMRA85T10A56NH", "RSSMRAURTMLARSNL", "00125680033",
		"rssmra85t10a562s", "RSSMRA85T10A562", "RSSMRA85T10A562\xff", ""} {
		f.Add(s, uint64(i)*0x9E3779B97F4A7C15, uint8(i*37))
	}
	f.Fuzz(func(t *testing.T, s string, seed uint64, mask uint8) {
		s = capLen(s)
		err := italy.ValidateCodiceFiscale(s)
		checkFuzzErr(t, s, err, "codice_fiscale")
		if err == nil {
			if !reCodiceFiscale.MatchString(s) {
				t.Fatalf("accepted malformed codice fiscale %q", s)
			}
			if len(s) == 16 && refCFCheck(s[:15]) != s[15] {
				t.Fatalf("accepted codice fiscale %q with wrong check letter", s)
			}
		} else if reCodiceFiscale.MatchString(s) && len(s) == 16 && refCFCheck(s[:15]) == s[15] {
			t.Fatalf("rejected valid codice fiscale %q: %v", s, err)
		}

		// Round trip: build the first 15 characters from the seed, replace
		// digits by omocodia letters as the mask says, compute the check.
		const months = "ABCDEHLMPRST"
		b := make([]byte, 15)
		x := seed
		next := func(n uint64) uint64 { v := x % n; x = x/n ^ (x * 0x9E3779B97F4A7C15); return v }
		for i := 0; i < 15; i++ {
			switch i {
			case 0, 1, 2, 3, 4, 5, 11:
				b[i] = byte('A' + next(26))
			case 8:
				b[i] = months[next(12)]
			default:
				b[i] = byte('0' + next(10))
			}
		}
		for j, p := range omocodiaPositions {
			if mask&(1<<j) != 0 {
				b[p] = "LMNPQRSTUV"[b[p]-'0']
			}
		}
		first15 := string(b)
		c, err := italy.CheckCharCodiceFiscale(first15)
		if err != nil || c != refCFCheck(first15) {
			t.Fatalf("CheckCharCodiceFiscale(%q) = %q, %v; want %q", first15, c, err, refCFCheck(first15))
		}
		if err := italy.ValidateCodiceFiscale(first15 + string(c)); err != nil {
			t.Fatalf("generated %q rejected: %v", first15+string(c), err)
		}
		other := byte('A' + (int(c-'A')+1+int(seed%25))%26)
		if err := italy.ValidateCodiceFiscalePersona(first15 + string(other)); rule(err) != "codice_fiscale.checksum" {
			t.Fatalf("altered %q: got %v, want checksum error", first15+string(other), err)
		}
	})
}

// refCIGKind is an independent reading of the CIG formats of DOMAIN.md:
// the kind a well-formed CIG has, and whether its check characters (where
// there is a public rule) match; "" for a malformed one.
func refCIGKind(s string) (kind italy.CIGKind, checked bool) {
	if !reCIG.MatchString(s) {
		return "", false
	}
	var num, k int
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		if s[:7] == "0000000" {
			return "", false
		}
		fmt.Sscanf(s[:7], "%d", &num)
		fmt.Sscanf(s[7:], "%X", &k)
		return italy.CIGStandard, k == num*211%4091
	case c <= 'U':
		return italy.CIGUnified, true
	case c == 'V' || c == 'W':
		return italy.CIGSmart, true
	default:
		fmt.Sscanf(s[3:], "%X", &num)
		fmt.Sscanf(s[1:3], "%X", &k)
		return italy.CIGSmart, k == num*211%251
	}
}

// checkCIGRefusal asserts that a checksum refusal is the fixed sentence of
// its format, with the CIG as typed as its only variable part: it never
// hints at the check characters that would pass.
func checkCIGRefusal(t *testing.T, s string, err error, kind italy.CIGKind) {
	t.Helper()
	e, ok := apperr.As(err)
	if !ok || e.Rule != "cig.checksum" {
		t.Fatalf("%q: got %v, want cig.checksum", s, err)
	}
	ref := map[italy.CIGKind]string{italy.CIGStandard: "8874674CA8", italy.CIGSmart: "Z073947806"}[kind]
	want, _ := apperr.As(italy.ValidateCIG(ref))
	if strings.ReplaceAll(e.Message, s, "<>") != strings.ReplaceAll(want.Message, ref, "<>") {
		t.Fatalf("%q: the refusal says more than the CIG typed: %s", s, e.Message)
	}
}

func FuzzValidateCIG(f *testing.F) {
	for i, s := range []string{"8874674CA7", "48886723C1", "95156957EC", "Z063947806", "ZEE0718779",
		"A015882CCD", "B96AE2FE01", "V063947806", "W063947806", "U0000000FF",
		"0000000000", "8874674ca7", "8874674CA8", "Z073947806", "", "É063947806"} {
		f.Add(s, uint32(i)*2654435761, uint32(i)*40503)
	}
	f.Fuzz(func(t *testing.T, s string, n, c uint32) {
		s = capLen(s)
		kind, err := italy.CIGKindOf(s)
		checkFuzzErr(t, s, err, "cig")
		if (err == nil) != (kind != "") || (err == nil) != (italy.ValidateCIG(s) == nil) {
			t.Fatalf("%q: CIGKindOf = %q, %v; ValidateCIG = %v", s, kind, err, italy.ValidateCIG(s))
		}
		refKind, refChecked := refCIGKind(s)
		switch {
		case err == nil && (refKind != kind || !refChecked):
			t.Fatalf("accepted %q as %s (reference: %q, check %v)", s, kind, refKind, refChecked)
		case err != nil && refKind != "" && refChecked:
			t.Fatalf("rejected valid %s %q: %v", refKind, s, err)
		case err != nil && refKind != "" && !refChecked:
			checkCIGRefusal(t, s, err, refKind)
		case err != nil && rule(err) == "cig.checksum":
			t.Fatalf("%q: checksum refusal of a malformed CIG: %v", s, err)
		}

		// Standard CIG round trip: any N in 1..9999999 with CIGCheck(N) is
		// valid; any other 3 hex check characters are rejected, and the
		// refusal does not tell which would pass.
		num := int(n%9_999_999) + 1
		k := italy.CIGCheck(num)
		cig := fmt.Sprintf("%07d%s", num, k)
		if got, err := italy.CIGKindOf(cig); len(k) != 3 || err != nil || got != italy.CIGStandard {
			t.Fatalf("generated CIG %q: %q, %v", cig, got, err)
		}
		var kv int
		fmt.Sscanf(k, "%X", &kv)
		bad := fmt.Sprintf("%07d%03X", num, (kv+1+int(c%4095))%4096)
		checkCIGRefusal(t, bad, italy.ValidateCIG(bad), italy.CIGStandard)

		// Smart CIG round trip (X, Y, Z).
		cv := int(c & 0xFFFFFFF)
		kk := italy.SmartCIGCheck(cv)
		prefix := "XYZ"[n%3 : n%3+1]
		smart := fmt.Sprintf("%s%s%07X", prefix, kk, cv)
		if got, err := italy.CIGKindOf(smart); len(kk) != 2 || err != nil || got != italy.CIGSmart {
			t.Fatalf("generated Smart CIG %q: %q, %v", smart, got, err)
		}
		var kkv int
		fmt.Sscanf(kk, "%X", &kkv)
		bad = fmt.Sprintf("%s%02X%07X", prefix, (kkv+1+int(n%255))%256, cv)
		checkCIGRefusal(t, bad, italy.ValidateCIG(bad), italy.CIGSmart)

		// Unified CIGs and V/W Smart CIGs: any 9 hex characters after the
		// letter are accepted (no public check rule).
		letter := byte('A' + n%23) // A..W
		free := fmt.Sprintf("%c%09X", letter, (uint64(n)<<4^uint64(c))&0xFFFFFFFFF)
		want := italy.CIGUnified
		if letter > 'U' {
			want = italy.CIGSmart
		}
		if got, err := italy.CIGKindOf(free); err != nil || got != want {
			t.Fatalf("%q: %q, %v; want %s", free, got, err, want)
		}
	})
}

// refMod97 reports whether the IBAN passes the ISO 7064 mod-97 test with
// check digits in 02..98.
func refMod97(s string) bool {
	if s[2:4] == "00" || s[2:4] == "01" || s[2:4] == "99" {
		return false
	}
	r := s[4:] + s[:4]
	rem := 0
	for i := 0; i < len(r); i++ {
		var digits string
		if r[i] >= 'A' {
			digits = fmt.Sprint(int(r[i]-'A') + 10)
		} else {
			digits = string(r[i])
		}
		for _, d := range digits {
			rem = (rem*10 + int(d-'0')) % 97
		}
	}
	return rem == 1
}

func FuzzValidateIBAN(f *testing.F) {
	for _, s := range []string{"IT60X0542811101000000123456", "DE89370400440532013000", "GB82WEST12345698765432",
		"NO9386011117947", "IT61X0542811101000000123456", "it60x0542811101000000123456", "", "IT60 X054"} {
		f.Add(s, []byte(s))
	}
	f.Fuzz(func(t *testing.T, s string, raw []byte) {
		s = capLen(s)
		err := italy.ValidateIBAN(s)
		checkFuzzErr(t, s, err, "iban")
		if err == nil && (!reIBAN.MatchString(s) || !refMod97(s)) {
			t.Fatalf("accepted invalid IBAN %q", s)
		}

		// Round trip: an Italian BBAN (CIN letter, 10 digits, 12
		// alphanumerics) built from raw gets valid check digits; any other
		// check digits are rejected.
		const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		bban := make([]byte, 23)
		for i := range bban {
			var v byte
			if i < len(raw) {
				v = raw[i]
			}
			switch {
			case i == 0:
				bban[i] = 'A' + v%26
			case i <= 10:
				bban[i] = '0' + v%10
			default:
				bban[i] = alnum[int(v)%len(alnum)]
			}
		}
		iban := computeIBAN("IT", string(bban))
		if err := italy.ValidateIBAN(iban); err != nil {
			t.Fatalf("generated IBAN %q rejected: %v", iban, err)
		}
		var shift int
		if len(raw) > 0 {
			shift = int(raw[len(raw)-1])
		}
		for d := 0; d < 100; d += 1 + shift%7 {
			altered := fmt.Sprintf("IT%02d%s", d, bban)
			if altered == iban {
				continue
			}
			if rule(italy.ValidateIBAN(altered)) != "iban.checksum" {
				t.Fatalf("altered IBAN %q: got %v, want checksum error", altered, italy.ValidateIBAN(altered))
			}
		}
	})
}

func FuzzValidateCUP(f *testing.F) {
	for _, s := range []string{"B63D21001490006", "b63d21001490006", "B63D2100149000", "", " B63D 2100 1490 006 ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = capLen(s)
		err := italy.ValidateCUP(s)
		checkFuzzErr(t, s, err, "cup")
		// The CUP has no checksum: the validator accepts exactly the
		// strings that match the pattern.
		if (err == nil) != reCUP.MatchString(s) {
			t.Fatalf("ValidateCUP(%q) = %v, pattern match %v", s, err, reCUP.MatchString(s))
		}
		// Normalization is idempotent and a normalized valid CUP stays valid.
		n := italy.NormalizeCode(s)
		if italy.NormalizeCode(n) != n {
			t.Fatalf("NormalizeCode not idempotent on %q: %q -> %q", s, n, italy.NormalizeCode(n))
		}
		if err == nil && n != s {
			t.Fatalf("NormalizeCode changed valid CUP %q to %q", s, n)
		}
		if reCUP.MatchString(n) && italy.ValidateCUP(n) != nil {
			t.Fatalf("normalized %q rejected", n)
		}
	})
}
