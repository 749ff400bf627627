package mailtest

import (
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"strings"
)

// decode reads body in its content transfer encoding.
func decode(cte string, body io.Reader) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		return io.ReadAll(quotedprintable.NewReader(body))
	case "base64":
		return io.ReadAll(base64.NewDecoder(base64.StdEncoding, body)) // ignores line breaks
	}
	return io.ReadAll(body)
}
