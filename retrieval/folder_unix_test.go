//go:build unix

package retrieval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostileFolder makes a sources folder with a good file and every kind of
// file that must not be read, beside a secret outside it.
func hostileFolder(t *testing.T) (dir string, refused map[string]string) {
	t.Helper()
	base := t.TempDir()
	dir = filepath.Join(base, "sources")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	secret := filepath.Join(base, "secret.md")
	write := func(name, text string) {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(secret, "DISCORD_TOKEN=geheim")
	write(filepath.Join(dir, "good.md"), "---\nid: good\n---\nIn Bagdad regnete es.\n")
	write(filepath.Join(dir, "sub", "deeper.md"), "Tiefer Text über Basra.\n")
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	link("good.md", "relative-inside.md")                         // read: a copy of good, refused as a duplicate id
	link(filepath.Join(dir, "sub", "deeper.md"), "abs-inside.md") // read
	link("../sub/deeper.md", "sub/up-inside.md")                  // read
	link(secret, "abs-outside.md")
	link("../secret.md", "relative-outside.md")
	link("/etc/passwd", "passwd.md")
	link("/proc/self/environ", "environ.md")
	link("/dev/zero", "zero.md")
	link("sub", "folder-link.md")
	link("missing.md", "dangling.md")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	refused = map[string]string{
		"abs-outside.md":      "outside the sources folder",
		"relative-outside.md": "outside the sources folder",
		"passwd.md":           "outside the sources folder",
		"environ.md":          "outside the sources folder",
		"zero.md":             "outside the sources folder",
		"folder-link.md":      "a link to a folder",
		"pipe.md":             "a named pipe",
	}
	// A device inside the folder, where the test may make one.
	if err := syscall.Mknod(filepath.Join(dir, "device.md"), syscall.S_IFCHR|0o644, 1<<8|5); err == nil {
		refused["device.md"] = "a device"
	}
	return dir, refused
}

func TestFolderReadsOnlyRegularFilesInside(t *testing.T) {
	dir, refused := hostileFolder(t)
	folder, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer folder.Close()
	done := make(chan struct{})
	var sources []storeSource
	var failed []FileError
	go func() {
		defer close(done)
		srcs, f, err := folder.Load(context.Background(), dir)
		if err != nil {
			t.Error(err)
		}
		for _, s := range srcs {
			sources = append(sources, storeSource{s.ID, s.Origin, s.Text})
		}
		failed = f
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		// Not a timing assertion: a FIFO or /dev/zero that is read blocks
		// or fills memory for ever; this only keeps the test from hanging.
		t.Fatal("loading the folder did not end")
	}
	var ids []string
	for _, s := range sources {
		ids = append(ids, s.id)
		if strings.Contains(s.text, "geheim") || strings.Contains(s.text, "root:") {
			t.Errorf("source %s holds a file from outside the folder", s.id)
		}
	}
	if strings.Join(ids, ",") != "abs-inside,good,deeper,up-inside" {
		t.Errorf("loaded %v, want abs-inside, good, deeper, up-inside", ids)
	}
	byPath := make(map[string]FileError)
	for _, f := range failed {
		byPath[f.Path] = f
	}
	for name, why := range refused {
		f, ok := byPath[name]
		if !ok {
			t.Errorf("%s was not named as refused", name)
			continue
		}
		if !strings.Contains(f.Error(), why) || !errors.Is(f, ErrNotRegular) || f.Keep() {
			t.Errorf("%s: %v (keep %v), want %q and ErrNotRegular", name, f, f.Keep(), why)
		}
	}
	if f, ok := byPath["relative-inside.md"]; !ok || !strings.Contains(f.Error(), "already used") {
		t.Errorf("relative-inside.md, a link to good.md, should be read and refused as a duplicate id: %v", f)
	}
	if f, ok := byPath["dangling.md"]; !ok || !errors.Is(f, os.ErrNotExist) {
		t.Errorf("dangling.md: %v", f)
	}
}

type storeSource struct{ id, origin, text string }

func TestFolderEnforcesTheSizeLimitWhileReading(t *testing.T) {
	dir := t.TempDir()
	big := make([]byte, MaxSourceBytes+1)
	for i := range big {
		big[i] = 'a'
	}
	os.WriteFile(filepath.Join(dir, "big.md"), big, 0o644)
	os.WriteFile(filepath.Join(dir, "ok.md"), []byte("Kurz."), 0o644)
	folder, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer folder.Close()
	sources, failed, err := folder.Load(context.Background(), dir)
	if err != nil || len(sources) != 1 || len(failed) != 1 || !strings.Contains(failed[0].Error(), "more than") || !failed[0].Keep() {
		t.Fatalf("sources %d, failed %v, err %v", len(sources), failed, err)
	}
	// A reader that claims a small size and goes on: the limit holds too.
	if _, err := readSource(context.Background(), lyingFS{}, "zero.md"); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("endless file: %v", err)
	}
}

func TestFolderLoadStopsWithItsContext(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("Text."), 0o644)
	folder, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer folder.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := folder.Load(ctx, dir); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
