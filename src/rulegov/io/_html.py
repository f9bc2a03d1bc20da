r"""Web pages as text: the article body without the site around it, tables as pipe rows.

Government websites wrap a document in navigation, breadcrumbs (当前位置：首页 > …), print and font
controls (【打印】 【关闭】, 字体：大 中 小), visit counters (浏览次数), share bars (分享到), footers
(版权所有, 主办单位, ICP备…) and greetings (今天是…). This reader keeps the document:

1. The page is decoded as its ``<meta charset>`` says (GB2312 and GBK read as GB18030), or else
   as UTF-8 or GB18030, whichever reads it.
2. It is parsed by selectolax (the lexbor engine), which builds any depth of nesting without
   recursion and never drops text.
3. The body is the page's known article container (``TRS_Editor``, ``#zoom``, ``ucapcontent``,
   ``.pages_content``, ``.article-content``…) when one holds most of the text, else the
   smallest block that holds three quarters of the page's Chinese text outside links.
4. The government-information-disclosure block (政府信息公开: 索引号, 主题分类, 发文机关 or 发布机构,
   成文日期, 发布日期, 发文字号 or 文号), wherever it sits on the page, is written first as
   ``标签：值`` lines, then the title, then the body.
5. Tables stay tables: every data table becomes pipe rows (``|序号|工作任务|牵头单位|``), with
   ``rowspan`` and ``colspan`` expanded into a full grid that repeats the merged cell's text.
   Layout tables (one column, holding other tables, or with a cell that holds a whole article
   of paragraphs) are read as blocks; a data table is read as a whole wherever it sits, the
   paragraphs and line breaks of a cell joined into the cell, its caption written above it.

Every walk over the tree is a loop, never a recursion. The engine's time grows with the square
of the nesting depth (20,000 elements deep take a second, 200,000 minutes), so a page that leaves
more than 20,000 elements open at once is refused with a ``too-deep`` error before it is parsed.

Examples:
    >>> text, meta = html_text(
    ...     "<html><body><div class='nav'>当前位置：首页 > 政策文件</div>"
    ...     "<table><tr><td>索 引 号：</td><td>001/2024-01</td>"
    ...     "<td>发文字号：</td><td>某政发〔2024〕1号</td></tr></table>"
    ...     "<div class='TRS_Editor'><p>一、加强领导</p><p>1.召开会议。</p></div>"
    ...     "<div>【打印】 【关闭】</div><div>版权所有：某市人民政府</div></body></html>".encode(),
    ...     "page.html",
    ... )
    >>> print(text)
    索引号：001/2024-01
    发文字号：某政发〔2024〕1号
    一、加强领导
    1.召开会议。
    >>> meta["发文字号"]
    '某政发〔2024〕1号'
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

import attrs

from rulegov._text import INVISIBLE_RUN, LINE_TAGS, text_error
from rulegov.errors import MissingExtraError, ParseError
from rulegov.io._bytes import bom_text, chinese_text, cut_character, cut_short_warning
from rulegov.io._formats import start_of_markup
from rulegov.model import Diagnostic

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["META_LABELS", "html_text", "page_text"]

META_LABELS = (
    "索引号",
    "主题分类",
    "发文机关",
    "发布机构",
    "成文日期",
    "发布日期",
    "发文字号",
    "文号",
)
"""The labels of the disclosure block written before the body, in this order."""

_MAX_SPAN = 100
_MAX_COLUMNS = 200
_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "svg",
        "nav",
        "footer",
        "aside",
        "head",
        "-comment",
    }
)
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "section",
        "article",
        "main",
        "header",
        "blockquote",
        "pre",
        "center",
        "form",
        "hr",
        "address",
        "figure",
        "figcaption",
        "caption",
        "ucapcontent",
        "ucaptitle",
        "body",
        "html",
        "td",
        "th",
    }
)
_CONTAINERS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "form",
        "center",
        "body",
        "html",
        "table",
        "tbody",
        "tr",
        "td",
        "th",
    }
    | {"ucapcontent", "font", "span", "dd", "dl", "ul", "li", "blockquote", "header"}
)
_KNOWN = (
    ".TRS_Editor",
    "#UCAP-CONTENT",
    "ucapcontent",
    "#zoom",
    "#Zoom",
    "#zoomcon",
    ".pages_content",
    ".article-content",
    ".art_con",
    ".zw",
    "#Content",
    ".article",
    ".content",
    "#content",
    "article",
    "main",
)
_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")
_ANY_SPACE = re.compile(r"\s")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_TIGHT = re.compile(
    r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
_LABEL = re.compile(
    "("
    + "|".join(
        r"\s*".join(label) for label in sorted((*META_LABELS, "标题"), key=len, reverse=True)
    )
    + r")\s*[：:]"
)
# a label alone in a table cell, without its colon (|发文字号|某政发〔2024〕1号|): the next cell
# holds its value
_CELL_LABEL = re.compile(_LABEL.pattern[: -len(r"\s*[：:]")] + r"\s*[：:]?")
_CHROME = re.compile(
    r"当前位置|您的位置|你的位置|所在位置|^\s*首\s*页\s*[>＞»›]|【\s*(?:打印|关闭|大|中|小)|打印本页|关闭窗口"
    r"|^\s*(?:打印|关闭|收藏|返回|返回顶部|上一篇|下一篇|分享)\s*$|字\s*[体号]\s*[：:]\s*[【\[]?\s*大"
    r"|浏览次数|访问量|阅读次数|点击数|浏览量|分享到|版权所有|主办单位|承办单位|主\s*办\s*[：:]|ICP备|公网安备"
    r"|网站标识码|技术支持|^\s*今天是|扫一扫|手机扫描|在手机上打开|网站地图|联系我们|无障碍"
)
# a table cell with this many paragraphs or line breaks holds an article, not a datum
_ARTICLE_LINES = 40
_ARTICLE_WEIGHT = 6000  # about 3,000 Chinese characters
_CHROME_MAX = 80
_MOSTLY = 200  # at most one damaged character in this many
# no real page leaves more elements open at once; the engine's time grows with its square
_MAX_DEPTH = 20_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>")
# elements that hold nothing (br, img) or that the next of their kind closes (p, li, td)
_NOT_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rp",
        "html",
        "head",
        "body",
    ]
)
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|--|——|—|-)\s*")


def decode_page(data: bytes, source: str) -> str:
    r"""Decode a web page: BOM, then its ``charset``, then UTF-8, then GB18030.

    A page whose byte-order mark promises an encoding its bytes break is refused, as a text
    file is; without a mark, a few damaged bytes show as U+FFFD, as a browser shows them.

    Examples:
        >>> decode_page('<meta charset="gb2312"><p>法治</p>'.encode("gbk"), "p.html")[-9:]
        '<p>法治</p>'
    """
    marked = bom_text(data, source)
    if marked is not None:
        return marked
    declared = _CHARSET.search(data[:8192])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        name = _ALIASES.get(name, name)
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = ""
        if codec in ("gb18030", "utf-8", "big5", "big5hkscs", "cp1252", "iso8859-1", "ascii"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass  # a page that lies about its charset: try the others
    text = chinese_text(data)
    if text is not None:
        return text
    # as a browser does, show a few damaged bytes as U+FFFD rather than lose the page
    best = min(
        (data.decode(codec, errors="replace") for codec in ("utf-8", "gb18030")),
        key=lambda text: text.count("\ufffd"),
    )
    if best.count("\ufffd") * _MOSTLY <= len(best):
        return best
    raise _undecodable(data, source)


def _undecodable(data: bytes, source: str) -> ParseError:
    """The error for a page in no encoding it is read in, at its first byte that is not UTF-8."""
    first = 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        first = error.start
    return text_error(
        "the web page is neither in its declared charset nor UTF-8 nor GB18030; "
        "save it again as UTF-8",
        data,
        first,
        source=source,
        code="undecodable-text",
    )


def check_depth(text: str, source: str) -> None:
    """Refuse a page that leaves more than 20,000 elements open at once, before parsing it.

    The count is a linear scan of the tags: elements that hold nothing (``<br>``) or that the next
    of their kind closes (``<p>``, ``<li>``, ``<td>``) are not counted.

    Raises:
        ParseError: ``too-deep``, naming the line and column of the tag beyond the limit.

    Examples:
        >>> check_depth("<div><p>法治</p></div>" * 3, "p.html")
        >>> try:
        ...     check_depth("<div>" * 20_001, "p.html")
        ... except ParseError as error:
        ...     print(error.code, error.line, error.column, error.value)
        too-deep 1 100001 <div>
    """
    depth = 0
    for tag in _TAG.finditer(text):
        if tag[3] or tag[2].lower() in _NOT_NESTING:
            continue
        if tag[1]:
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > _MAX_DEPTH:
            raise text_error(
                f"the web page leaves more than {_MAX_DEPTH} elements open at once "
                "(unclosed or nested tags), more than any real page; save the document's text "
                "as .txt",
                text,
                tag.start(),
                source=source,
                code="too-deep",
                after=len(tag[0]),
            )


def _attribute(node: LexborNode, name: str) -> str:
    value = node.attributes.get(name)
    return value or ""


def _children(node: LexborNode) -> list[LexborNode]:
    found: list[LexborNode] = []
    child = node.child
    while child is not None:
        found.append(child)
        child = child.next
    return found


class _Page:
    """One parsed page: how much text each element holds, and which tables lay out the page."""

    def __init__(self, root: LexborNode) -> None:
        self.root = root
        self.cjk: dict[int, int] = {}
        # tables that hold other tables, or a cell of a whole article: read as blocks
        self.layout: set[int] = set()
        self.inside: set[int] = set()  # the rows, cells and contents of data tables
        self._count()

    def _count(self) -> None:
        """Weigh the text outside links under every element, bottom up, in one loop.

        A character counts once, a Chinese character twice; so a table of figures next to the
        prose still weighs in, and the prose weighs most.
        """
        order: list[tuple[LexborNode, LexborNode | None, bool]] = []
        stack: list[tuple[LexborNode, LexborNode | None, bool]] = [(self.root, None, False)]
        while stack:
            node, parent, in_link = stack.pop()
            order.append((node, parent, in_link))
            link = in_link or node.tag == "a"
            stack.extend((child, node, link) for child in _children(node) if child.tag not in _DROP)
        tables_below: set[int] = set()
        blocks: dict[int, int] = {}  # block elements under each element
        long_cells: set[int] = set()  # elements under which a cell holds a whole article
        for node, parent, in_link in reversed(order):
            own = self.cjk.get(node.mem_id, 0)
            if node.is_text_node and not in_link:
                text = node.text_content or ""
                own += len(_CJK.findall(text)) + len(text) - len(_ANY_SPACE.findall(text))
            self.cjk[node.mem_id] = own
            below = node.mem_id in tables_below
            many = blocks.get(node.mem_id, 0) + (node.tag in LINE_TAGS)
            long_cell = node.mem_id in long_cells or (
                node.tag in ("td", "th") and (many >= _ARTICLE_LINES or own >= _ARTICLE_WEIGHT)
            )
            if node.tag == "table":
                if below or long_cell:
                    self.layout.add(node.mem_id)
                many, long_cell = 0, False  # a table's lines are its own
            if parent is not None:
                self.cjk[parent.mem_id] = self.cjk.get(parent.mem_id, 0) + own
                blocks[parent.mem_id] = blocks.get(parent.mem_id, 0) + many
                if long_cell:
                    long_cells.add(parent.mem_id)
                if below or node.tag == "table":
                    tables_below.add(parent.mem_id)
        self._mark_inside([node for node, _parent, _link in order])

    def _mark_inside(self, nodes: list[LexborNode]) -> None:
        """Top down: mark the rows, cells and contents of every data table."""
        for node in nodes:
            if node.mem_id in self.inside or (
                node.tag == "table" and node.mem_id not in self.layout
            ):
                self.inside.update(child.mem_id for child in _children(node))

    def count(self, node: LexborNode) -> int:
        return self.cjk.get(node.mem_id, 0)

    def densest(self) -> LexborNode:
        """The smallest block that holds three quarters of the text of the block around it."""
        node = self.root
        while True:
            total = self.count(node)
            best: LexborNode | None = None
            for child in _children(node):
                if (
                    child.tag in _CONTAINERS
                    and self.count(child) * 4 >= total * 3
                    and total
                    and not self.is_data_table(child)
                    and child.mem_id not in self.inside
                ):
                    best = child
                    break
            if best is None:
                return node
            node = best

    def body(self) -> LexborNode:
        densest = self.densest()
        floor = max(1, self.count(densest) // 2)
        for selector in _KNOWN:
            matches = [
                m
                for m in self.root.css(selector)
                if self.count(m) >= floor and m.mem_id not in self.inside
            ]
            if matches:
                return max(matches, key=self.count)
        return densest

    def is_data_table(self, node: LexborNode) -> bool:
        """Whether the element is a data table, to be read as a grid as a whole."""
        return node.tag == "table" and _is_data_table(node, self.layout)


def _inline(parts: list[str]) -> str:
    text = _ASCII_SPACE.sub(" ", "".join(parts))
    text = _TIGHT.sub("", text)
    return text.replace("\xa0", " ").strip()


class _Renderer:
    """Lines of text from a subtree: blocks end lines, data tables become pipe rows."""

    def __init__(self, layout: set[int], skip: LexborNode | None = None) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.layout = layout
        self.skip = None if skip is None else skip.mem_id
        self.preformatted = 0  # how many <pre> the walk is inside: their line feeds end lines

    def text(self, text: str) -> None:
        if not self.preformatted:
            self.parts.append(text)
            return
        *ended, rest = text.split("\n")
        for line in ended:
            self.parts.append(line)
            self.flush()
        self.parts.append(rest)

    def flush(self) -> None:
        line = _inline(self.parts)
        self.parts = []
        if line:
            self.lines.append(line)

    def render(self, root: LexborNode) -> list[str]:
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack:
            node, closing = stack.pop()
            tag = node.tag
            if closing:
                if tag in _BLOCKS:
                    self.flush()
                if tag == "pre":
                    self.preformatted -= 1
                continue
            if node.is_text_node:
                self.text(node.text_content or "")
                continue
            if tag in _DROP or tag is None or node.mem_id == self.skip:
                continue
            if tag in _BLOCKS:
                self.flush()
            if tag == "table" and _is_data_table(node, self.layout):
                self.lines.extend(_table_rows(node, self.layout))
                continue
            if tag == "pre":
                self.preformatted += 1
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(_children(node)))
        self.flush()
        return self.lines


def _text_of(node: LexborNode, layout: set[int]) -> str:
    lines = _Renderer(layout).render(node)
    return " ".join(lines).replace("|", "｜")


def _rows(table: LexborNode) -> list[LexborNode]:
    """The rows of a table, not of the tables inside it."""
    rows: list[LexborNode] = []
    stack = list(reversed(_children(table)))
    while stack:
        node = stack.pop()
        if node.tag == "tr":
            rows.append(node)
        elif node.tag in ("tbody", "thead", "tfoot"):
            stack.extend(reversed(_children(node)))
    return rows


def _cells(row: LexborNode) -> list[LexborNode]:
    return [cell for cell in _children(row) if cell.tag in ("td", "th")]


def _is_data_table(table: LexborNode, layout: set[int]) -> bool:
    """A table of data: it holds no other table and has a row of two cells or more."""
    if table.mem_id in layout:
        return False
    return any(len(_cells(row)) > 1 for row in _rows(table))


def _span(cell: LexborNode, name: str) -> int:
    value = _attribute(cell, name).strip()
    if not value.isdecimal():
        return 1
    return max(1, min(int(value[:6]), _MAX_SPAN))


def _table_rows(table: LexborNode, layout: set[int]) -> list[str]:
    """Pipe rows of a table, rowspan and colspan expanded into a grid that repeats the text."""
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text)
    lines = [
        caption
        for node in _children(table)
        if node.tag == "caption" and (caption := _text_of(node, layout).replace("｜", "|"))
    ]
    for row in _rows(table):
        grid: list[str] = []
        cells = _cells(row)
        index = 0
        while (cells or pending) and len(grid) < _MAX_COLUMNS:
            column = len(grid)
            if column in pending:
                left, text = pending[column]
                grid.append(text)
                if left > 1:
                    pending[column] = (left - 1, text)
                else:
                    del pending[column]
                continue
            if index >= len(cells):
                if not any(key > column for key in pending):
                    break
                grid.append("")
                continue
            cell = cells[index]
            index += 1
            text = _text_of(cell, layout)
            down = _span(cell, "rowspan")
            for offset in range(_span(cell, "colspan")):
                if down > 1:
                    pending[column + offset] = (down - 1, text)
                grid.append(text)
        if any(grid):
            lines.append("|" + "|".join(grid[:_MAX_COLUMNS]) + "|")
    return lines


def _metadata(lines: list[str]) -> dict[str, str]:
    """The disclosure block's labels and values, from the page's lines and table cells.

    A value sits after its label in the same cell or line, or alone in the next one.
    """
    tokens: list[str] = []
    cells: set[int] = set()  # the tokens that are a table's cells
    for line in lines:
        if line.startswith("|"):
            cells.update(range(len(tokens), len(tokens) + line.strip("|").count("|") + 1))
            tokens.extend(cell.strip() for cell in line.strip("|").split("|"))
        else:
            tokens.append(line)
    found: dict[str, str] = {}
    for position, token in enumerate(tokens):
        bare = _CELL_LABEL.fullmatch(token) if position in cells else None
        if bare is not None and position + 1 in cells:
            label = re.sub(r"\s+", "", bare.group(1))
            value = _ASCII_SPACE.sub(" ", tokens[position + 1]).strip()
            if value and label not in found and _CELL_LABEL.fullmatch(value) is None:
                found[label] = value
            continue
        matches = list(_LABEL.finditer(token))
        for number, match in enumerate(matches):
            label = re.sub(r"\s+", "", match.group(1))
            end = matches[number + 1].start() if number + 1 < len(matches) else len(token)
            value = token[match.end() : end].strip()
            if not value and number + 1 == len(matches) and position + 1 < len(tokens):
                following = tokens[position + 1]
                if _LABEL.match(following) is None:
                    value = following
            value = _ASCII_SPACE.sub(" ", value).strip()
            if value and label not in found and len(value) <= 200:
                found[label] = value
    return found


def _title(tree: LexborNode, meta: dict[str, str], layout: set[int]) -> str:
    marked = tree.css_first('meta[name="ArticleTitle"]')
    if marked is not None and _attribute(marked, "content").strip():
        return _inline([_attribute(marked, "content")])
    if meta.get("标题"):
        return meta["标题"]
    for selector in ("ucaptitle", ".article-title", "h1"):
        heading = tree.css_first(selector)
        if heading is not None:
            text = _text_of(heading, layout)
            if len(_CJK.findall(text)) >= 6:
                return text
    title = tree.css_first("title")
    if title is not None:
        first = _TITLE_SPLIT.split(_text_of(title, layout))[0]
        if len(_CJK.findall(first)) >= 4:
            return first
    return ""


def _is_chrome(line: str) -> bool:
    return len(line) <= _CHROME_MAX and _CHROME.search(line) is not None


def _is_disclosure_row(line: str) -> bool:
    """A table row of the disclosure block (``|索引号：|…|发文字号：|…|``), already written as lines."""
    if not line.startswith("|"):
        return False
    cells = [cell for cell in line.strip("|").split("|") if cell.strip()]
    labels = sum(
        1
        for cell in cells
        if _LABEL.match(cell.strip()) is not None or _CELL_LABEL.fullmatch(cell.strip()) is not None
    )
    return labels * 2 >= len(cells) > 0


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _without_title_repeat(title: str, body: list[str]) -> list[str]:
    """The title line, unless the body already opens with it (whole or broken over lines)."""
    if not title:
        return []
    wanted = _compact(title)
    joined = ""
    for line in body[:4]:
        joined += _compact(line)
        if joined == wanted or wanted in joined:
            return []
        if not wanted.startswith(joined):
            break
    return [title]


# an element the browser does not show: ``hidden``, or a style of ``display:none`` or
# ``visibility:hidden``
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COPY_PIECE = 8  # Chinese characters in each piece of a hidden text looked up in the shown text
_COPY_SHARE = 0.8  # a hidden text is a copy when this share of its pieces is shown


def _hidden_elements(root: LexborNode) -> list[LexborNode]:
    """The outermost elements the page hides from the reader, in order, outside its scripts."""
    found: list[LexborNode] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.tag in _DROP:
            continue
        if not node.is_text_node and (
            "hidden" in node.attributes or _HIDDEN_STYLE.search(_attribute(node, "style"))
        ):
            found.append(node)
            continue
        stack.extend(reversed(_children(node)))
    return found


def _chinese(node: LexborNode) -> str:
    return "".join(_CJK.findall(node.text(deep=True, separator="")))


def _shown_pieces(shown: str) -> set[str]:
    """Every run of `_COPY_PIECE` Chinese characters of the text a page shows, looked up at once.

    One set for the page, so that many hidden elements cost a look-up a piece, not a search of
    the page's text each: the time grows with the page, never with the square of it.
    """
    return {shown[at : at + _COPY_PIECE] for at in range(len(shown) - _COPY_PIECE + 1)}


def _is_copy(hidden: str, shown: set[str]) -> bool:
    """Whether most of a hidden text's pieces stand in the text the page shows."""
    pieces = [hidden[at : at + _COPY_PIECE] for at in range(0, len(hidden), _COPY_PIECE)]
    pieces = [piece for piece in pieces if len(piece) == _COPY_PIECE]
    if not pieces:
        return True
    return sum(piece in shown for piece in pieces) >= _COPY_SHARE * len(pieces)


def _drop_hidden_copies(root: LexborNode) -> list[int]:
    """Remove every element the page hides; answer which of them held text it does not show.

    Some sites keep the whole document a second time, run together in one hidden block (the
    platform of 广州's 规范性文件 keeps it in ``<div class="bbnr" style="display:none;">``), for
    their search or their reading aid; read with the page, every part and item would stand
    twice. A hidden element whose text the page shows nowhere else (a document shown only by a
    script, a hidden tab) must not be lost: its place among the hidden elements is answered, and
    the caller reads the page again and removes only the others (`_drop_hidden`).

    Examples:
        >>> from selectolax.lexbor import LexborHTMLParser
        >>> tree = LexborHTMLParser(
        ...     "<div><p>一、加强组织领导</p></div>"
        ...     "<div style='display:none'>一、加强组织领导</div>"
        ...     "<div hidden>二、强化督促检查落实</div>"
        ... )
        >>> _drop_hidden_copies(tree.root), tree.root.text(separator="|")
        ([1], '一、加强组织领导')
    """
    hidden = [(node, _chinese(node)) for node in _hidden_elements(root)]
    for node, _text in hidden:
        node.decompose()
    if not hidden:
        return []
    shown = _shown_pieces(_chinese(root))
    return [place for place, (_node, text) in enumerate(hidden) if not _is_copy(text, shown)]


def _drop_hidden(root: LexborNode, keep: list[int]) -> None:
    """Remove the hidden elements of the page but those at the places ``keep`` names."""
    for place, node in enumerate(_hidden_elements(root)):
        if place not in keep:
            node.decompose()


_TABLE_PART = re.compile(r"<(?:thead|tbody|tfoot|tr|td|th)(?=[\s>/])", re.IGNORECASE)
"""How rows copied without their ``<table>`` open."""


def html_text(data: bytes, source: str) -> tuple[str, dict[str, str]]:
    """The text of a web page and its disclosure block (see the module docstring).

    Raises:
        ParseError: for a page in no readable encoding, or one with no text.
        MissingExtraError: without ``pip install 'rulegov[html]'`` (selectolax).
    """
    return page_text(decode_page(data, source), source)


def page_text(text: str, source: str) -> tuple[str, dict[str, str]]:
    """The text and disclosure block of a web page's decoded source (see `html_text`).

    What a page's source pasted as a string gives: the same text as the page saved as a file.

    Raises:
        ParseError: for a page with no text, or nested too deeply.
        MissingExtraError: without ``pip install 'rulegov[html]'`` (selectolax).

    Examples:
        >>> print(page_text("<table><tr><td>序号</td><td>分值</td></tr></table>", "<text>")[0])
        |序号|分值|
    """
    read = page_document(text, source)
    return read.text, read.metadata


@attrs.frozen
class PageText:
    """A web page's text, its disclosure block, and the pictures its article shows."""

    text: str
    metadata: dict[str, str]
    pictures: tuple[str, ...] = ()
    cut: bytes = b""  # the last bytes of a page in UTF-8 cut inside its last character

    def read(self) -> tuple[str, list[Diagnostic]]:
        """The text, and the warning for the pictures the article shows."""
        return self.text, self.notes()

    def notes(self) -> list[Diagnostic]:
        """The warnings for the pictures the article shows, and for a page cut short."""
        notes = [cut_short_warning(self.cut, self.text)] if self.cut else []
        if self.pictures:
            notes.append(Diagnostic(code="unread-pictures", message=page_notes(self.pictures)))
        return notes


# pictures that are a site's furniture, not a document's page: icons, logos, buttons, codes
_FURNITURE_PICTURE = re.compile(
    r"icon|logo|banner|share|print|close|btn|button|arrow|qr|erweima|weixin|wechat|weibo|blank"
    r"|spacer|loading|fenxiang|dayin|guanbi|shoucang|fanhui|gotop|bg[_.-]|(?:^|/)(?:dot|line)\."
    r"|\.gif$|\.svg$|^data:",
    re.IGNORECASE,
)


# a counter's picture of one pixel, or one sized to nothing
_TINY = re.compile(r"\b(?:width|height)\s*:\s*[01](?:px)?(?![\d.])", re.IGNORECASE)


# where a page that loads its pictures as they scroll into view keeps a picture's address
_LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src", "data-echo")


def _pictures(node: LexborNode) -> tuple[str, ...]:
    """The names of the pictures an article shows that may be its document's pages."""
    found: list[str] = []
    for image in node.css("img"):
        lazy = (_attribute(image, key).strip() for key in _LAZY_SOURCES)
        where = next((value for value in lazy if value), _attribute(image, "src").strip())
        name = where.rsplit("/", 1)[-1].split("?", 1)[0]
        tiny = _attribute(image, "width").strip() in {"0", "1"} or _TINY.search(
            _attribute(image, "style")
        )
        if name and not tiny and not _FURNITURE_PICTURE.search(where) and name not in found:
            found.append(name)
    return tuple(found)


def page_notes(pictures: tuple[str, ...]) -> str:
    """The warning for the pictures an article shows: what they show is not read.

    Examples:
        >>> page_notes(("p1.jpg", "p2.jpg"))[:58]
        'the article shows 2 pictures (p1.jpg, p2.jpg): what they s'
    """
    shown = ", ".join(pictures[:5]) + (", …" if len(pictures) > 5 else "")
    noun = "picture" if len(pictures) == 1 else "pictures"
    return (
        f"the article shows {len(pictures)} {noun} ({shown}): what they show is not read; "
        "if they are pages of the document, run OCR on them"
    )


_WHOLE_TAG = re.compile(r"<[^<>]*>")
"""A tag, from its ``<`` to its ``>``: it holds neither."""


def tags_without_invisible(text: str) -> str:
    r"""A page's source with the invisible characters a copy left inside its tags taken out.

    A zero-width space, joiner or byte-order mark inside a tag's name (``</scrip\ufefft>``) makes
    it no tag to a browser's parser: a script left open swallows the article after it. Nothing is
    printed for those characters, and a tag's words are no text of the page, so they are dropped
    there; the text between tags keeps its own (the reader of lines drops those).

    Examples:
        >>> tags_without_invisible("<p>一、加强领导</p\u200b><script>x</scrip\ufefft>")
        '<p>一、加强领导</p><script>x</script>'
        >>> tags_without_invisible("<p>牵\u200d头单位</p>")
        '<p>牵\u200d头单位</p>'
    """
    if INVISIBLE_RUN.search(text) is None:
        return text
    return _WHOLE_TAG.sub(lambda tag: INVISIBLE_RUN.sub("", tag.group()), text)


def page_of_bytes(data: bytes, source: str) -> PageText:
    """What `page_document` reads of a page's bytes, decoded by `decode_page`.

    A page in UTF-8 cut inside its last character (a download that stopped) is read as a text
    file is, the character cut off as U+FFFD, and its `PageText` keeps the cut bytes, for a
    ``cut-short`` warning.
    """
    decoded = decode_page(data, source)
    page = page_document(decoded, source)
    cut = cut_character(data) if decoded.endswith("\ufffd") else b""
    return attrs.evolve(page, cut=cut) if cut else page


def page_document(text: str, source: str) -> PageText:
    """What [`page_text`][rulegov.io._html.page_text] reads, and the pictures the article shows."""
    try:
        from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415  (optional extra)
    except ImportError as error:
        raise MissingExtraError("selectolax", "html", "reading web pages (.html)") from error
    check_depth(text, source)
    text = tags_without_invisible(text)
    start = start_of_markup(text)
    if start is not None and _TABLE_PART.match(text, start):
        # rows copied without their table: a parser drops a row or cell outside a table
        text = f"{text[:start]}<table>{text[start:]}</table>"
    try:
        tree = LexborHTMLParser(text)
    except Exception as error:  # noqa: BLE001  (the engine's own errors vary by version)
        raise ParseError(
            f"the web page cannot be parsed: {error}", source=source, code="unreadable-file"
        ) from None
    root = tree.root
    if root is None:
        raise ParseError("the web page is empty", source=source, code="empty-document")
    unshown = _drop_hidden_copies(root)
    if unshown:
        # a hidden element held text the page shows nowhere else: read the page again and
        # remove only the hidden copies
        tree = LexborHTMLParser(text)
        root = tree.root
        if root is None:  # pragma: no cover  (the same text parsed the same way a moment ago)
            raise ParseError("the web page is empty", source=source, code="empty-document")
        _drop_hidden(root, unshown)
    page = _Page(root)
    body_node = page.body()
    rendered = _Renderer(page.layout).render(body_node)
    around = (
        []
        if body_node.mem_id == root.mem_id
        else _Renderer(page.layout, skip=body_node).render(root)
    )
    meta = _metadata(around + rendered)
    head = [f"{label}：{meta[label]}" for label in META_LABELS if label in meta]
    if len(head) < 2:  # one stray label is not a disclosure block
        head = []
    body = [
        line
        for line in rendered
        if not _is_chrome(line) and not (head and _is_disclosure_row(line))
    ]
    compact_body = {_compact(line) for line in body}
    head = [line for line in head if _compact(line) not in compact_body]
    lines = head + _without_title_repeat(_title(root, meta, page.layout), body) + body
    if not lines:
        raise ParseError(
            "the web page holds no text (a page built by JavaScript, or an image); "
            "save the document itself, or its text as .txt",
            source=source,
            code="empty-document",
        )
    return PageText("\n".join(lines), meta, _pictures(body_node))
