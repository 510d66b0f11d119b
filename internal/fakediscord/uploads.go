package fakediscord

import (
	"net/http"
	"net/url"
	"strconv"
)

// uploadLocked stores a file attached to a command and returns its id.
func (f *Fake) uploadLocked(a Attachment) string {
	id := f.newIDLocked()
	f.uploads[id] = a
	return id
}

// uploadWireLocked is the attachment as resolved.attachments carries it.
func (f *Fake) uploadWireLocked(id string) wireAttachment {
	a := f.uploads[id]
	u := f.URL + "/attachments/" + id + "/" + url.PathEscape(a.Filename)
	return wireAttachment{ID: id, Filename: a.Filename, ContentType: a.ContentType, Size: len(a.Data), URL: u, ProxyURL: u}
}

// serveUpload serves an attached file at its url, as Discord's CDN does.
func (f *Fake) serveUpload(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	a, ok := f.uploads[r.PathValue("id")]
	f.mu.Unlock()
	if !ok || r.PathValue("name") != a.Filename {
		http.NotFound(w, r)
		return
	}
	if a.ContentType != "" {
		w.Header().Set("Content-Type", a.ContentType)
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(a.Data)))
	w.Write(a.Data)
}
