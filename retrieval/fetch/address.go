package fetch

import (
	"net/netip"
)

// nonPublic are ranges that the standard library's predicates do not
// cover but that no public web server uses; a page address resolving into
// one is refused like a private one.
var nonPublic = []struct {
	prefix netip.Prefix
	what   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "“this network” (0.0.0.0/8)"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared carrier-grade NAT (100.64.0.0/10)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol (192.0.0.0/24)"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking (198.18.0.0/15)"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved or broadcast (240.0.0.0/4)"},
	{netip.MustParsePrefix("fec0::/10"), "site-local (fec0::/10)"},
}

// embedsIPv4 are IPv6 ranges that carry an IPv4 address a router forwards
// to: the IPv4 address inside is what is reached, so it is judged.
var embedsIPv4 = []netip.Prefix{
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64, the last 32 bits
	netip.MustParsePrefix("::/96"),        // IPv4-compatible (deprecated), the last 32 bits
}

// sixToFour is 6to4: bits 16..48 are the IPv4 address.
var sixToFour = netip.MustParsePrefix("2002::/16")

// Forbidden says why a is no address a page may be fetched from, or ""
// when it is a public one: loopback, private, link-local (which holds the
// cloud metadata address 169.254.169.254), multicast, unspecified, and the
// other ranges no public server uses. IPv4 addresses mapped into or carried
// by IPv6 are judged as the IPv4 address they reach.
func Forbidden(a netip.Addr) string {
	if !a.IsValid() {
		return "not an address"
	}
	a = a.Unmap()
	switch {
	case a.IsUnspecified():
		return "unspecified"
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link-local"
	case a.IsMulticast():
		return "multicast"
	}
	for _, r := range nonPublic {
		if r.prefix.Contains(a) {
			return r.what
		}
	}
	if a.Is6() {
		b := a.As16()
		for _, p := range embedsIPv4 {
			if p.Contains(a) {
				if why := Forbidden(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); why != "" {
					return why + " (inside an IPv6 address)"
				}
			}
		}
		if sixToFour.Contains(a) {
			if why := Forbidden(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})); why != "" {
				return why + " (inside a 6to4 address)"
			}
		}
	}
	return ""
}
