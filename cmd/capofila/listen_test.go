package main

import (
	"net"
	"strings"
	"testing"
)

func TestListen_BusyAddressSaysSoInItalianAndEnglish(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	ln, err := listen(busy.Addr().String())
	if err == nil {
		ln.Close()
		t.Fatal("listening on a busy address succeeded")
	}
	for _, want := range []string{"è già in uso", "already in use", "--addr", "make run ADDR="} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}
