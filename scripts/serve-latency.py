#!/usr/bin/env python3
"""Times `hyte serve` from saving one measure to the reload event the browser gets.

    scripts/serve-latency.py HYTE CONTENT [EDITS] [title|text]

CONTENT is copied to a temporary folder; the measure `ankkuritoiminta` of the example plan (or the
first measure) gets a new title (or a sentence more in its text) EDITS times (default 10), and each
save is timed until `event: reload` arrives on /_hyte/events for the measure's page, open in a
"browser" as the reload script opens it. A new title shows on every page that
names the measure (in the example: its goals, the lists, all eleven municipality cards and their
compiled cards); new text only on the measure's own pages. Prints one JSON line: the times in ms, the median, and the
server's own "rebuilt in" lines (SUMMARY=1: one line of text instead). Used by scripts/bench; a
benchmark, not a test.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


def main():
    hyte, content = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    kind = sys.argv[4] if len(sys.argv) > 4 else "title"
    work = tempfile.mkdtemp(prefix="hyte-serve-bench-")
    try:
        shutil.copytree(content, os.path.join(work, "content"))
        measures = os.path.join(work, "content", "measures")
        names = sorted(n for n in os.listdir(measures) if n.endswith(".md") and n.count(".") == 1)
        name = "ankkuritoiminta.md" if "ankkuritoiminta.md" in names else names[0]
        path = os.path.join(measures, name)
        original = open(path, encoding="utf-8").read()
        title = re.search(r'^title:\s*"?(.*?)"?\s*$', original, re.M).group(1)

        server = subprocess.Popen([hyte, "serve", "--content", os.path.join(work, "content"),
                                   "--templates", os.path.join(work, "templates"), "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
        log = []
        threading.Thread(target=lambda: [log.append(line.strip()) for line in server.stderr], daemon=True).start()
        # The first build: the root page answers once it is done.
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=300).read()

        events = []
        arrived = threading.Condition()

        def listen():
            # As the reload script of the measure's own page connects: that page is open while it is edited.
            page = "/toimenpiteet/" + name[:-3] + "/"
            stream = urllib.request.urlopen(f"http://127.0.0.1:{port}/_hyte/events?page={page}", timeout=600)
            for raw in stream:
                line = raw.decode().strip()
                if line.startswith("event:"):
                    with arrived:
                        events.append((time.perf_counter(), line.split(":", 1)[1].strip()))
                        arrived.notify_all()

        threading.Thread(target=listen, daemon=True).start()
        time.sleep(1.0)  # the stream is open and any event for the first build has passed
        with arrived:
            events.clear()
        times = []
        for i in range(edits):
            if kind == "title":
                text = original.replace(title, f"{title} ({i + 1})", 1)
            else:
                text = original.rstrip("\n") + f" Muokattu {i + 1}. kerran.\n"
            with arrived:
                seen = len(events)
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            with arrived:
                if not arrived.wait_for(lambda: len(events) > seen, timeout=60):
                    raise SystemExit("serve-latency: no event within 60 s")
                when, event = events[seen]
            if event != "reload":
                raise SystemExit(f"serve-latency: got {event!r} instead of reload: {log[-3:]}")
            times.append(round((when - start) * 1000, 1))
            time.sleep(0.3)
        server.terminate()
        server.wait(timeout=10)
        server = [line for line in log if "rebuilt" in line][-4:]
        if os.environ.get("SUMMARY"):
            print(f"hyte serve, a measure's {kind} saved → reload event: median {statistics.median(times):.0f} ms of {edits} saves "
                  f"({min(times):.0f}–{max(times):.0f} ms); the server's last: {'; '.join(l.removeprefix('hyte: ') for l in server[-2:])}")
        else:
            print(json.dumps({"measure": name, "edit": kind, "edits": edits, "ms": times, "median_ms": statistics.median(times),
                              "server": server}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
