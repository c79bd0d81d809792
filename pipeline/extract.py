"""HTML to text lines with beautifulsoup4 (lxml parser).

Headings, paragraphs, list items (as `- item`) and table rows (cells joined by ` | `) become lines;
script, style, nav, header, footer, aside, form and hidden elements are dropped; `<pre>` keeps its
line breaks. The walk over the tree is iterative, so a 5,000-deep nest of elements costs no recursion.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from bs4 import (
    BeautifulSoup,
    Comment,
    MarkupResemblesLocatorWarning,
    NavigableString,
    Tag,
    XMLParsedAsHTMLWarning,
)
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from pipeline.page import Link

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
CELL_TAGS = frozenset({"td", "th"})
LINE_TAGS = BLOCK_TAGS | HEADING_TAGS | {"li", "tr"}
# A table cell with at most this much text (seen within DATA_CELL_MAX_NODES nodes) is a data cell: its
# paragraphs, line breaks and lists stay on the row's line. A longer cell is page layout (a whole
# article in a `<td>`), whose paragraphs must stay lines of their own.
DATA_CELL_MAX_CHARS = 200
DATA_CELL_MAX_NODES = 500


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title_hint: str | None
    links: tuple[Link, ...] = ()  # every link with an address and text, in page order


def _is_hidden(tag: Tag) -> bool:
    if tag.name in DROP_TAGS:
        return True
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(str(style)))


def _is_data_cell(cell: Tag) -> bool:
    """True for a short cell of a data table, False for a layout cell that holds page content."""
    chars = 0
    for n, node in enumerate(cell.descendants):
        if n >= DATA_CELL_MAX_NODES:
            return False
        if isinstance(node, Tag) and node.name in ("table", "h1", "h2"):
            return False
        if isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
            chars += len(node.strip())
            if chars > DATA_CELL_MAX_CHARS:
                return False
    return True


class _LineBuilder:
    """Collects inline text into lines; block boundaries end the current line.

    A table row collects its cells in `cells` and becomes one line, the cells joined by ` | `
    (no separator before the first cell or after the last).
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.cells: list[str] | None = None  # the finished cells of the row being built
        self.prefix = ""

    def text(self, s: str) -> None:
        self.current.append(s)

    def _take(self) -> str:
        text = _SPACE_RE.sub(" ", "".join(self.current)).strip()
        self.current = []
        return text

    def start_row(self) -> None:
        self.end_line()
        self.cells = []

    def start_cell(self) -> None:
        if self.cells is None:  # a cell outside a row, or after a layout cell of the same row
            self.start_row()
        assert self.cells is not None
        self.cells.append(self._take())  # what came before this cell: the previous cell

    def end_line(self) -> None:
        if self.cells is not None:
            cells = [*self.cells, self._take()]
            while cells and not cells[0]:
                cells.pop(0)
            while cells and not cells[-1]:
                cells.pop()
            line = " | ".join(c or " " for c in cells)  # an empty inner cell keeps its place: `a | | c`
            line = _SPACE_RE.sub(" ", line)
            self.cells = None
        else:
            line = self._take()
        if line.strip(" |"):
            self.lines.append(self.prefix + line)
        self.prefix = ""


def _meta_or_title_hint(soup: BeautifulSoup) -> str | None:
    meta = soup.find("meta", attrs={"property": "og:title"})
    if isinstance(meta, Tag) and meta.get("content"):
        return _SPACE_RE.sub(" ", str(meta["content"])).strip() or None
    if soup.title and soup.title.string:
        # `<title>` usually carries the site name after a separator.
        return _TITLE_SUFFIX_RE.sub("", _SPACE_RE.sub(" ", soup.title.string).strip()) or None
    return None


_TITLE_OPEN_RE = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE_RE = re.compile(r"</title\s*>", re.IGNORECASE)


def _close_unclosed_title(html: str) -> str:
    """Close a `<title>` that is never closed, at the first tag after it.

    Title text is raw text up to `</title>` (the HTML standard's RCDATA): left unclosed, the title
    swallowed the whole page, whose text then came out empty and the document was rejected as too
    short. The title's own text cannot hold tags, so the first `<` after it is where it was meant to end.
    """
    opened = _TITLE_OPEN_RE.search(html)
    if opened is None or _TITLE_CLOSE_RE.search(html, opened.end()):
        return html
    end = html.find("<", opened.end())
    return html if end < 0 else f"{html[:end]}</title>{html[end:]}"


def _parse(html: str) -> BeautifulSoup:
    # bs4 warns on XHTML (an `<?xml` declaration) and on short markup that looks like a file name or
    # URL; both are ordinary web pages here, and a warning per page would flood the run's log.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(_close_unclosed_title(html), "lxml")


def html_to_text(html: str) -> Extracted:
    """Extract readable lines from an HTML page.

    The title hint is the first `<h1>` that is kept (an `<h1>` in a dropped `nav`/`header` or a
    hidden one is the site's logo, not the article's title), else `og:title`, else `<title>`.

    >>> html_to_text("<h1>Judul</h1><nav>Menu</nav><p>Isi <b>tebal</b>.</p><ul><li>Satu</li></ul>").text
    'Judul\\nIsi tebal.\\n- Satu'
    """
    soup = _parse(html)
    out = _LineBuilder()
    h1_hint: str | None = None
    flat = 0  # > 0 inside a data cell: block boundaries there are spaces, not line ends
    pre = 0  # > 0 inside <pre>: its newlines end lines
    # (node, closing, mark): closing=True marks the end of an element, to close its line or cell;
    # `mark` is what the opening noted for the closing (a data cell, or where an <h1> began).
    stack: list[tuple[object, bool, int]] = [(soup, False, 0)]
    links: list[tuple[str, str, int]] = []  # text, address, and the index of the line it opens in
    while stack:
        node, closing, mark = stack.pop()
        if isinstance(node, NavigableString):
            if isinstance(node, _SKIPPED_STRINGS):
                continue
            if pre and not flat and "\n" in node:
                first, *rest = str(node).split("\n")
                out.text(first)
                for part in rest:
                    out.end_line()
                    out.text(part)
            else:
                out.text(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if closing:
            if name == "pre":
                pre -= 1
            if name in CELL_TAGS:
                if mark:
                    flat -= 1
                else:
                    out.end_line()
            elif name == "h1" and not flat:
                out.end_line()
                if h1_hint is None and len(out.lines) > mark:
                    h1_hint = " ".join(out.lines[mark:])
            elif name in LINE_TAGS:
                if flat:
                    out.text(" ")
                else:
                    out.end_line()
            continue
        if node is not soup and _is_hidden(node):
            continue
        mark = 0
        if name == "br":
            if flat:
                out.text(" ")
            else:
                out.end_line()
            continue
        if name in CELL_TAGS:
            if _is_data_cell(node):
                out.start_cell()
                flat += 1
                mark = 1
            else:
                out.end_line()
        elif name == "tr" and not flat:
            out.start_row()
        elif name in LINE_TAGS:
            if flat:
                out.text(" ")
            else:
                out.end_line()
                if name == "li":
                    out.prefix = "- "
                elif name == "h1":
                    mark = len(out.lines)
        if name == "a":
            href = node.get("href")
            anchor = _SPACE_RE.sub(" ", "".join(node.strings)).strip()
            if isinstance(href, str) and href.strip() and anchor:
                links.append((anchor, href.strip(), len(out.lines)))
        if name == "pre":
            pre += 1
        stack.append((node, True, mark))
        stack.extend((child, False, 0) for child in reversed(node.contents))
    out.end_line()
    lines = out.lines
    return Extracted(
        "\n".join(lines),
        h1_hint or _meta_or_title_hint(soup),
        tuple(
            Link(text, href, lines[i] if i < len(lines) and text in lines[i] else "")
            for text, href, i in links
        ),
    )
