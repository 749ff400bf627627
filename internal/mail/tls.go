package mail

import "crypto/tls"

// newTLSConfig is the TLS configuration of cfg's connections.
func newTLSConfig(cfg Config) *tls.Config {
	return &tls.Config{ServerName: cfg.Host, RootCAs: cfg.RootCAs, MinVersion: tls.VersionTLS12}
}
