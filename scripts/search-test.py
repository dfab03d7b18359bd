#!/usr/bin/env python3
"""Search test: serves a built site on 127.0.0.1 and, in headless Chromium, searches it the way a
reader does (the search page with ?q=). Each case searches an inflected word and must find a page that
has only other forms of it, which proves the index stems the language. Exit 1 when a case fails.

Usage: scripts/search-test.py OUTPUT_DIR
"""
import html, json, os, re, sys, urllib.request

from browser import chromium, search_results, served

# (language folder, query, other inflected forms of the query word): some page found must have one of
# the other forms and not the query's form.
CASES = [
    ("", "nuorten", {"nuori", "nuoren", "nuoret", "nuoria", "nuorille", "nuorilla", "nuorista"}),
    ("sv/", "barnens", {"barn", "barns", "barnen", "barnet", "barnets"}),
]


def indexed_text(page_html):
    """The words Pagefind indexes: the main element marked for it, without the charts."""
    match = re.search(r"<main[^>]*data-pagefind-body[^>]*>(.*)</main>", page_html, re.S)
    if not match:
        return ""
    text = re.sub(r'<figure class="chart-block".*?</figure>', " ", match.group(1), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).lower()


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "output")
    problems = []
    report = []
    with served(root) as base, chromium() as driver:
        for prefix, query, forms in CASES:
            status, urls = search_results(driver, base, prefix, query)
            other_forms = []
            for url in urls:
                text = indexed_text(urllib.request.urlopen(url).read().decode("utf-8"))
                words = set(re.findall(r"\w+", text))
                if query not in words and words & forms:
                    other_forms.append((url[len(base):], sorted(words & forms)))
            report.append({"query": query, "language": prefix or "default", "results": len(urls),
                           "pages_with_other_forms_only": len(other_forms),
                           "example": other_forms[0] if other_forms else None})
            if not other_forms:
                problems.append(f"{prefix}haku/?q={query}: {status!r}; no result has only another form of '{query}'")
    print(json.dumps(report, ensure_ascii=False))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
