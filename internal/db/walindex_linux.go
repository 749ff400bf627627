//go:build linux

package db

import (
	"syscall"
	"unsafe"
)

// readWALIndex reads the head of the WAL index file through system calls,
// with its NUL-terminated path prepared once: os.Open would allocate a
// File and the path's bytes at each of the calls every request with a
// session makes (ViewerStamp).
func readWALIndex(v *viewers, b *[96]byte) bool {
	const atFDCWD = ^uintptr(99) // AT_FDCWD, -100: relative to the working directory
	var fd uintptr
	for {
		r, _, errno := syscall.Syscall6(syscall.SYS_OPENAT, atFDCWD, uintptr(unsafe.Pointer(&v.shmz[0])),
			syscall.O_RDONLY|syscall.O_CLOEXEC, 0, 0, 0)
		if errno == syscall.EINTR {
			continue
		}
		if errno != 0 {
			return false
		}
		fd = r
		break
	}
	defer syscall.Close(int(fd))
	n := 0
	for n < len(b) {
		m, err := syscall.Pread(int(fd), b[n:], int64(n))
		if err == syscall.EINTR {
			continue
		}
		if err != nil || m <= 0 {
			return false
		}
		n += m
	}
	return true
}
