package scale

import (
	"fmt"

	"github.com/capofila/capofila/internal/italy"
)

// cigNumber spreads the n-th lot over the 7-digit CIG numbers: the stride
// is coprime with 9,999,999, so the numbers never repeat.
func cig(n int) string {
	num := (n*7919+1_234_567)%9_999_999 + 1
	return fmt.Sprintf("%07d%s", num, italy.CIGCheck(num))
}

// partitaIVA returns the n-th vendor's VAT number: a 7-digit company
// number, the 3-digit code of the VAT office (the province) and the check
// digit.
func partitaIVA(n int, office string) string {
	first10 := fmt.Sprintf("%07d%s", 1_000_000+n*37%8_999_999, office)
	d, err := italy.CheckDigitPartitaIVA(first10)
	if err != nil {
		panic(err)
	}
	return first10 + string(d)
}

// cup returns the CUP of the n-th project funded in year: the letter of
// the body, the year, the nature (J: purchase of services) and 11 digits.
func cup(n, year int) string {
	return fmt.Sprintf("D%02dJ%011d", year%100, 30_000_000+n)
}
