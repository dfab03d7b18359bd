#!/usr/bin/env python3
"""Accessibility gate: serves a built site on 127.0.0.1, opens one page of every page type in every
language in headless Chromium (Selenium), runs axe-core with the WCAG 2.1 A and AA rules, and checks
that at 320 px no page scrolls sideways and that keyboard focus is visible. Exit 1 on any finding.

Usage: scripts/accessibility-gate.py OUTPUT_DIR
"""
import json, os, sys

from selenium.webdriver.common.keys import Keys

import axe_playwright_python

from browser import chromium, search_results, served

AXE = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def sample_pages(root):
    """One page of each kind, in every language folder present."""
    kinds = ["", "painopisteet/", "tavoitteet/", "toimenpiteet/", "indikaattorit/", "kunnat/", "toimijat/", "yhteistyo/",
             "vuosikello/", "yhdyspinnat/", "vastuut/", "raportit/", "saavutettavuusseloste/", "data/", "paivitykset/"]
    prefixes = [""] + [p + "/" for p in ("sv", "en", "fi") if os.path.isdir(os.path.join(root, p))]
    pages = []
    for prefix in prefixes:
        for kind in kinds:
            folder = os.path.join(root, prefix + kind)
            if not os.path.isfile(os.path.join(folder, "index.html")):
                continue
            pages.append(prefix + kind)
            if kind:
                children = sorted(d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "index.html")))
                if children:
                    pages.append(prefix + kind + children[0] + "/")
        if os.path.isfile(os.path.join(root, prefix + "404.html")):
            pages.append(prefix + "404.html")
        if os.path.isfile(os.path.join(root, prefix + "haku", "index.html")):
            pages.append(prefix + "haku/")  # checked with a query's results shown
    return pages


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "output")
    with served(root) as base, chromium() as driver:
        problems, pages = check(driver, base, root)
    print(json.dumps({"pages": len(pages), "problems": len(problems)}))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def check(driver, base, root):
    axe = open(AXE, encoding="utf-8").read()
    problems = []
    pages = sample_pages(root)
    for page in pages:
        driver.set_window_size(1280, 900)
        if page.endswith("haku/"):
            search_results(driver, base, page[:-len("haku/")], "hyvinvointi")
        else:
            driver.get(base + page)
        driver.execute_script(axe)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations));", TAGS)
        for violation in result:
            targets = [node["target"] for node in violation["nodes"][:3]]
            problems.append(f"{page}: axe {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
        driver.set_window_size(320, 900)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        if overflow > 0:
            problems.append(f"{page}: scrolls sideways by {overflow}px at 320px width")
        driver.set_window_size(1280, 900)
        body = driver.find_element("tag name", "body")
        body.send_keys(Keys.TAB)
        visible = driver.execute_script(
            "const e = document.activeElement; if (!e || e === document.body) return false;"
            "const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';")
        if not visible:
            problems.append(f"{page}: keyboard focus is not visible on the first focusable element")
    return problems, pages


if __name__ == "__main__":
    sys.exit(main())
