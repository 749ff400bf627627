package auth_test

import (
	"strings"
	"testing"

	"github.com/capofila/capofila/internal/auth"
)

// verify calls VerifyPassword and turns a panic into a test failure, so that
// one malformed hash does not stop the whole table.
func verify(t *testing.T, encoded, password string) (ok bool) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Errorf("VerifyPassword(%q) panicked: %v; a malformed stored hash must only fail verification", encoded, p)
			ok = false
		}
	}()
	return auth.VerifyPassword(encoded, password)
}

func TestHashPassword_RoundTrip(t *testing.T) {
	t.Parallel()
	const password = "Ciao, sono una password lunga! àèìòù"
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatalf("HashPassword: %v", err)
	}

	t.Run("OK", func(t *testing.T) {
		if !strings.HasPrefix(hash, "$argon2id$v=19$m=65536,t=3,p=2$") {
			t.Errorf("hash %q is not an argon2id PHC string with the configured parameters", hash)
		}
		if strings.Contains(hash, password) {
			t.Errorf("hash %q contains the password", hash)
		}
		if !verify(t, hash, password) {
			t.Errorf("VerifyPassword(HashPassword(p), p) = false, want true")
		}
	})
	t.Run("ErrWrongPassword", func(t *testing.T) {
		for _, wrong := range []string{"", password + " ", strings.ToUpper(password), password[:len(password)-1]} {
			if verify(t, hash, wrong) {
				t.Errorf("VerifyPassword accepted %q", wrong)
			}
		}
	})
}

func TestHashPassword_IsSalted(t *testing.T) {
	t.Parallel()
	a, err := auth.HashPassword("stessa-password")
	if err != nil {
		t.Fatal(err)
	}
	b, err := auth.HashPassword("stessa-password")
	if err != nil {
		t.Fatal(err)
	}
	if a == b {
		t.Errorf("two hashes of the same password are equal (%s): the salt is not random", a)
	}
	saltOf := func(h string) string { return strings.Split(h, "$")[4] }
	if saltOf(a) == saltOf(b) {
		t.Errorf("two hashes share the salt %s", saltOf(a))
	}
}

func TestVerifyPassword_RejectsMalformedHashes(t *testing.T) {
	t.Parallel()
	const password = "password-di-prova"
	good, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(good, "$") // "", argon2id, v=19, m=…,t=…,p=…, salt, key
	with := func(i int, v string) string {
		p := append([]string(nil), parts...)
		p[i] = v
		return strings.Join(p, "$")
	}
	flipped := []byte(parts[5])
	if flipped[0] == 'A' {
		flipped[0] = 'B'
	} else {
		flipped[0] = 'A'
	}

	for _, tc := range []struct {
		name, encoded string
	}{
		{"ErrEmpty", ""},
		{"ErrNotPHC", "password-di-prova"},
		{"ErrTooFewParts", "$argon2id$v=19$m=65536,t=3,p=2$c2FsdA"},
		{"ErrTooManyParts", good + "$extra"},
		{"ErrAlgorithmArgon2i", with(1, "argon2i")},
		{"ErrAlgorithmBcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"ErrVersion", with(2, "v=16")},
		{"ErrVersionGarbage", with(2, "version")},
		{"ErrParamsGarbage", with(3, "m=x,t=3,p=2")},
		{"ErrHugeMemory", with(3, "m=99999999,t=3,p=2")},
		{"ErrTooManyIterations", with(3, "m=65536,t=1000,p=2")},
		{"ErrZeroIterations", with(3, "m=65536,t=0,p=2")},
		{"ErrZeroThreads", with(3, "m=65536,t=3,p=0")},
		{"ErrThreadsOverflow", with(3, "m=65536,t=3,p=300")},
		{"ErrSaltBadBase64", with(4, "!!!not base64!!!")},
		{"ErrKeyBadBase64", with(5, "%%%")},
		{"ErrKeyEmpty", with(5, "")},
		{"ErrKeyTampered", with(5, string(flipped))},
		{"ErrKeyTruncated", with(5, parts[5][:len(parts[5])-4])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if verify(t, tc.encoded, password) {
				t.Errorf("VerifyPassword(%q) = true, want false", tc.encoded)
			}
		})
	}
}
