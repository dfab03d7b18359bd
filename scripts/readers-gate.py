#!/usr/bin/env python3
"""Readers' gate: what a resident sees on a phone, counted in headless Chromium.

Opens one page of every page type (every top-level folder of every language, and the first page in
it) at 390 px and at 320 px, emulating a phone, and counts:

- words split across lines: a word of 25 letters or fewer whose letters lie on more than one line
  (hyphenation counts too: the words this gate looks at are short enough for one line);
- charts without a visible title: a figure with a chart whose `.chart-title` is missing, hidden or
  below the drawing;
- chart text under 11 px: SVG text drawn smaller than 11 CSS px after the drawing is scaled;
- chart labels cut with "…";
- sideways page scroll.

Prints one JSON line with the counts and then each finding; exit 1 when any count is above 0.

Usage: scripts/readers-gate.py OUTPUT_DIR [OUTPUT_DIR …]
"""
import json, os, sys

from browser import chromium, served

WIDTHS = (390, 320)
SKIPPED = {"assets", "data", "pagefind", "haku"}

# Runs in the page; returns the findings of one page at the current width.
MEASURE = r"""
const findings = {split: [], untitled: [], small: [], cut: [], scroll: []};
// Closed <details> keep their content laid out in Chromium (content-visibility: hidden), so geometry
// alone does not tell what is on screen; checkVisibility does.
const shown = new Map();
const onScreen = (el) => {
  if (!shown.has(el)) shown.set(el, el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}));
  return shown.get(el);
};
const visible = (el) => {
  if (!onScreen(el) || !el.getClientRects().length) return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
};
const wordPattern = /\p{L}+/gu;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
  acceptNode(node) {
    const parent = node.parentElement;
    if (!parent || parent.closest("svg, script, style, noscript, template") || !onScreen(parent)) return NodeFilter.FILTER_REJECT;
    return NodeFilter.FILTER_ACCEPT;
  }
});
const range = document.createRange();
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.nodeValue;
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    if (word.length < 2 || word.length > 25) continue;
    range.setStart(node, match.index);
    range.setEnd(node, match.index + word.length);
    const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
    if (rects.length < 2) continue;
    const top = rects[0].top, height = rects[0].height;
    if (rects.some(r => Math.abs(r.top - top) > height / 2)) {
      findings.split.push(word + " (" + (node.parentElement.closest("[id]") || {id: ""}).id + ")");
    }
  }
}
for (const figure of document.querySelectorAll("figure")) {
  const svg = figure.querySelector("svg");
  if (!svg || !visible(svg)) continue;
  const title = figure.querySelector(".chart-title");
  const name = figure.id || (svg.getAttribute("aria-labelledby") || "");
  if (!title || !visible(title) || title.getBoundingClientRect().top > svg.getBoundingClientRect().top) {
    findings.untitled.push(name);
  }
}
for (const text of document.querySelectorAll("svg text")) {
  if (!visible(text)) continue;
  const matrix = text.getScreenCTM();
  if (!matrix) continue;
  const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
  const label = text.textContent.trim();
  if (size < 10.95) findings.small.push(label.slice(0, 40) + " " + size.toFixed(1) + "px");
  if (label.includes("…")) findings.cut.push(label);
}
const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
if (overflow > 0) findings.scroll.push(overflow + "px");
return findings;
"""

KINDS = ("split", "untitled", "small", "cut", "scroll")
NAMES = {"split": "words split across lines", "untitled": "charts without a visible title",
         "small": "chart text under 11 px", "cut": "labels cut with …", "scroll": "sideways scroll"}


def sample_pages(root):
    """Every top-level folder with a page, in every language folder, and the first page inside it."""
    languages = [""] + [p + "/" for p in sorted(os.listdir(root))
                        if len(p) == 2 and os.path.isfile(os.path.join(root, p, "index.html"))]
    pages = []
    for prefix in languages:
        base = os.path.join(root, prefix)
        pages.append(prefix)
        for kind in sorted(os.listdir(base)):
            folder = os.path.join(base, kind)
            if kind in SKIPPED or (prefix == "" and kind + "/" in languages) or not os.path.isfile(os.path.join(folder, "index.html")):
                continue
            pages.append(prefix + kind + "/")
            children = sorted(d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "index.html")))
            if children:
                pages.append(prefix + kind + "/" + children[0] + "/")
    return pages


def check(driver, base, pages):
    counts = {kind: 0 for kind in KINDS}
    findings = []
    for width in WIDTHS:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        for page in pages:
            driver.get(base + page)
            result = driver.execute_script(MEASURE)
            for kind in KINDS:
                counts[kind] += len(result[kind])
                for item in result[kind][:5]:
                    findings.append(f"{width}px /{page}: {NAMES[kind]}: {item}")
                if len(result[kind]) > 5:
                    findings.append(f"{width}px /{page}: {NAMES[kind]}: … and {len(result[kind]) - 5} more")
    return counts, findings


def main():
    roots = [os.path.abspath(p) for p in (sys.argv[1:] or ["output"])]
    total = {kind: 0 for kind in KINDS}
    report = []
    pages_seen = 0
    with chromium() as driver:
        for root in roots:
            with served(root) as base:
                pages = sample_pages(root)
                pages_seen += len(pages)
                counts, findings = check(driver, base, pages)
            for kind in KINDS:
                total[kind] += counts[kind]
            report += [f"{os.path.basename(root)}: {f}" for f in findings]
    print(json.dumps({"pages": pages_seen, "widths": list(WIDTHS), **{NAMES[k]: total[k] for k in KINDS}}, ensure_ascii=False))
    for line in report:
        print(line)
    return 1 if any(total.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
