package docstore

import (
	"archive/zip"
	"io"
	"os"
	"strings"

	"github.com/capofila/capofila/internal/apperr"
	"github.com/capofila/capofila/internal/cades"
)

// MIMESignedData is the media type of a CAdES envelope (.p7m).
const MIMESignedData = "application/pkcs7-mime"

// The office files detect names from a ZIP file's extension.
const (
	mimeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	mimeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	mimeODT  = "application/vnd.oasis.opendocument.text"
	mimeODS  = "application/vnd.oasis.opendocument.spreadsheet"
)

// confirm checks, in the spooled file, the type detect gave from the first
// bytes and the name, and returns the type the content supports:
//
//   - a signed envelope (named .p7m, or starting as one) must be a whole
//     SignedData with content and a signer, as DER, BER, base64 or PEM, or it
//     is refused (INVALID, document.p7m): it is labelled and shown as a
//     signed document (CAdES);
//   - a ZIP file named as an office document must hold that document's
//     parts ([Content_Types].xml and word/ or xl/; an OpenDocument's
//     mimetype), or it is only a ZIP file.
func confirm(file, mime string) (string, error) {
	switch mime {
	case MIMESignedData:
		data, err := os.ReadFile(file) // at most MaxSize
		if err != nil {
			return "", err
		}
		if _, ok := cades.Unwrap(data); !ok {
			return "", apperr.InvalidField("file", "document.p7m",
				"Il file .p7m non è una busta firmata CAdES valida: deve contenere il documento e almeno una firma.")
		}
		return mime, nil
	case mimeXLSX, mimeDOCX, mimeODT, mimeODS:
		if ok, err := officeParts(file, mime); err != nil || !ok {
			return "application/zip", nil // a ZIP file, at least by its first bytes
		}
		return mime, nil
	}
	return mime, nil
}

// officeParts reports whether the ZIP file holds the parts of an office
// document of type mime.
func officeParts(file, mime string) (bool, error) {
	z, err := zip.OpenReader(file)
	if err != nil {
		return false, err
	}
	defer z.Close()
	has := func(pred func(name string) bool) *zip.File {
		for _, f := range z.File {
			if pred(f.Name) {
				return f
			}
		}
		return nil
	}
	named := func(n string) func(string) bool { return func(s string) bool { return s == n } }
	under := func(dir string) func(string) bool { return func(s string) bool { return strings.HasPrefix(s, dir) } }
	switch mime {
	case mimeDOCX:
		return has(named("[Content_Types].xml")) != nil && has(under("word/")) != nil, nil
	case mimeXLSX:
		return has(named("[Content_Types].xml")) != nil && has(under("xl/")) != nil, nil
	}
	f := has(named("mimetype"))
	if f == nil {
		return false, nil
	}
	rc, err := f.Open()
	if err != nil {
		return false, err
	}
	defer rc.Close()
	declared, err := io.ReadAll(io.LimitReader(rc, 100))
	return string(declared) == mime, err
}
