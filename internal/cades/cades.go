// Package cades reads CAdES envelopes, the ".p7m" files of Italian digital
// signatures: a CMS (PKCS#7) SignedData holding the signed document and its
// signers, as DER or BER, or as base64 text or PEM of it, as signing tools
// and portals hand them out. It unwraps them and checks their shape; it
// does not verify signatures or certificates.
package cades

import (
	"bytes"
	"encoding/base64"
	"encoding/pem"

	"github.com/smallstep/pkcs7"
)

// Unwrap returns the content of a SignedData envelope given as DER (or
// BER), as base64 of it (line breaks allowed) or as PEM; ok is false for
// anything else, including an envelope without content (a detached
// signature) or without a signer (a certificates-only bundle).
func Unwrap(data []byte) (content []byte, ok bool) {
	if c, ok := signedContent(data); ok {
		return c, true
	}
	der, ok := decodeBase64(data)
	if !ok {
		return nil, false
	}
	return signedContent(der)
}

// oidSignedData is the DER encoding of the object identifier of
// SignedData, 1.2.840.113549.1.7.2, tag and length included.
var oidSignedData = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}

// LooksSigned reports whether head, the first bytes of a file, starts as a
// DER or BER SignedData envelope does: a SEQUENCE whose first element is
// the SignedData identifier. It is a cheap test of what a file claims to
// be; Unwrap checks the whole envelope.
func LooksSigned(head []byte) bool {
	if len(head) < 2 || head[0] != 0x30 {
		return false
	}
	rest := head[2:]
	if l := head[1]; l > 0x80 { // long form: l&0x7f length octets follow
		n := int(l & 0x7f)
		if n > 4 || len(rest) < n {
			return false
		}
		rest = rest[n:]
	}
	return bytes.HasPrefix(rest, oidSignedData)
}

// decodeBase64 decodes base64 text, ignoring white space, or a PEM block.
func decodeBase64(data []byte) ([]byte, bool) {
	if bytes.HasPrefix(data, []byte("-----BEGIN")) {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, false
		}
		return block.Bytes, true
	}
	compact := make([]byte, 0, len(data))
	for _, b := range data {
		switch b {
		case ' ', '\t', '\r', '\n', '\f', '\v':
		default:
			compact = append(compact, b)
		}
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
		out := make([]byte, enc.DecodedLen(len(compact)))
		if n, err := enc.Decode(out, compact); err == nil {
			return out[:n], true
		}
	}
	return nil, false
}

// signedContent returns the signed content of a DER or BER SignedData
// envelope with at least one signer.
func signedContent(der []byte) (content []byte, ok bool) {
	if len(der) < 2 || der[0] != 0x30 || !berShapeOK(der) {
		return nil, false
	}
	defer func() {
		if recover() != nil {
			content, ok = nil, false
		}
	}()
	p7, err := pkcs7.Parse(der)
	if err != nil || len(p7.Content) == 0 || len(p7.Signers) == 0 {
		return nil, false
	}
	return p7.Content, true
}

// Limits on the BER structure handed to pkcs7.Parse, whose BER-to-DER
// conversion recurses once per nesting level and allocates per element: a
// hostile input of a few MB could otherwise exhaust the stack or memory.
// Real envelopes nest about 15 levels and hold a few thousand elements (the
// content may be chunked in BER octet strings of 1000 bytes).
const (
	maxBERDepth    = 64
	maxBERElements = 200_000
)

// berHeader reads the identifier and length octets of the BER element at
// pos: its first tag octet, its content length (0 when indefinite) and the
// position of its content. ok is false when they are malformed or the
// content runs past the end of b.
func berHeader(b []byte, pos int) (tag byte, length int, indefinite bool, next int, ok bool) {
	if pos >= len(b) {
		return 0, 0, false, 0, false
	}
	tag = b[pos]
	if pos++; pos >= len(b) {
		return 0, 0, false, 0, false
	}
	if tag&0x1f == 0x1f { // high tag number form
		for b[pos] >= 0x80 {
			if pos++; pos >= len(b) {
				return 0, 0, false, 0, false
			}
		}
		if pos++; pos >= len(b) {
			return 0, 0, false, 0, false
		}
	}
	l := b[pos]
	pos++
	switch {
	case l == 0x80:
		indefinite = true
	case l > 0x80:
		n := int(l & 0x7f)
		if n > 4 || pos+n > len(b) || b[pos] == 0 {
			return 0, 0, false, 0, false
		}
		for i := 0; i < n; i++ {
			length = length<<8 | int(b[pos])
			pos++
		}
	default:
		length = int(l)
	}
	if pos+length > len(b) {
		return 0, 0, false, 0, false
	}
	return tag, length, indefinite, pos, true
}

// berShapeOK walks the BER elements of b the way pkcs7's ber2der does, without
// recursion, and reports whether it stays within maxBERDepth and
// maxBERElements. It returns false on malformed input as well.
func berShapeOK(b []byte) bool {
	type frame struct {
		indefinite bool
		end        int
	}
	var stack []frame
	pos, elements := 0, 0
	for {
		// Read the element starting at pos.
		if elements++; elements > maxBERElements {
			return false
		}
		tag, length, indefinite, next, ok := berHeader(b, pos)
		if !ok {
			return false
		}
		pos = next
		constructed := tag&0x20 != 0
		switch {
		case !constructed && indefinite:
			return false
		case !constructed:
			pos += length
		case indefinite || length > 0:
			if stack = append(stack, frame{indefinite, pos + length}); len(stack) > maxBERDepth {
				return false
			}
			continue // read the first child
		}
		// The element ending at pos is complete: close the containers it
		// completes, then go on with the next sibling.
		for {
			if len(stack) == 0 {
				return true
			}
			top := stack[len(stack)-1]
			if top.indefinite {
				if len(b)-pos < 2 {
					return false
				}
				if b[pos] != 0 || b[pos+1] != 0 {
					break
				}
				pos += 2
			} else {
				if pos < top.end {
					break
				}
				pos = top.end
			}
			stack = stack[:len(stack)-1]
		}
	}
}
