package article

import (
	"encoding/json"
	"strings"
)

// LinkedData is what a page's JSON-LD (schema.org) says of its article.
type LinkedData struct {
	Type          string // NewsArticle, Article, BlogPosting, … or WebPage
	Headline      string
	DatePublished string // as written
	Author        string // the names, joined with ", "
	Publisher     string
	Language      string
	URL           string // url, else mainEntityOfPage
}

// articleTypes are the schema.org types whose datePublished is the
// article's; WebPage is taken only when no article type is there.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "socialmediaposting": true, "discussionforumposting": true,
}

// maxLDDepth bounds how deep into nested objects the search goes.
const maxLDDepth = 6

// ParseJSONLD reads the contents of one <script type="application/ld+json">
// and returns the articles it describes, articles first, then web pages.
// The block may be an object, an array, or an object with an @graph;
// comment markers around it are ignored; a block that is no JSON gives
// nothing.
func ParseJSONLD(block string) []LinkedData {
	block = strings.TrimSpace(block)
	for _, wrap := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if strings.HasPrefix(block, wrap[0]) {
			block = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(block, wrap[0]), wrap[1]))
		}
	}
	var v any
	if err := json.Unmarshal([]byte(block), &v); err != nil {
		// Line breaks and tabs inside strings are a common slip of
		// hand-written JSON-LD; try once more without them.
		fixed := strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(block)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return nil
		}
	}
	var articles, pages []LinkedData
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > maxLDDepth {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, item := range x {
				walk(item, depth+1)
			}
		case map[string]any:
			if graph, ok := x["@graph"]; ok {
				walk(graph, depth+1)
			}
			switch kind := ldType(x["@type"]); {
			case articleTypes[strings.ToLower(kind)]:
				articles = append(articles, readLD(x, kind))
			case strings.EqualFold(kind, "WebPage"):
				pages = append(pages, readLD(x, kind))
				// A page's main entity is often the article itself.
				if main, ok := x["mainEntity"]; ok {
					walk(main, depth+1)
				}
			}
		}
	}
	walk(v, 0)
	return append(articles, pages...)
}

// ldType returns the first schema.org type of an @type value, without a
// vocabulary prefix ("schema:NewsArticle", "https://schema.org/Article").
func ldType(v any) string {
	var types []string
	switch x := v.(type) {
	case string:
		types = []string{x}
	case []any:
		for _, t := range x {
			if s, ok := t.(string); ok {
				types = append(types, s)
			}
		}
	}
	for _, t := range types {
		t = t[strings.LastIndexAny(t, "/:#")+1:]
		if articleTypes[strings.ToLower(t)] {
			return t
		}
	}
	for _, t := range types {
		t = t[strings.LastIndexAny(t, "/:#")+1:]
		if strings.EqualFold(t, "WebPage") {
			return t
		}
	}
	return ""
}

func readLD(x map[string]any, kind string) LinkedData {
	d := LinkedData{
		Type:          kind,
		Headline:      text(x["headline"]),
		DatePublished: text(x["datePublished"]),
		Author:        names(x["author"]),
		Publisher:     names(x["publisher"]),
		Language:      language(x["inLanguage"]),
		URL:           text(x["url"]),
	}
	if d.Headline == "" {
		d.Headline = text(x["name"])
	}
	if d.URL == "" {
		d.URL = id(x["mainEntityOfPage"])
	}
	return d
}

// text is a string value, or "" for anything else.
func text(v any) string {
	s, _ := v.(string)
	return clean(s)
}

// names reads a person or organisation, a name, or a list of them.
func names(v any) string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 2 {
			return
		}
		switch x := v.(type) {
		case string:
			if s := clean(x); s != "" && !strings.Contains(s, "://") {
				out = append(out, s)
			}
		case map[string]any:
			add(x["name"], depth+1)
		case []any:
			for _, item := range x {
				add(item, depth+1)
			}
		}
	}
	add(v, 0)
	seen := map[string]bool{}
	uniq := out[:0]
	for _, n := range out {
		if !seen[n] {
			seen[n] = true
			uniq = append(uniq, n)
		}
	}
	return strings.Join(uniq, ", ")
}

// language reads inLanguage: a code, or a Language with a name or an
// alternateName.
func language(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case map[string]any:
		if s := text(x["alternateName"]); s != "" {
			return s
		}
		return text(x["name"])
	}
	return ""
}

// id reads an address given as a string or as {"@id": …}.
func id(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case map[string]any:
		return text(x["@id"])
	}
	return ""
}
