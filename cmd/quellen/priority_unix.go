//go:build unix

package main

import "syscall"

// backgroundPriority lowers the scheduling priority of this process, so
// that a rebuild on a machine of few cores leaves them to the processes
// answering questions. A failure leaves the priority as it was.
func backgroundPriority() {
	syscall.Setpriority(syscall.PRIO_PROCESS, 0, 10)
}
