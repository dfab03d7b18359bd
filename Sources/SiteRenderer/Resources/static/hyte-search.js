// Search page: runs the query in ?q= against the Pagefind index of the page's language (Pagefind
// reads <html lang>). The page works without this script: it says so and lists the site's sections.
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
document.getElementById("search-without-script").hidden = true;

const query = (new URLSearchParams(location.search).get("q") || "").trim();
input.value = query;
if (query) search(query);

async function search(query) {
  status.textContent = form.dataset.searching;
  let pagefind;
  try {
    pagefind = await import("./pagefind/pagefind.js");
    // Result URLs start from the site root as served, so the site works from any folder.
    await pagefind.options({ baseUrl: new URL("./", import.meta.url).pathname });
  } catch {
    status.textContent = form.dataset.unavailable;
    return;
  }
  const found = await pagefind.search(document.documentElement.lang === "fi" ? finnishStems(query) : query);
  const pages = await Promise.all(found.results.slice(0, 100).map((result) => result.data()));
  list.replaceChildren(...pages.map(item));
  const message = pages.length ? form.dataset.results : form.dataset.none;
  status.textContent = message.replace("{n}", String(found.results.length)).replace("{q}", query);
}

function item(page) {
  const li = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta.title || page.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.append(...marked(page.excerpt));
  li.append(heading, excerpt);
  return li;
}

// The excerpt is HTML with <mark> around the words found. Only its text and those marks are kept,
// built as nodes, so nothing from the index is ever parsed into the page as markup.
function marked(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
  return Array.from(parsed.childNodes, (node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

// Pagefind stems Finnish with Snowball, which keeps some forms of a word apart: "nuorten" becomes
// "nuort" but "nuoret" "nuore". Pagefind matches word beginnings, so a query word cut before its
// case and plural endings finds every form. The stem keeps at least four letters.
const FINNISH_ENDINGS = [
  "itten", "iden", "tten", "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille", "iksi",
  "ten", "jen", "ien", "den", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "ina", "inä",
  "na", "nä", "en", "et", "it", "t", "n", "a", "ä",
];

function finnishStems(query) {
  return query.split(/\s+/).map((word) => {
    const lower = word.toLowerCase();
    const ending = FINNISH_ENDINGS.find((end) => lower.endsWith(end) && lower.length - end.length >= 4);
    return ending ? lower.slice(0, -ending.length) : lower;
  }).join(" ");
}
