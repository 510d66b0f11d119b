package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

// cldrLocale is the part of a CLDR locale file that names places.
type cldrLocale struct {
	Territories []struct {
		Type string `xml:"type,attr"`
		Alt  string `xml:"alt,attr"`
		Name string `xml:",chardata"`
	} `xml:"localeDisplayNames>territories>territory"`
	Zones []struct {
		Type string `xml:"type,attr"`
		City string `xml:"exemplarCity"`
	} `xml:"dates>timeZoneNames>zone"`
}

func readCLDRLocale(path string) (*cldrLocale, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var l cldrLocale
	if err := xml.Unmarshal(data, &l); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &l, nil
}

// territoryNames returns each two-letter region's names in a locale: the
// standard name first, then the short and variant ones. Names with
// parentheses ("Congo (DRC)") are not how a text writes them and are left out.
func (l *cldrLocale) territoryNames() map[string][]string {
	out := make(map[string][]string)
	for _, alt := range []string{"", "short", "variant"} {
		for _, t := range l.Territories {
			if t.Alt != alt || len(t.Type) != 2 || t.Type[0] < 'A' || t.Type[0] > 'Z' || strings.ContainsAny(t.Name, "()") {
				continue
			}
			out[t.Type] = appendNew(out[t.Type], strings.TrimSpace(t.Name))
		}
	}
	return out
}

// zoneCities maps time-zone ids to the locale's city names.
func (l *cldrLocale) zoneCities() map[string]string {
	out := make(map[string]string)
	for _, z := range l.Zones {
		if z.City != "" {
			out[z.Type] = z.City
		}
	}
	return out
}

// windowsZones maps each time zone to its region, from CLDR's windowsZones.xml,
// the one CLDR table that lists every zone with its territory.
func readZoneTerritories(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		Zones []struct {
			Territory string `xml:"territory,attr"`
			Type      string `xml:"type,attr"`
		} `xml:"windowsZones>mapTimezones>mapZone"`
	}
	if err := xml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string]string)
	for _, z := range f.Zones {
		if len(z.Territory) != 2 || z.Territory == "ZZ" {
			continue
		}
		for _, zone := range strings.Fields(z.Type) {
			out[zone] = z.Territory
		}
	}
	return out, nil
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		found := false
		for _, x := range list {
			if x == it {
				found = true
				break
			}
		}
		if !found && it != "" {
			list = append(list, it)
		}
	}
	return list
}
