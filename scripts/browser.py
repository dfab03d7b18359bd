"""What the browser checks share: a built site served on 127.0.0.1 and headless Chromium driven by Selenium."""
import contextlib, functools, http.server, shutil, threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


@contextlib.contextmanager
def served(root):
    """Serves `root` on a free port of 127.0.0.1; yields the base URL ending in '/'."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@contextlib.contextmanager
def chromium():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    # Debian's chromium and chromedriver, named outright so Selenium never looks for a browser online.
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def search_results(driver, base, prefix, query, timeout=20):
    """Opens the search page of a language folder with ?q=, waits for the search to finish and returns
    (status text, result URLs)."""
    from urllib.parse import quote
    from selenium.webdriver.support.ui import WebDriverWait
    driver.get(f"{base}{prefix}haku/?q={quote(query)}")
    searching = driver.find_element("id", "search-form").get_attribute("data-searching")
    WebDriverWait(driver, timeout).until(
        lambda d: d.find_element("id", "search-status").text not in ("", searching))
    links = driver.find_elements("css selector", "#search-results a")
    return driver.find_element("id", "search-status").text, [link.get_attribute("href") for link in links]
