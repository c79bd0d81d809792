"""HTML to text lines with beautifulsoup4 (lxml parser).

Headings, paragraphs, list items (as `- item`) and table rows (cells joined by ` | `) become lines;
script, style, nav, header, footer, aside, form and hidden elements are dropped. The walk over the
tree is iterative, so a 5,000-deep nest of elements costs no recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "svg",
        "canvas",
        "button",
        "select",
        "option",
        "input",
        "textarea",
        "label",
        "object",
        "embed",
        "audio",
        "video",
        "map",
        "dialog",
        "head",
        "meta",
        "link",
    }
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "ul",
        "ol",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "center",
        "details",
        "summary",
        "fieldset",
        "hr",
        "body",
        "html",
    }
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE_RE = re.compile(r"[ \t\r\n\f\v]+")
_SKIPPED_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_TITLE_SUFFIX_RE = re.compile(r"\s+[|\-–—·]\s+[^|\-–—·]{1,40}$")


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title_hint: str | None


def _is_hidden(tag: Tag) -> bool:
    if tag.name in DROP_TAGS:
        return True
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(str(style)))


class _LineBuilder:
    """Collects inline text into lines; block boundaries end the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""

    def text(self, s: str) -> None:
        self.current.append(s)

    def cell_break(self) -> None:
        self.current.append(" | ")

    def end_line(self) -> None:
        line = _SPACE_RE.sub(" ", "".join(self.current)).strip()
        if line.strip(" |"):
            self.lines.append(self.prefix + line)
        self.current = []
        self.prefix = ""


def _title_hint(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    if isinstance(h1, Tag):
        text = _SPACE_RE.sub(" ", h1.get_text(" ")).strip()
        if text:
            return text
    meta = soup.find("meta", attrs={"property": "og:title"})
    if isinstance(meta, Tag) and meta.get("content"):
        return _SPACE_RE.sub(" ", str(meta["content"])).strip() or None
    if soup.title and soup.title.string:
        # `<title>` usually carries the site name after a separator.
        return _TITLE_SUFFIX_RE.sub("", _SPACE_RE.sub(" ", soup.title.string).strip()) or None
    return None


def html_to_text(html: str) -> Extracted:
    """Extract readable lines from an HTML page.

    >>> html_to_text("<h1>Judul</h1><nav>Menu</nav><p>Isi <b>tebal</b>.</p><ul><li>Satu</li></ul>").text
    'Judul\\nIsi tebal.\\n- Satu'
    """
    soup = BeautifulSoup(html, "lxml")
    hint = _title_hint(soup)
    out = _LineBuilder()
    # (node, closing): closing=True marks the end of an element, to close its line or cell.
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                out.text(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if closing:
            if name in ("td", "th"):
                out.cell_break()
            elif name in BLOCK_TAGS or name in HEADING_TAGS or name in ("li", "tr"):
                out.end_line()
            continue
        if node is not soup and _is_hidden(node):
            continue
        if name == "br":
            out.end_line()
            continue
        if name in BLOCK_TAGS or name in HEADING_TAGS or name in ("li", "tr"):
            out.end_line()
            if name == "li":
                out.prefix = "- "
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    out.end_line()
    return Extracted("\n".join(out.lines), hint)
