r"""Appraisal documents (考核办法 · 考核细则 · 评分标准) read into the data of a scheme.

Offices publish their appraisal schemes as documents: a table or numbered list of items with
their points (分值) and scoring standards (评分标准), and paragraphs on bonuses (加分), vetoes
(一票否决), grades (等次), quotas and raters. `read_scheme_document` reads such a text into
the JSON shape of [`Scheme`][rulegov.Scheme], keeping the span of the text every item and rule came
from; ``rulegov.parse_scheme`` validates it into a scheme.

What it reads:

- items and sub-items with their points: ``（5分）``, ``(5分)``, a bare ``12分`` after the item, or
  a 分值 column; in pipe or tab tables (考核项目 · 考核内容 · 分值 · 评分标准) and in numbered text
  (一、 （一） 1. （1） 第一章 第一条), including inline ``1.…(5分)；2.…(3分)``; in tables copied
  from web pages and PDFs (cells one a line, merged cells left out, flattened into one run of text,
  numbered without punctuation, or each item's points after its text: ``…活动。3分未…扣1分。``);
  copies cut into a sharing site's numbered pages (``1、…`` ``2、…``) joined back; headings with
  their points but no number, under the heading whose points have room for them; decimal
  numbering (``1.1``, ``1.1.1``); traditional characters, read as simplified ones and printed as
  the document prints them; weights in percent (``权重30%``) read as points; web pages' tables
  as pipe rows with merged cells repeated (a repeat is its group's; 小计 and 合计 rows state a
  group's points and the total), read again a cell a line when that carries clearly more of the
  points the table states;
- deductions in an item's standard: ``每发现一处扣1分`` (per occurrence), ``未…扣2分`` (once),
  ``不得分`` (all the item's points), ``每低一个百分点扣1分`` (per point short of a stated rate),
  ``酌情扣分`` and ``扣1-3分`` (a number of points the rater fills in), ``扣完为止`` and
  ``累计扣分不超过X分``; a bonus clause inside an item (``每增加一次加1分``) is a bonus rule;
- bonus and penalty items (加分项 · 减分项) with their caps (最多加X分 · 加分不超过X分);
- vetoes: ``一票否决`` (the lowest grade), ``不得评为优秀``, ``降低一个等次``, with the condition as
  the rule's reason;
- grade bands (``90分以上为优秀``, ``80分至89分为良好``, ``优秀：90分以上``) and quotas
  (``优秀比例不超过20%``);
- raters and their shares (``自评占20%``, ``考核组评分占50%``, ``群众评议占30%``).

An item whose standard holds no rule is kept as a *manual* item: the data must supply its 0-1
value. Points that do not add up to a group's or to the stated total (满分100分) are diagnostics.
A document with rules of the whole appraisal (bonus, vetoes, grade bands) but no item with points
is read with a ``no-items`` diagnostic; one with neither is a ``ParseError``.

Examples:
    >>> data = read_scheme_document(
    ...     "考核细则\n一、组织领导（10分）\n1.成立领导小组（4分）。未成立的扣4分。\n"
    ...     "2.专题研究法治工作（6分）。每少一次扣2分，扣完为止。\n"
    ...     "考核得分90分以上为优秀，60分以下为不合格，其余为合格。")
    >>> group = data.get("root").get("children")[0]
    >>> [(node.get("id"), node.get("points")) for node in group.get("children")]
    [('1.1', 4.0), ('1.2', 6.0)]
    >>> [rule["points"] for rule in data["rules"]]
    [4.0, 2.0]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from typing import TYPE_CHECKING, Any

import attrs

from rulegov.errors import ParseError
from rulegov.parse._text import check_text, printable_name, require_text
from rulegov.parse._traditional import SIMPLIFIED, TRADITIONAL

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["read_scheme_document"]

_NUMBER = r"(\d+(?:\.\d+)?)"
_FOLD = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_SIMPLE = str.maketrans(TRADITIONAL, SIMPLIFIED)
"""Traditional characters read as simplified ones (記 as 记, 減 as 减), one for one."""

# Points of an item: （5分）, (5 分) or （计30分）, or a bare "5分" that ends the item's title.
_POINTS_PAREN = re.compile(r"[（(]\s*(?:分值\s*[:：]?\s*|[计共]\s*)?" + _NUMBER + r"\s*分\s*[）)]")
_POINTS_BARE = re.compile(r"(?:(?<=[。；;：:\s])|^)" + _NUMBER + r"\s*分(?=[^值数钟）)]|$)")
_NOT_POINTS_BEFORE = "扣加得减计记为至到满共过于前后第低高少多占每"

_SERIAL = "\ue000"
"""Put before a bare number that a 序号 cell gave an item (a private-use character, never printed)."""

# Numbering markers, by kind: the kinds' order of first appearance gives the levels.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"第[一二三四五六七八九十百]+章\s*")),
    ("article", re.compile(r"第[一二三四五六七八九十百]+条\s*")),
    ("han", re.compile(r"[一二三四五六七八九十]+\s*[、.．]\s*")),
    ("paren-han", re.compile(r"[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*[、.．]?\s*")),
    # a 序号 cell of a table copied one cell a line, joined to its item (see _joined_headings)
    ("serial", re.compile(_SERIAL + r"\d{1,3}\s*")),
    ("arabic", re.compile(r"\d{1,2}\s*(?:[、．]|\.(?!\d))\s*")),
    # 1.1 · 1.1.1: the depth of a decimal number is its level (not 1.5万元, 2.5分)
    (
        "decimal",
        re.compile(
            r"\d{1,2}\.\d{1,2}(?![\d.])\s*(?=[\u4e00-\u9fff“\"《])(?![分万元亿倍个次米天年月日时])"
        ),
    ),
    ("decimal2", re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])\s*(?=[\u4e00-\u9fff“\"《])")),
    ("paren-arabic", re.compile(r"[（(]\s*\d{1,2}\s*[）)]\s*")),
    ("circled", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")),
)
_LEVELS = [kind for kind, _ in _MARKERS]
_ABOVE = re.compile(r"^(?:以上|上述)(?:各项|各条|指标|内容)?")
_INLINE_ITEM = re.compile(
    r"(?:(?<=[；;。：:])|(?<=[；;。：:]\s)|(?<=分[）)]))\s*"
    r"(?:\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)])"
)

_HEADER_NAME = re.compile(r"考核|考评|评分项|评估|项目|内容|指标|事项|类别|类目|条目|名称|细项")
_HEADER_POINTS = re.compile(
    r"^\s*(?:各项|项目|指标)?(?:标准分值|分值|分数|标准分|基本分|权重分|权重|满分|分)"
    r"\s*(?:[（(]分[）)])?\s*$"
)
_HEADER_STANDARD = re.compile(r"标准|细则|扣分|评分办法|计分|考核方法|评分方法|评分说明")
_HEADER_SKIP = re.compile(
    r"序号|得分|自评|单位|备注|^说明$|依据|方式|时间|牵头|^考[评核]分$|^评分$"
)

_BONUS_SECTION = re.compile(r"加分")
_PENALTY_SECTION = re.compile(r"减分|扣分项|扣分事项|倒扣")

_TOTAL = re.compile(
    r"(?:满分|总分|总分值|考核总分|考评总分|计分)(?:为|是|设|[:：])?\s*" + _NUMBER + r"\s*分"
)
_HUNDRED = re.compile(r"百分制")

_GRADE_IDS = {
    "优秀": "excellent",
    "好": "excellent",
    "先进": "excellent",
    "良好": "good",
    "较好": "good",
    "称职": "pass",
    "合格": "pass",
    "达标": "pass",
    "基本合格": "basic",
    "基本称职": "basic",
    "基本达标": "basic",
    "一般": "fair",
    "较差": "poor",
    "不合格": "fail",
    "不称职": "fail",
    "不达标": "fail",
    "差": "fail",
    "一等奖": "first",
    "二等奖": "second",
    "三等奖": "third",
    "四等奖": "fourth",
}
_GRADE = (
    r"[“\"「]?(一等奖|二等奖|三等奖|四等奖|基本合格|基本称职|基本达标|不合格|不称职|不达标|优秀|良好|较好|称职|合格|达标|一般|较差"
    r"|先进|好|差)[”\"」]?"
)
_BE = r"(?:的)?(?:单位)?(?:为|评为|定为|确定为|列为|即为|属于|：|:)?\s*"
_BAND_RANGE = re.compile(
    _NUMBER
    + r"\s*分?\s*(?:（含）|\(含(?:\d+分)?\))?\s*(?:至|－|—|–|-|~|～|到)\s*"
    + _NUMBER
    + r"\s*分?\s*(?:（含(?:\d+分)?）|\(含(?:\d+分)?\))?\s*(?:之间)?"
    + _BE
    + _GRADE
)
_BAND_ABOVE = re.compile(
    r"(?:得分|总分|分数)?(?:在)?\s*"
    + _NUMBER
    + r"\s*分\s*(?:（含(?:\d+分)?）|\(含(?:\d+分)?\))?\s*(?:以上|及以上|或以上)\s*"
    + r"(?:（含(?:\d+分)?）|\(含(?:\d+分)?\))?"
    + _BE
    + _GRADE
)
_BAND_BELOW = re.compile(
    r"(?:(?:不足|低于|未达到?|不满)\s*"
    + _NUMBER
    + r"\s*分|"
    + _NUMBER
    + r"\s*分\s*(?:（不含(?:\d+分)?）|\(不含(?:\d+分)?\))?\s*以下\s*(?:（不含(?:\d+分)?）|\(不含(?:\d+分)?\))?)"
    + _BE
    + _GRADE
)

# the grade first, then its lower edge: 优秀：考核得分≥90分 · 良好，得分在80分以上
_GRADE_FIRST = (
    r"(?:^|(?<=[、.．:：\s（(|]))[“\"]?(基本合格|基本称职|基本达标|不合格|不称职|不达标|优秀|良好|较好"
    r"|称职|合格|达标|一般|较差)[”\"]?(?:等次|等级)?[^。；;，,\d%]{0,12}?"
)
_CELL = r"(?:[:：|（(\s]|为)\s*"
# the grade first, then its edges: 优秀：考核得分≥90分 · 良好（80分以上） · 合格：60—79分 · 不合格：60分以下
_BAND_FIRST = re.compile(
    _GRADE_FIRST
    + r"(?:(?:≥|>=|不低于|达到|在)\s*"
    + _NUMBER
    + r"\s*分(?:以上|及以上)?|"
    + _CELL
    + _NUMBER
    + r"\s*分\s*(?:以上|及以上))(?![\d%])"
)
_BAND_FIRST_RANGE = re.compile(
    _GRADE_FIRST + _CELL + _NUMBER + r"\s*分?\s*(?:至|－|—|–|-|~|～|到)\s*" + _NUMBER + r"\s*分"
)
_BAND_FIRST_BELOW = re.compile(
    _GRADE_FIRST
    + r"(?:(?:低于|不足|<)\s*"
    + _NUMBER
    + r"\s*分|"
    + _CELL
    + _NUMBER
    + r"\s*分\s*以下)"
)

_BAND_REST = re.compile(
    r"(?:其余|其他|其它|余下)(?:的)?(?:单位)?(?:为|评为|定为|确定为)\s*" + _GRADE
)
_QUOTA = re.compile(
    r"(优秀|良好|先进)[^。；;，,]{0,12}?(?:比例|名额|数量|比率)?[^。；;]{0,8}?"
    r"(?:不超过|不得超过|不高于|控制在|原则上不超过)[^。；;\d]{0,12}?"
    r"(?:(\d+(?:\.\d+)?)\s*[%％]|(\d+)\s*(?:个|名|家))"
)

_RATERS = re.compile(
    r"(自评|自查自评|单位自评|考核组评分|考核组考评|考核组|实地考核|日常考核|年终考核|年度考核|平时考核"
    r"|群众评议|群众满意度(?:测评|调查)?|满意度(?:测评|调查)|民主测评|社会评价|第三方评估|第三方评价"
    r"|领导评价|领导评分|部门互评|互评|目标任务考核|业务考核|考评组评分)"
    r"(?:得分|评分|成绩|结果)?[^。；;，,%％\d]{0,6}?(?:占|按)\s*(?:总分的?)?\s*"
    + _NUMBER
    + r"\s*[%％]"
)
_ITEM_RATERS = re.compile(r"考核组|考评组|实地|日常|年终|年度|平时|目标|业务")

_VETO = re.compile(
    r"一票否决|(?:即为|即视为|视为|即作为)[^。；;，,]{0,16}?(?:目标|任务|考核)[^。；;，,]{0,4}?(?:未完成|不合格|不达标)"
)
_LOWER = re.compile(r"降低?一个?(?:等次|档次|等级|档)|降一(?:个)?(?:等次|档次|等级|档)")
_BAR = re.compile(
    r"(?:不得|不能|不予|不再|取消)(?:评为|评定为|确定为|参评|评选)?[“\"]?(优秀|良好|先进)|取消评优"
)
_FORCE = re.compile(r"(?:直接)?(?:确定|评定|定|评|认定)为[“\"]?(不合格|不称职|较差|差|不达标)")

_BONUS_CAP = re.compile(
    r"(?:加分|奖励分|加\s*\d+(?:\.\d+)?\s*分)[^。；;]{0,16}?(?:最多|最高|累计|总分|总计|合计|上限)?[^。；;\d]{0,6}?"
    r"(?:不超过|不得超过|不超|最多加|最高加|为|以)\s*" + _NUMBER + r"\s*分"
    r"|(?:最多|最高|累计最多)加\s*" + _NUMBER + r"\s*分"
)
_PENALTY_CAP = re.compile(
    r"(?:减分|扣分)[^。；;]{0,16}?(?:最多|最高|累计|总分|上限)[^。；;\d]{0,6}?"
    r"(?:不超过|不得超过|为)\s*" + _NUMBER + r"\s*分"
)
_ADD = re.compile(r"加\s*" + _NUMBER + r"\s*分")
_TAKE = re.compile(r"(?:扣|减)\s*(?:除)?\s*" + _NUMBER + r"\s*分")

# Deductions inside an item's scoring standard.
_DISCRETIONARY = re.compile(
    r"(?:酌情|从重|视情况?|视其?程度)(?:扣|减)(?:\s*"
    + _NUMBER
    + r"\s*(?:[-－—~～至到]\s*"
    + _NUMBER
    + r")?\s*分|分)"
)
_PER_POINT = re.compile(
    r"每(?:低|少|下降|降低|差)\s*(?:1|一)\s*个?百分点\s*(?:扣|减)\s*" + _NUMBER + r"\s*分"
)
_UNITS = r"(?:处|次|项|件|起|个|人次|例|条|篇|家|份|人|天|日|批次|批|宗|期|卷|户|点)"
_PER = re.compile(
    r"(?:每|少|缺|有|发生|发现)[^，,；;。扣减]{0,14}?(?:一|1)?\s*"
    + _UNITS
    + r"[^；;。扣减]{0,24}?(?:扣|减)\s*"
    + _NUMBER
    + r"\s*分"
    # 一起扣2分 at the head of a clause; 扣5分/批次
    + r"|(?:^|(?<=[，,：:]))\s*(?:一|1)\s*"
    + _UNITS
    + r"\s*(?:扣|减)\s*"
    + _NUMBER
    + r"\s*分"
    + r"|(?:扣|减)\s*"
    + _NUMBER
    + r"\s*分\s*[/／]\s*"
    + _UNITS
)
# 扣1-3分 · 按次1-3扣分: a range of points the rater chooses from
_RANGE = re.compile(
    r"(?:扣|减)\s*\d+(?:\.\d+)?\s*分?\s*[-－—~～至到]\s*" + _NUMBER + r"\s*分"
    r"|\d+(?:\.\d+)?\s*分?\s*[-－—~～至到]\s*" + _NUMBER + r"\s*分?\s*(?:扣|减)分"
)
_NO_POINTS = re.compile(r"不得分|不计分|该项(?:为|计)?0分|该项不得分|得0分|为0分|为零分")
_FLOOR = re.compile(r"[扣减]完为止|[扣减]至0分为止|扣满为止|直至[扣减]完")
_MOST = re.compile(
    r"(?:累计|最多|最高|合计|共计)?(?:扣分|扣|减分|减)?(?:累计|最多|最高)?(?:不超过|不得超过|扣|减|为)\s*"
    + _NUMBER
    + r"\s*分(?:为限|封顶)?"
)
_TARGET_RATE = re.compile(r"(?:不低于|达到|达|高于|以上|≥)\s*" + _NUMBER + r"\s*[%％]")
_CLAUSE = re.compile(r"[^；;。\n]+")
_RULE_CLAUSE = re.compile(r"(?:[^；;。\n，,]|[，,](?<!分[，,]))+")
_STATED = re.compile(r"分值(?:为|是|设为|：|:)?\s*" + _NUMBER + r"\s*分")
# 分值5 · 权重10% · （权重：10%）: a weight in percent reads as points out of 100
_WEIGHT = re.compile(
    r"[（(]?\s*(?:分值|权重)\s*[:：为]?\s*" + _NUMBER + r"\s*(?:分|[%％])?\s*[）)]?(?![\d.])"
)
_EARNED = re.compile(r"(?<![不登])(?:得|记|计)\s*" + _NUMBER + r"\s*分")


@attrs.define(slots=True)
class _Item:
    """An item being read: its number path, title, points and standard, with their spans."""

    level: int
    title: str
    start: int
    end: int
    points: float | None
    section: str = "items"
    standard: list[tuple[int, str]] = attrs.field(factory=list)
    children: list[_Item] = attrs.field(factory=list)


@attrs.define(slots=True)
class _Reader:
    """What the reader has found so far."""

    text: str
    source: str | None
    original: str = ""
    """The text as printed (traditional characters kept), at the same offsets as ``text``."""
    roots: list[_Item] = attrs.field(factory=list)
    rules: list[dict[str, Any]] = attrs.field(factory=list)
    bands: list[dict[str, Any]] = attrs.field(factory=list)
    quotas: list[dict[str, Any]] = attrs.field(factory=list)
    raters: list[tuple[str, float, int, int]] = attrs.field(factory=list)
    diagnostics: list[dict[str, Any]] = attrs.field(factory=list)
    bonus_cap: tuple[float, int, int] | None = None
    penalty_cap: tuple[float, int, int] | None = None
    total: float | None = None
    used: list[tuple[int, int]] = attrs.field(factory=list)
    merged: list[tuple[int, int]] = attrs.field(factory=list)
    merged_from: int = -1
    repeated: list[tuple[int, int]] = attrs.field(factory=list)
    spread: list[_Item] = attrs.field(factory=list)
    """Groups of table rows that all state the same points, perhaps one merged cell's repeats."""
    """Spans of table cells read as no item of their own: a merged cell's repeat, a total row."""
    placed: int = 0
    """How many rules were read from clauses outside every item (nearest item, penalty block)."""
    breaks: list[int] | None = None
    """Where the text's line breaks are, found on the first diagnostic."""
    counted: dict[str, tuple[int, int, object]] = attrs.field(factory=dict)
    """For each kind of rule: how many ``rules`` were looked at, how many of the kind were among
    them, and the last rule looked at (to tell that the list only grew since)."""

    def next_number(self, kind: str) -> int:
        """One more than the rules of ``kind`` so far: the number in the next one's id.

        Only the rules added since the last call are counted, so that a document of many
        clauses is numbered in linear time; a list that did not only grow is counted again.
        """
        seen, count, last = self.counted.get(kind, (0, 0, None))
        if seen > len(self.rules) or (seen and self.rules[seen - 1] is not last):
            seen, count = 0, 0
        count += sum(1 for rule in self.rules[seen:] if rule["kind"] == kind)
        self.counted[kind] = (len(self.rules), count, self.rules[-1] if self.rules else None)
        return count + 1

    def diagnose(
        self, code: str, message: str, start: int, end: int, severity: str = "warning"
    ) -> None:
        if self.breaks is None:
            self.breaks = [found.start() for found in re.finditer("\n", self.text)]
        before = bisect.bisect_left(self.breaks, start)  # the line breaks before ``start``
        line = before + 1
        column = start - self.breaks[before - 1] if before else start + 1
        self.diagnostics.append(
            {
                "severity": severity,
                "code": code,
                "message": message,
                "line": line,
                "column": column,
                "span": {"start": start, "end": end},
            }
        )


def read_scheme_document(text: str, *, source: str | None = None) -> dict[str, Any]:
    """Read an appraisal document into the JSON shape of [`Scheme`][rulegov.Scheme].

    Args:
        text: The document's text (a .txt file, or the text of an HTML, Word or PDF file).
        source: A file name or URL, for messages.

    Returns:
        A dict that ``Scheme.model_validate`` accepts, with ``diagnostics`` for what a reader
        should review.

    Raises:
        rulegov.ParseError: when the text is empty, not decoded properly (a lone surrogate) or
            binary data, naming the line and column, or holds no item with points, naming
            where it looked.

    Examples:
        >>> data = read_scheme_document("一、依法决策（5分）：未经合法性审查的，每件扣1分。")
        >>> item = data.get("root").get("children")[0]
        >>> item.get("points"), data.get("rules")[0].get("kind")
        (5.0, 'deduction')
    """
    require_text(text, source, reader="parse_scheme", files="rulegov.read_scheme")
    source = printable_name(source)
    # as for a plan: no lone surrogates (a scheme that holds one cannot be written as JSON),
    # NUL bytes or binary data
    check_text(text, source, kind="an appraisal scheme")
    original = _join_pages(text.translate(_FOLD))
    folded = original.translate(_SIMPLE)
    blocks = _pipe_blocks(folded)
    try:
        scheme = _read_document(folded, original, source)
    except ParseError:
        if not blocks:
            raise
        # a table as rows gave nothing: its cells one a line may still give items
        return _read_document(
            _cells_as_lines(folded, blocks), _cells_as_lines(original, blocks), source, folded
        )
    markers = _table_markers(folded, blocks)
    carried = _carried(scheme, markers)
    if len(markers) - carried < _margin(markers):
        return scheme  # no other reading could carry clearly more
    try:
        other = _read_document(
            _cells_as_lines(folded, blocks), _cells_as_lines(original, blocks), source, folded
        )
    except ParseError:
        return scheme
    if _carried(other, markers) - carried < _margin(markers):
        return scheme
    other["diagnostics"].append(_as_lines_note(folded, blocks))
    return other


def _read_document(
    text: str, original: str, source: str | None, lines_of: str | None = None
) -> dict[str, Any]:
    """Read a folded text (``original``: as printed); ``lines_of``: the text whose lines count."""
    where = lines_of if lines_of is not None else text
    breaks = [found.start() for found in re.finditer("\n", where)]
    reader = _Reader(text=text, source=source, original=original, breaks=breaks)
    lines = list(_lines(text))
    if not lines:
        raise ParseError("the document is empty: no appraisal items to read", source=source)
    table_lines = _read_cell_lines(reader, lines)
    table_lines |= _read_tables(reader, [line for line in lines if line[0] not in table_lines])
    rest = [line for line in lines if line[0] not in table_lines]
    table_lines |= _read_flattened(reader, rest)
    table_lines |= _read_rows(reader, [line for line in rest if line[0] not in table_lines])
    _spread_points(reader.roots)
    _read_numbered(reader, [line for line in lines if line[0] not in table_lines])
    if not any(_has_points(item) for item in reader.roots):
        _read_trailing_points(reader, [line for line in lines if line[0] not in table_lines])
    _mark_used(reader, reader.roots)
    _read_global(reader, lines)
    _merged_points(reader)
    _read_left_points(reader, lines)
    scored = any(_has_points(item) for item in reader.roots)
    scheme = _build(reader)
    stated = len(scheme["rules"]) > reader.placed
    if not scored and not (stated or scheme.get("grading")):
        looked = "tables with a 分值 column" if table_lines else "no table with a 分值 column"
        count = len(list(_lines(where)))
        raise ParseError(
            "no appraisal item with points found: looked for numbered items with (X分) and for "
            f"{looked} in {count} lines; an appraisal scheme states each item's points",
            source=source,
            line=1,
        )
    if not scored:
        reader.diagnose(
            "no-items",
            "no item with points found; the scheme holds only the rules of the whole appraisal "
            "(bonus, penalty, vetoes, grades) and the items must be added by hand",
            0,
            min(len(text), 1),
        )
    return scheme


# A table given as pipe rows (|序号|考核项目|分值|评分标准|), as the web-page reader gives it, is
# also read with its cells one a line, as a copy of the page gives them: when the rows leave
# many more of the table's points unaccounted for, the cells one a line are the reading kept.
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)


def _pipe_blocks(text: str) -> list[list[tuple[int, int]]]:
    """The runs of pipe rows in ``text`` (two rows or more), as the spans of their lines."""
    blocks: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for found in _PIPE_ROW.finditer(text):
        if run and text[run[-1][1] : found.start()].strip():
            if len(run) >= 2:
                blocks.append(run)
            run = []
        run.append((found.start(), found.end()))
    if len(run) >= 2:
        blocks.append(run)
    return blocks


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells of the pipe row at ``start:end`` (between its pipes)."""
    bars = [start + index for index, char in enumerate(text[start:end]) if char == "|"]
    return [(left + 1, right) for left, right in itertools.pairwise(bars)]


def _cells_as_lines(text: str, blocks: list[list[tuple[int, int]]]) -> str:
    """``text`` with the tables' pipes as line breaks, a merged cell's repeat blanked.

    Every offset stays where it was: a pipe becomes a line break, a repeated cell spaces.
    """
    chars = list(text)
    for block in blocks:
        above: list[str] = []
        for start, end in block:
            cells = _row_cells(text, start, end)
            texts = [text[left:right].strip() for left, right in cells]
            for column, (left, right) in enumerate(cells):
                if texts[column] and column < len(above) and texts[column] == above[column]:
                    chars[left:right] = " " * (right - left)
            for index in range(start, end):
                if chars[index] == "|":
                    chars[index] = "\n"
            above = texts
    return "".join(chars)


def _table_markers(text: str, blocks: list[list[tuple[int, int]]]) -> list[tuple[int, int, float]]:
    """The points the tables state, each with the span of its row.

    Each (X分) and each cell of a bare number (not in a 序号 column) is one.
    """
    markers: list[tuple[int, int, float]] = []
    for block in blocks:
        serial: set[int] = set()
        for row, (start, end) in enumerate(block):
            for column, (left, right) in enumerate(_row_cells(text, start, end)):
                cell = text[left:right]
                if row == 0 and re.search(r"序号|编号", cell):
                    serial.add(column)
                number = _POINTS_CELL.fullmatch(cell.strip())
                if column not in serial and number is not None:
                    markers.append((start, end, float(number.group(1))))
            markers.extend(
                (start, end, float(found.group(1)))
                for found in _POINTS_PAREN.finditer(text, start, end)
            )
    return markers


def _margin(markers: list[tuple[int, int, float]]) -> int:
    """How many more of the tables' points another reading must carry to be kept.

    A point is carried when an item of the scheme states it (its points or its cap) and spans
    some of the row that states it; clearly more is one in ten of them, two at least.
    """
    return max(2, math.ceil(len(markers) / 10))


def _carried(scheme: dict[str, Any], markers: list[tuple[int, int, float]]) -> int:
    by_points: dict[float, list[tuple[int, int]]] = {}
    for node in _walk_nodes(scheme["root"]):
        stated = node.get("points", node.get("cap"))
        if "span" in node and stated is not None:
            by_points.setdefault(stated, []).append((node["span"]["start"], node["span"]["end"]))
    taken = {points: _Taken(spans) for points, spans in by_points.items()}
    return sum(
        1
        for start, end, points in markers
        if points in taken and taken[points].overlaps(start, end)
    )


def _as_lines_note(text: str, blocks: list[list[tuple[int, int]]]) -> dict[str, Any]:
    start, end = blocks[0][0][0], blocks[-1][-1][1]
    line = text.count("\n", 0, start) + 1
    return {
        "severity": "info",
        "code": "table-as-lines",
        "message": "the table's rows left many of its points unread: its cells were read one a "
        "line instead; check how its items are grouped",
        "line": line,
        "column": start - (text.rfind("\n", 0, start) + 1) + 1,
        "span": {"start": start, "end": end},
    }


_PAGE_LINE = 150
"""The fewest characters of a page of a sharing site's copy (a page is one long line)."""


def _join_pages(text: str) -> str:
    """A sharing site's pages joined up: lines ``1、…`` ``2、…``, each a page cut anywhere.

    Document-sharing sites print a document as numbered pages, one long line each, cut in the
    middle of a sentence. When every line from the first ``1、`` on opens with its page number
    in turn, the lines but the last are long and one of them ends mid-sentence, the numbers and
    the breaks between the pages become spaces: one run of text, at the same offsets.
    """
    lines = [(found.start(), found.group()) for found in re.finditer(r"[^\n]*\S[^\n]*", text)]
    first = next((i for i, (_, line) in enumerate(lines) if line.lstrip().startswith("1、")), None)
    if first is None or len(lines) - first < 2:
        return text
    pages = lines[first:]
    if not all(line.lstrip().startswith(f"{k}、") for k, (_, line) in enumerate(pages, 1)):
        return text
    heads = [line.rstrip() for _, line in pages[:-1]]
    if any(len(line) < _PAGE_LINE for line in heads) or all(
        line.endswith(("。", "；", ";", "）", ")")) for line in heads
    ):
        return text
    chars = list(text)
    previous_end: int | None = None
    for k, (offset, line) in enumerate(pages, 1):
        mark = offset + line.index(f"{k}、") + len(f"{k}、")
        start = previous_end if previous_end is not None else mark - len(f"{k}、")
        chars[start:mark] = " " * (mark - start)
        previous_end = offset + len(line.rstrip())
    return "".join(chars)


def _spread_points(items: list[_Item]) -> None:
    """Points that only the first row of a group states belong to the group (a merged cell)."""
    for item in items:
        children = item.children
        if (
            item.points is None
            and len(children) >= 2
            and children[0].points is not None
            and all(child.points is None and not child.children for child in children[1:])
        ):
            item.points, children[0].points = children[0].points, None
        _spread_points(children)


def _mark_used(reader: _Reader, items: list[_Item]) -> None:
    """Remember the text of every item and its standard, so that its clauses are not read twice."""
    for item in items:
        reader.used.append((item.start, item.end))
        for offset, text in item.standard:
            reader.used.append((offset, offset + len(text)))
        _mark_used(reader, item.children)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each non-blank line with the offset where it starts; inline ``1.…(5分)；2.…`` split."""
    start = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = start + raw.index(stripped)
            yield from _split_inline(offset, stripped)
        start += len(raw) + 1


def _split_inline(offset: int, line: str) -> Iterator[tuple[int, str]]:
    cuts = [m.start() for m in _INLINE_ITEM.finditer(line)]
    if (
        not cuts
        or _cells(line) is not None
        or (len(_POINTS_PAREN.findall(line)) < 2 and not _each_earns(line, cuts))
    ):
        yield offset, line
        return
    edges = [0, *cuts, len(line)]
    for left, right in itertools.pairwise(edges):
        piece = line[left:right]
        stripped = piece.strip()
        if stripped:
            yield offset + left + piece.index(stripped), stripped


def _each_earns(line: str, cuts: list[int]) -> bool:
    """Whether every piece the cuts open states what it earns: ``(1)…有得10分，无扣2分；(2)…``."""
    pieces = [line[left:right] for left, right in itertools.pairwise([*cuts, len(line)])]
    return len(pieces) >= 2 and all(
        (earned := _EARNED.search(piece)) is not None and float(earned.group(1)) > 0
        for piece in pieces
    )


def _points_in(text: str) -> tuple[float, int, int] | None:
    """The points an item's title states, with where the marker lies in ``text``."""
    found = _POINTS_PAREN.search(text)
    if found is not None:
        return float(found.group(1)), found.start(), found.end()
    for bare in _POINTS_BARE.finditer(text):
        before = text[: bare.start()].rstrip()
        if before and before[-1] in _NOT_POINTS_BEFORE:
            continue
        return float(bare.group(1)), bare.start(), bare.end()
    return None


def _marker(line: str) -> tuple[str, int] | None:
    for kind, pattern in _MARKERS:
        found = pattern.match(line)
        if found is not None and found.end() < len(line):
            return kind, found.end()
    return None


def _has_points(item: _Item) -> bool:
    return item.points is not None or any(_has_points(child) for child in item.children)


def _section_of(title: str, parent: str) -> str:
    if _BONUS_SECTION.search(title) and not _TAKE.search(title):
        return "bonus"
    if _PENALTY_SECTION.search(title) and len(title) < 30:
        return "penalty"
    return parent


# ---------------------------------------------------------------------------------------------
# Numbered text


_HEADING_LINE = re.compile(
    r"(?P<title>(?![扣加得减每少缺未无没凡])[^，,。；;:：、\d（(|\s][^，,。；;:：|]{1,23}?)"
    r"\s*[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]\s*(?=[。；;：:，,]|$)"
)
_POINTS_LINE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
_HEADING = -100
"""The level of an unnumbered heading: above every numbered level."""


_MARKER_CELL = re.compile(
    r"[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．]"
)
_NUMBER_CELL = re.compile(r"\d{1,3}")


def _cell_title(text: str) -> bool:
    """Whether a line may be the name cell of a table's row: short, no points, not a sentence."""
    return (
        len(text) <= 40
        and _points_in(text) is None
        and not re.search(r"\d\s*分|[。；;，,]$|^(?:总分|满分|合计|小计|得分|分值)", text)
        and not _NUMBER_CELL.fullmatch(text)
        and not _MARKER_CELL.fullmatch(text)
    )


def _joined_cells(lines: list[tuple[int, str]], index: int, serial: int) -> tuple[str, int] | None:
    """A row's cells one a line joined: a number cell with the name after it, and its points.

    ``一、`` or a 序号 ``1`` on a line of its own numbers the name on the next line, and a bare
    number after a name is its points (``1 / 组织领导 / 8`` reads as item 1, 组织领导, 8 points).
    A bare number that does not follow the last 序号 (``serial``) is the points of the name after
    it. Returns the joined line and how many lines it took.
    """
    line = lines[index][1]
    bare = _NUMBER_CELL.fullmatch(line) is not None
    if not (bare or _MARKER_CELL.fullmatch(line)) or index + 1 >= len(lines):
        return None
    name = lines[index + 1][1]
    if not _cell_title(name):
        return None
    if bare and int(line) not in (1, serial + 1):
        return f"{name}（{line}分）", 2
    joined, taken = (_SERIAL if bare else "") + line + name, 2
    if index + 2 < len(lines) and _NUMBER_CELL.fullmatch(lines[index + 2][1]):
        joined, taken = joined + f"（{lines[index + 2][1]}分）", 3
    return joined, taken


def _joined_headings(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Headings that a table's cell spread over lines, joined up.

    A heading written one character a line (落, 实, … on lines of their own) joins into one line;
    a line that holds only points, ``（10分）``, joins the unnumbered line before it; and a row
    copied one cell a line joins its number, name and points (see `_joined_cells`).
    """
    joined: list[tuple[int, str]] = []
    index = 0
    serial = 0
    while index < len(lines):
        offset, line = lines[index]
        if (
            _NUMBER_CELL.fullmatch(line)
            and joined
            and _cell_title(joined[-1][1])
            and _marker(joined[-1][1]) is None
        ):
            # a bare number after a name with no points: the name's points (a 分值 cell)
            joined[-1] = (joined[-1][0], joined[-1][1] + f"（{line}分）")
            index += 1
            continue
        cells = _joined_cells(lines, index, serial)
        if cells is not None:
            if cells[0].startswith(_SERIAL):
                serial = int(line)
            joined.append((offset, cells[0]))
            index += cells[1]
            continue
        end = index
        while (
            end < len(lines) and len(lines[end][1]) == 1 and "\u4e00" <= lines[end][1] <= "\u9fff"
        ):
            end += 1
        if end - index >= 2:
            line = "".join(text for _, text in lines[index:end])
            index = end - 1
        if (
            _POINTS_LINE.fullmatch(line)
            and joined
            and _marker(joined[-1][1]) is None
            and _points_in(joined[-1][1]) is None
            and len(joined[-1][1]) <= 24
        ):
            joined[-1] = (joined[-1][0], joined[-1][1] + line)
        else:
            joined.append((offset, line))
        index += 1
    return joined


_SPACED_MARKER = re.compile(
    r"[ \u3000]{2,}(?=[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、．]"
    r"|[^，,。；;:：、\d（(\s][^，,。；;:：\s]{1,23}?[（(]\d+(?:\.\d+)?分[）)])"
)


_RUN_IN_MARKER = re.compile(
    r"(?<=[^\s\d])[ \u3000](?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}、)"
)
"""One space before a numbered item, in a paragraph that a copy ran together from many lines."""
_RUN_IN_LEAST = 3


def _spaced_pieces(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines cut where a numbered item follows two spaces or more (a layout run together).

    A line holding three numbered items or more, each after one space, is a document whose
    line breaks a copy turned into spaces: it is cut before each of them too.
    """
    pieces: list[tuple[int, str]] = []
    for offset, line in lines:
        at = 0
        gaps = list(_SPACED_MARKER.finditer(line))
        run_in = list(_RUN_IN_MARKER.finditer(line))
        if len(run_in) >= _RUN_IN_LEAST:
            gaps = sorted([*gaps, *run_in], key=lambda gap: gap.start())
        for gap in gaps:
            if gap.start() < at:
                continue
            if line[at : gap.start()].strip():
                pieces.append((offset + at, line[at : gap.start()].strip()))
            at = gap.end()
        piece = line[at:].strip()
        if piece:
            pieces.append((offset + at + line[at:].index(piece), piece))
    return pieces


def _room(item: _Item) -> float:
    """The points of a heading not yet taken by the items under it."""
    taken = sum(child.points for child in item.children if child.points is not None)
    return (item.points or 0.0) - taken


# no appraisal table nests its headings deeper; a run of headings with equal points (junk, or a
# list of headings without items) would otherwise nest one in the next without end
_MAX_HEADING_DEPTH = 8


def _pop_to_room(stack: list[_Item], points: float) -> None:
    """Leave on ``stack`` the headings whose points still have room for ``points`` more."""
    while stack and (len(stack) >= _MAX_HEADING_DEPTH or _room(stack[-1]) < points - 1e-9):
        stack.pop()


def _open_heading(
    reader: _Reader, stack: list[_Item], heading: re.Match[str], offset: int
) -> _Item:
    """An unnumbered heading with its points opens a group, under the heading it fits in."""
    points = float(heading.group("points"))
    _pop_to_room(stack, points)
    item = _Item(
        level=stack[-1].level + 1 if stack else _HEADING,
        title=_clean_title(heading.group("title")),
        start=offset,
        end=offset + heading.end(),
        points=points,
    )
    item.section = _section_of(item.title, stack[-1].section if stack else "items")
    (stack[-1].children if stack else reader.roots).append(item)
    stack.append(item)
    return item


def _read_numbered(reader: _Reader, lines: list[tuple[int, str]]) -> None:
    stack: list[_Item] = []
    current: _Item | None = None
    for offset, line in _joined_headings(_spaced_pieces(lines)):
        marker = _marker(line)
        if marker is not None:
            current = _numbered_item(reader, stack, offset, line, marker)
            continue
        heading = _heading_item(reader, stack, offset, line)
        if heading is not None:
            current = heading
        elif _ABOVE.match(line) and len(stack) >= 2 and stack[-1] is current:
            # 以上各项…: a standard for every item of the group just read
            stack[-2].standard.append((offset, line))
        elif current is not None and not _is_global(line):
            current.standard.append((offset, line))
        elif _is_section_title(line):
            current = None
            stack.clear()


def _heading_item(reader: _Reader, stack: list[_Item], offset: int, line: str) -> _Item | None:
    """An unnumbered line that opens with a heading and its points (组织领导（10分）…), if it is."""
    heading = _HEADING_LINE.match(line)
    if heading is None or _TAKE.search(heading.group()):
        return None
    item = _open_heading(reader, stack, heading, offset)
    rest = line[heading.end() :].strip(" 。；;：:，,")
    if rest:
        item.standard.append((offset + line.index(rest, heading.end()), rest))
    return item


def _numbered_item(
    reader: _Reader, stack: list[_Item], offset: int, line: str, marker: tuple[str, int]
) -> _Item:
    """The item a numbered line opens, or the item whose standard it continues."""
    kind, body = marker
    level = _LEVELS.index(kind)
    content = line[body:]
    points = _closing_points(content) or _item_points(content)
    while stack and stack[-1].level >= level:
        stack.pop()
    parent = stack[-1] if stack else None
    if points is None and parent is not None and parent.points is not None:
        # a numbered clause of an item's standard, not an item of its own
        parent.standard.append((offset, line))
        return parent
    value, left, right = points if points is not None else (None, len(content), len(content))
    title = _clean_title(content[:left])
    section = _section_of(title, parent.section if parent else "items")
    item = _Item(
        level=level,
        title=title,
        start=offset,
        end=offset + len(line),
        points=value,
        section=section,
    )
    rest = content[right:].strip(" ，,。：:")
    if rest:
        item.standard.append((offset + body + right + content[right:].index(rest), rest))
    (parent.children if parent is not None else reader.roots).append(item)
    stack.append(item)
    return item


def _closing_points(content: str) -> tuple[float, int, int] | None:
    """The points that close an item's line when the points stated before add up to them.

    ``开展廉洁从业教育（1分）；开展任职廉政谈话（1分）。（2分）``: the item has 2 points; the
    span returned runs from the first points stated to the last, so the title ends before them.
    """
    found = list(_POINTS_PAREN.finditer(content))
    if len(found) < 2:
        return None
    last = found[-1]
    if content[last.end() :].strip(" 。；;，,"):
        return None
    parts = sum(float(match.group(1)) for match in found[:-1])
    if abs(parts - float(last.group(1))) > 1e-9:
        return None
    return float(last.group(1)), found[0].start(), last.end()


def _item_points(content: str) -> tuple[float, int, int] | None:
    """The points of a numbered line: ``（5分）``, a bare ``5分``, ``分值为10分`` or ``…的，得6分``."""
    points = _points_in(content)
    if points is None and (stated := _STATED.search(content)) is not None:
        points = float(stated.group(1)), stated.start(), stated.end()
    if points is None and (earned := _EARNED.search(content)) is not None:
        points = float(earned.group(1)), earned.start(), earned.end()
    if points is None and (weight := _WEIGHT.search(content)) is not None:
        points = float(weight.group(1)), weight.start(), weight.end()
    if points is None:
        points = _glued_points(content)
    return points


_GLUED = re.compile(r"(?<=[\u4e00-\u9fff）)])" + _NUMBER + r"\s*分(?=[，,。；;\s]|$)")
_NOT_GLUED_AFTER = "扣加得减计为至到满共过于前后第少多占每"
"""What before a number makes it a deduction, a bound or a count, not the item's points."""


def _glued_points(content: str) -> tuple[float, int, int] | None:
    """Points written onto the end of an item's text: ``规章制度做到人手一册6分，每缺一项扣2分``."""
    for glued in _GLUED.finditer(content):
        before = content[max(0, glued.start() - 2) : glued.start()]
        # 记 before a number scores it (记2分), but 登记 is a word of its own
        if before[-1] not in _NOT_GLUED_AFTER and (before[-1] != "记" or before == "登记"):
            return float(glued.group(1)), glued.start(), glued.end()
    return None


def _clean_title(title: str) -> str:
    # a heading spaced out to fill its cell (组织 领导 工作) closes up
    title = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", title)
    return title.strip(" \t，,。：:；;")


def _is_section_title(line: str) -> bool:
    return len(line) < 20 and bool(re.search(r"(?:加分|减分|扣分|否决|等次|评定|结果)", line))


def _is_global(line: str) -> bool:
    """A line that speaks of the whole appraisal (bands, vetoes, quotas), not of one item."""
    return bool(_VETO.search(line) or _BAND_ABOVE.search(line) or _QUOTA.search(line))


# ---------------------------------------------------------------------------------------------
# Tables


def _cells(line: str) -> list[str] | None:
    if line.count("|") >= 2:
        inner = line.strip()
        inner = inner.removeprefix("|").removesuffix("|")  # one edge pipe: empty cells stay
        return [cell.strip() for cell in inner.split("|")]
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return None


_Row = list[tuple[int, str]]
"""A table row: each cell's text with the offset where it starts in the document."""

_POINTS_CELL = re.compile(r"(\d+(?:\.\d+)?)\s*分?")


def _placed(offset: int, line: str, cells: list[str]) -> _Row:
    """The cells of a one-line row with their offsets, found left to right in the line."""
    row: _Row = []
    at = 0
    for cell in cells:
        found = line.find(cell, at) if cell else -1
        if found >= 0:
            at = found + len(cell)
        row.append((offset + max(found, at if not cell else 0), cell))
    return row


@attrs.define(slots=True)
class _Table:
    """A table being read: its columns, the groups its name cells opened, and its last item."""

    reader: _Reader
    columns: dict[str, list[int]]
    groups: list[_Item | None] = attrs.field(factory=list)
    stacks: dict[int, list[tuple[str, _Item]]] = attrs.field(factory=dict)
    last: _Item | None = None
    last_marker: str | None = None
    opened: list[_Item] = attrs.field(factory=list)  # the groups the name cells opened
    rows: list[_Item] = attrs.field(factory=list)  # the items of the rows

    def attach(self, item: _Item, depth: int) -> None:
        """Put ``item`` under the deepest open group above ``depth``, or at the top."""
        parent = next((g for g in reversed(self.groups[:depth]) if g is not None), None)
        item.section = _section_of(item.title, parent.section if parent is not None else "items")
        (parent.children if parent is not None else self.reader.roots).append(item)


def _read_tables(reader: _Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read every table with a 分值 column (or points in its cells); return the lines used.

    A table comes as pipe or tab rows, as cells one a line each opened by ``|`` (a row ends
    with a lone ``|``), or as cells one a line under a header of one heading a line.
    """
    used: set[int] = set()
    table: _Table | None = None
    for row, offsets in _table_rows(lines):
        if row is None:
            _contents_of_groups(table)
            table = None
            continue
        cells = [text for _, text in row]
        if all(re.fullmatch(r":?-{2,}:?|", cell) for cell in cells):
            used.update(offsets)
            continue
        header = _header(cells)
        if header is not None:
            _contents_of_groups(table)
            table = _Table(reader, header)
            used.update(offsets)
        elif table is not None:
            used.update(offsets)
            if not table.rows and not table.opened:
                _widen_first_name(table, row)
            _table_row(table, _aligned(table, row))
    _contents_of_groups(table)
    return used


def _widen_first_name(table: _Table, row: _Row) -> None:
    """A header whose first name cell spans two columns (考核内容 over 场所设置 | 基础设施).

    The first row has one cell more than the header, and its number stands one column to the
    right of the points column: the first column is a heading column the header does not name.
    """
    columns = table.columns
    width, points = columns["width"][0], columns["points"]
    filled = [text for _, text in row if text]
    if len(filled) != len(row) or len(row) != width + 1 or columns["names"][:1] != [0]:
        return
    if len(points) != 1 or _POINTS_CELL.fullmatch(row[points[0]][1]):
        return
    if not _POINTS_CELL.fullmatch(row[points[0] + 1][1]):
        return
    table.columns = {key: [index + 1 for index in value] for key, value in columns.items()}
    table.columns["names"] = [0, *table.columns["names"]]
    table.columns["width"] = [width + 1]


def _merged_points(reader: _Reader) -> None:
    """Points repeated down a group's rows are the group's when only that reading fits the total.

    A web page's table repeats a merged points cell in every row it covers (组织领导 | 20 |
    成立领导小组 and 组织领导 | 20 | 召开专题会议): each row then states the group's points. When the
    items add up to the stated total only with each such group taking its points once, the
    group takes them and its rows keep none.
    """
    if reader.total is None or not reader.spread:
        return
    total = sum(item.points if item.points is not None else _sum(item) for item in reader.roots)
    once = sum(
        group.children[0].points * (len(group.children) - 1)
        for group in reader.spread
        if group.children[0].points is not None
    )
    if abs(total - reader.total) < 1e-6 or abs(total - once - reader.total) > 1e-6:
        return
    for group in reader.spread:
        group.points = group.children[0].points
        for child in group.children:
            child.points = None


def _contents_of_groups(table: _Table | None) -> None:
    """A group of a table over one row that only describes it is that row's item.

    The row's name repeats the group's (a cell merged over two columns), or the row is a
    description between the group and the scored points of its standard (|日常工作|7|调整领导小组…
    |1.…（1分）；2.…（3分）|: 日常工作 is the item of 7 points, 调整领导小组… what it checks). The
    group takes the row's points, standard and items, and the row's name joins its standard.
    """
    if table is None:
        return
    rows = {id(item) for item in table.rows}
    table.reader.spread.extend(
        group
        for group in table.opened
        if group.points is None
        and len(group.children) >= 2
        and all(id(child) in rows and not child.children for child in group.children)
        and len({child.points for child in group.children}) == 1
        and group.children[0].points is not None
    )
    for group in table.opened:
        if group.points is not None or len(group.children) != 1:
            continue
        (row,) = group.children
        if id(row) not in rows or row.points is None:
            continue
        if not row.children and row.title != group.title:
            continue  # a row of its own under a heading (依法决策 | 重大决策合法性审查 | 15)
        group.points = row.points
        group.children = row.children
        group.standard = [(row.start, row.title), *row.standard] if row.title else row.standard
        group.end = max(group.end, row.end)


def _table_rows(lines: list[tuple[int, str]]) -> Iterator[tuple[_Row | None, list[int]]]:
    """The rows of the tables in ``lines``, with the offsets of the lines each row takes."""
    index = 0
    while index < len(lines):
        unfolded = (
            _pipe_cell_rows(lines, index)
            or _header_cell_rows(lines, index)
            or _space_rows(lines, index)
        )
        if unfolded is not None:
            rows, index = unfolded
            yield from rows
            yield None, []
            continue
        offset, line = lines[index]
        split = _split_row(lines, index)
        if split is not None:
            row, offsets = split
            yield row, offsets
            index += len(offsets)
            continue
        cells = [] if not line.strip("| ") else _cells(line)
        yield (None if cells is None else _placed(offset, line, cells)), [offset]
        index += 1


_SPLIT_ROW_LINES = 30
"""The most lines a pipe row split across lines may take."""


def _split_row(lines: list[tuple[int, str]], index: int) -> tuple[_Row, list[int]] | None:
    """A pipe row whose last cell runs on over the next lines, up to the line closing it with ``|``.

    The cell keeps the text between its lines as spaces, so that offsets inside it stay true.
    """
    offset, line = lines[index]
    if not line.startswith("|") or line.endswith("|") or line.count("|") < 2:
        return None
    end = index + 1
    while end < min(len(lines), index + _SPLIT_ROW_LINES) and not lines[end][1].startswith("|"):
        if lines[end][1].endswith("|"):
            break
        end += 1
    if end >= len(lines) or lines[end][1].startswith("|") or not lines[end][1].endswith("|"):
        return None
    row = _placed(offset, line, _cells(line) or [])
    start, text = row[-1]
    for next_offset, next_line in lines[index + 1 : end + 1]:
        gap = next_offset - (start + len(text))
        text += " " * gap + next_line
    row[-1] = (start, text.removesuffix("|").rstrip())
    return row, [offset for offset, _ in lines[index : end + 1]]


def _pipe_cell_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[_Row | None, list[int]]], int] | None:
    """Rows whose cells stand one a line, each after the first opened by ``|``.

    A lone ``|`` ends the row; a first cell written one character a line joins up.
    """
    ahead = lines[index : index + 3]
    if len(ahead) < 3 or ahead[0][1].startswith("|") or _cells(ahead[0][1]) is not None:
        return None
    if not all(line.startswith("|") and line.count("|") == 1 for _, line in ahead[1:]):
        return None
    rows = _PipeCells()
    while index < len(lines):
        offset, line = lines[index]
        if line.count("|") > 1 or "\t" in line:
            break
        rows.take(offset, line)
        index += 1
    rows.close()
    return (rows.rows, index) if len(rows.rows) >= 2 else None


@attrs.define(slots=True)
class _PipeCells:
    """Rows being gathered from cells one a line: the current row and the lines it took."""

    rows: list[tuple[_Row | None, list[int]]] = attrs.field(factory=list)
    row: _Row = attrs.field(factory=list)
    offsets: list[int] = attrs.field(factory=list)
    opened: bool = False  # whether the row has a cell opened by "|"

    def take(self, offset: int, line: str) -> None:
        self.offsets.append(offset)
        if line == "|":
            self.close()
        elif line.startswith("|"):
            text = line[1:].strip()
            self.row.append((offset + line.index(text) if text else offset, text))
            self.opened = True
        elif self.row:
            # a heading written a character a line joins up; a cell's next line gets a stop
            last_offset, last = self.row[-1]
            self.row[-1] = (last_offset, last + ("；" if self.opened else "") + line)
        else:
            self.row = [(offset, line)]

    def close(self) -> None:
        if self.row:
            self.rows.append((self.row, self.offsets))
        self.row, self.offsets, self.opened = [], [], False


_HEADING_CELL = re.compile(
    r"(?:考[核评](?:项目|内容|指标|标准|细则|条目|细项)|类别|项目|指标|分值|权重|"
    r"评分标准|评分细则|扣分标准|考核标准|考评标准|评分办法)"
)


def _header_cell_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[_Row | None, list[int]]], int] | None:
    """Cells one a line under a header of one heading a line (类别 / 分值 / 考核标准).

    Each following run of as many lines is a row, while its points cell holds a number.
    """
    width = 0
    while index + width < len(lines):
        cell = re.sub(r"\s+", "", lines[index + width][1])
        if len(cell) > 6 or not _HEADING_CELL.fullmatch(cell):
            break
        width += 1
    if width < 2:
        return None
    header = [re.sub(r"\s+", "", lines[index + k][1]) for k in range(width)]
    columns = _header(header)
    if columns is None or not columns["points"]:
        return None
    points_at = columns["points"][0]
    rows: list[tuple[_Row | None, list[int]]] = [
        ([(lines[index + k][0], header[k]) for k in range(width)], [lines[index][0]])
    ]
    at = index + width
    while at + width <= len(lines):
        chunk = lines[at : at + width]
        if not _POINTS_CELL.fullmatch(chunk[points_at][1]) or any(
            _cells(line) is not None for _, line in chunk
        ):
            break
        rows.append(([(offset, line) for offset, line in chunk], [o for o, _ in chunk]))
        at += width
    if len(rows) < 2 and points_at == 1 and width >= 3:
        return _anchored_cell_rows(lines, index + width, rows)
    return (rows, at) if len(rows) >= 2 else None


_TRAILING_HEADING = re.compile(r"备注|说明|得分|自评分?|考评分|扣分原因|实得分")
_SHORT_NAME = 24


def _anchored_cell_rows(
    lines: list[tuple[int, str]], at: int, rows: list[tuple[_Row | None, list[int]]]
) -> tuple[list[tuple[_Row | None, list[int]]], int] | None:
    """Rows of a name line, a points line and a standard of one line or more (类别 / 分值 / 标准).

    The standard runs on to the next name followed by its points; a trailing heading with no
    cells under it (备注) is passed over.
    """
    while at < len(lines) and _TRAILING_HEADING.fullmatch(re.sub(r"\s+", "", lines[at][1])):
        at += 1

    def opens(where: int) -> bool:
        if where + 2 >= len(lines):
            return False
        name, points = lines[where][1], lines[where + 1][1]
        return (
            len(name) <= _SHORT_NAME
            and _marker(name) is None
            and _cells(name) is None
            and _POINTS_CELL.fullmatch(points) is not None
        )

    found: list[tuple[_Row | None, list[int]]] = []
    while opens(at):
        end = at + 3
        # the standard's lines follow one another, line after line, to the next row
        while (
            end < len(lines)
            and not opens(end)
            and _cells(lines[end][1]) is None
            and lines[end][0] == lines[end - 1][0] + len(lines[end - 1][1]) + 1
        ):
            end += 1
        standard = "\n".join(line for _, line in lines[at + 2 : end])
        row = [lines[at], lines[at + 1], (lines[at + 2][0], standard)]
        found.append((row, [offset for offset, _ in lines[at:end]]))
        at = end
    return ([*rows, *found], at) if len(found) >= 2 else None


_SPACES = re.compile(r"[ \u3000]{2,}")


def _space_cells(offset: int, line: str) -> _Row:
    """The cells of a line whose columns are set apart by two spaces or more."""
    row: _Row = []
    at = 0
    for gap in [*_SPACES.finditer(line), None]:
        end = gap.start() if gap is not None else len(line)
        if line[at:end].strip():
            row.append((offset + at, line[at:end].strip()))
        at = gap.end() if gap is not None else at
    return row


def _space_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[_Row | None, list[int]]], int] | None:
    """A table whose columns are set apart by two spaces or more.

    A header of three cells or more, then every line of two cells or more (a row that leaves
    merged cells out has fewer).
    """
    offset, line = lines[index]
    header = _space_cells(offset, line)
    if len(header) < 3 or _cells(line) is not None or _header([t for _, t in header]) is None:
        return None
    rows: list[tuple[_Row | None, list[int]]] = [(header, [offset])]
    at = index + 1
    while at < len(lines):
        row = _space_cells(*lines[at])
        if len(row) < 2 or _cells(lines[at][1]) is not None:
            break
        rows.append((row, [lines[at][0]]))
        at += 1
    return (rows, at) if len(rows) >= 2 else None


def _header(cells: list[str]) -> dict[str, list[int]] | None:
    names: list[int] = []
    points: list[int] = []
    standards: list[int] = []
    skipped: list[int] = []
    clean = [re.sub(r"\s+", "", raw) for raw in cells]
    for index, cell in enumerate(clean):
        if _HEADER_POINTS.match(cell):
            points.append(index)
        elif _HEADER_STANDARD.search(cell) and len(cell) <= 10:
            standards.append(index)
        elif _HEADER_SKIP.search(cell) and len(cell) <= 8:
            skipped.append(index)
        elif _HEADER_NAME.search(cell) and len(cell) <= 10:
            names.append(index)
    if len(standards) >= 2 and not points:
        # 考核标准 beside 扣分标准: the first holds the items, the second how they are scored
        first = next((i for i in standards if re.search(r"考[核评]|工作", clean[i])), None)
        if first is not None:
            standards.remove(first)
            names = sorted([*names, first])
    if not names or not (points or standards or skipped):
        return None
    width = len(cells) - (not cells[-1])
    # a points column after a heading column and before the next name column is the heading's
    # (一级指标 | 分值 | 二级指标 | 分值): the row's own points are the first after the last name
    own = [index for index in points if index > names[-1]]
    heads = [
        (index, max(name for name in names if name < index))
        for index in points
        if own and names[0] < index < names[-1]
    ]
    own = own or points
    return {
        "names": names,
        "points": own[:1],
        "group_points": [index for index, _ in heads],
        "group_names": [name for _, name in heads],
        "standards": standards,
        "skipped": skipped,
        "subtotals": [index for index in skipped if re.search(r"合计|小计", clean[index])],
        "serials": [index for index in skipped if re.search(r"序号|编号", clean[index])],
        "width": [width],
    }


def _aligned(table: _Table, row: _Row) -> _Row:
    """A row with fewer cells than the header (merged cells left out) moved under its columns.

    The cells are slid right to where they fit best: a number on the points column, text on
    a name or standard column; a lone cell numbered like the last item is the next item.
    """
    filled = len(row)
    while filled and not row[filled - 1][1]:
        filled -= 1
    width = table.columns["width"][0]
    if filled == 0 or filled >= width:
        return row
    kinds: dict[int, str] = dict.fromkeys(table.columns["names"], "name")
    kinds.update(dict.fromkeys(table.columns["standards"], "standard"))
    kinds.update(dict.fromkeys(table.columns["points"], "points"))
    kinds.update(dict.fromkeys(table.columns["group_points"], "points"))
    kinds.update(dict.fromkeys(table.columns["skipped"], "skip"))

    def fit(shift: int) -> int:
        score = 0
        for index, (_, text) in enumerate(row[:filled]):
            kind = kinds.get(index + shift, "skip")
            number = bool(_POINTS_CELL.fullmatch(text))
            if not text:
                continue
            if number:
                score += 2 if kind in ("points", "skip") else -2
            else:
                score += 1 if kind in ("name", "standard") else -3
        return score

    shifts = range(width - filled + 1)
    best = max(fit(shift) for shift in shifts)
    marker = _marker(row[0][1])
    same = marker is not None and marker[0] == table.last_marker
    chosen = (
        max(s for s in shifts if fit(s) == best)
        if same
        else next(s for s in shifts if fit(s) == best)
    )
    if chosen == 0:
        return row
    pad = [(row[0][0], "")] * chosen
    return [*pad, *row[:filled]]


def _where(row: _Row, text: str) -> int:
    """Where ``text`` starts in the document: in the first cell of ``row`` that holds it."""
    for offset, content in row:
        found = content.find(text) if text else -1
        if found >= 0:
            return offset + found
    return row[0][0] if row else 0


def _table_row(table: _Table, row: _Row) -> None:
    def cell(index: int) -> str:
        return row[index][1] if index < len(row) else ""

    def where(text: str) -> int:
        return _where(row, text)

    names = table.columns["names"]
    filled = sum(1 for _, text in row if text)
    if filled > table.columns["width"][0] and not row[-1][1]:
        # more cells than the header: a heading column the header does not name
        row = row[filled - table.columns["width"][0] :]
    while len(table.groups) < len(names):
        table.groups.append(None)
    points_text = _row_points(table, row)
    if _total_row(table, row, [cell(index) for index in names], points_text):
        return
    name = cell(names[-1])
    # a merged cell in the last name column that states points heads a group of rows
    heads = names if _POINTS_PAREN.search(name) and points_text else names[:-1]
    opened = len(table.opened)
    _open_row_groups(table, [(cell(index), where(cell(index))) for index in heads])
    _group_points(table, row)
    _row_subtotal(table, row)
    if heads is names:
        name = ""
    standard = " ".join(cell(index) for index in table.columns["standards"] if cell(index))
    if not name and len(table.opened) > opened and _heading_row(table, points_text, standard, row):
        return
    if not name and not points_text:
        if table.last is not None and standard:
            table.last.standard.append((where(standard), standard))
        return
    item = _row_item(table, row, name, points_text, standard)
    item.level = len(names) - 1
    cells = [cell(index) for index in table.columns["standards"] if cell(index)]
    _scored_standard(item, [(where(text), text) for text in cells])
    table.attach(item, len(table.groups))
    table.rows.append(item)
    table.last = item


_SUBTOTAL_CELL = re.compile(r"小计|合计|小计分值")
_TOTAL_CELL = re.compile(r"(?:合计|总计|总分值?|满分|共计|总体?分值)(?:[（(]分[）)])?")


def _total_row(table: _Table, row: _Row, names: list[str], points_text: str) -> bool:
    """A row that states the table's total (|合计||100|, |总分|总分|100|): no item.

    Its points are the stated total (unless a sentence already stated one). A 小计 row under a
    heading (|组织领导|小计|20|) states the points of the group the heading opened.
    """
    named = [re.sub(r"\s+", "", text) for text in names if text]
    number = _POINTS_CELL.fullmatch(points_text.strip()) if points_text else None
    if not named:
        return False
    if all(_TOTAL_CELL.fullmatch(text) for text in named):
        if number is not None and table.reader.total is None:
            table.reader.total = float(number.group(1))
    elif _SUBTOTAL_CELL.fullmatch(named[-1]):
        # |组织领导|小计|20|: the points of the group its heading cells opened
        deepest = next((group for group in reversed(table.groups) if group is not None), None)
        if number is not None and deepest is not None and deepest.points is None:
            deepest.points = float(number.group(1))
    else:
        return False
    table.reader.repeated.extend((start, start + len(text)) for start, text in row if text)
    return True


def _heading_row(table: _Table, points_text: str, standard: str, row: _Row) -> bool:
    """A row that opens a group and names no item: its points are the group's (|一|组织领导|20|)."""
    group = table.opened[-1]
    number = re.search(_NUMBER, points_text)
    if group.points is not None or number is None:
        return False
    group.points = float(number.group(1))
    if standard:
        group.standard.append((_where(row, standard), standard))
    return True


def _open_row_groups(table: _Table, cells: list[tuple[str, int]]) -> None:
    """Open the groups a row's name cells head, one per depth (text and where it starts)."""
    above = ""
    for depth, (text, start) in enumerate(cells):
        if text and text == above:
            # a cell merged over two name columns (colspan) repeats itself: one group, not two
            for deeper in range(depth, len(table.groups)):
                table.groups[deeper] = None
                table.stacks.pop(deeper, None)
        elif text:
            _table_groups(table, depth, text, start)
        above = text or above


def _row_item(table: _Table, row: _Row, name: str, points_text: str, standard: str) -> _Item:
    """The item of a row: its title, points (a cell, ``(5分)`` or a bare ``5分`` at the end)."""
    found = re.search(_NUMBER, points_text) or _POINTS_PAREN.search(name)
    if found is None and name and (tail := _POINTS_BARE.search(name)) is not None:
        # points at the end of the item's text (…年度工作计划。3分)
        found = tail
        name = name[: tail.start()] + name[tail.end() :]
    if found is None and name and not _CELL_ITEM.search(standard):
        # no points column: the one (X分) of the content cell (成立领导小组（10分）。未成立…)
        stated = list(_POINTS_PAREN.finditer(standard))
        found = stated[0] if len(stated) == 1 else None
    marker = _marker(name)
    table.last_marker = marker[0] if marker else None
    raw = name
    name = _unnumbered(name)
    title = _clean_title(_strip_points(name)) or _clean_title(standard[:30])
    if not standard and (_TAKE.search(name) or _NO_POINTS.search(name)):
        title, standard = _own_standard(title), name
    item = _Item(
        level=0,
        title=title,
        start=_where(row, raw or points_text),
        end=row[-1][0] + len(row[-1][1]) if row else 0,
        points=float(found.group(1)) if found is not None else None,
    )
    if standard:
        item.standard.append((_where(row, standard), standard))
    return item


_POINTS_OPEN = re.compile(r"[（(]\s*" + _NUMBER + r"\s*分\s*(?=[，,；;])")
"""Points that open a bracket of their standard: （3分，少一次扣1分）."""
_CELL_ITEM = re.compile(r"(?:^|(?<=[\s;；。，,]))(\d{1,2})[.、．](?!\d)")


def _scored_standard(item: _Item, cells: list[tuple[int, str]] | None = None) -> None:
    """A standard cell that lists numbered points with their own points (1.…（5分）；2.…（3分）).

    Each numbered point becomes an item under the row's item, with its text as its standard.
    When the cell beside it (扣分标准) numbers its rules the same way (1.…扣5分；2.…扣2分),
    each rule goes to the point of its number.
    """
    if cells is not None and len(cells) >= 2 and not item.children:
        item.standard = [cells[0]]
        _scored_standard(item)
        rules = _numbered_pieces(cells[1][1]) if len(cells) == 2 else None
        if rules is not None and len(item.children) == len(rules):
            for child, (start, piece) in zip(item.children, rules, strict=True):
                rule = piece.strip(" ；;。，,")
                if rule:
                    child.standard.append((cells[1][0] + start + piece.index(rule), rule))
            return
        # each cell keeps its own place in the text, so that none of it is read twice
        item.standard.extend(cells[1:])
        return
    if len(item.standard) != 1 or item.children:
        return
    offset, text = item.standard[0]
    pieces = _numbered_pieces(text)
    if pieces is None:
        return
    found = [
        points
        for _, piece in pieces
        if (points := _POINTS_PAREN.search(piece) or _POINTS_OPEN.search(piece))
    ]
    if len(found) != len(pieces):
        return
    for (start, piece), points in zip(pieces, found, strict=True):
        child = _Item(
            item.level + 1,
            _clean_title(piece[: points.start()].strip(" ；;。，,")),
            offset + start,
            offset + start + len(piece),
            float(points.group(1)),
        )
        rest = piece[points.end() :].strip(" ；;。，,")
        if rest:
            child.standard.append((offset + start + piece.index(rest), rest))
        item.children.append(child)
    item.standard = []


def _numbered_pieces(text: str) -> list[tuple[int, str]] | None:
    """The pieces of a cell numbered 1, 2, 3, … in order, each with where it starts, if it is."""
    marks = list(_CELL_ITEM.finditer(text))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    return [
        (mark.end(), text[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)])
        for i, mark in enumerate(marks)
    ]


def _row_points(table: _Table, row: _Row) -> str:
    """The text of a row's points: its 分值 cell, or a cell of its own holding 6分 or a bare 6."""
    points = table.columns["points"]
    if points and points[0] < len(row) and row[points[0]][1]:
        return row[points[0]][1]
    # a 序号 cell numbers the row: its bare number is no points
    text_columns = {*table.columns["names"], *table.columns["standards"], *table.columns["serials"]}
    return next(
        (
            text
            for index, (_, text) in enumerate(row)
            if index not in text_columns and _POINTS_CELL.fullmatch(text)
        ),
        "",
    )


def _row_subtotal(table: _Table, row: _Row) -> None:
    """A 合计 / 小计 cell states the points of the group the row opened."""
    for index in table.columns["subtotals"]:
        text = row[index][1] if index < len(row) else ""
        number = _POINTS_CELL.fullmatch(text)
        deepest = next((group for group in reversed(table.groups) if group is not None), None)
        if number is not None and deepest is not None and deepest.points is None:
            deepest.points = float(number.group(1))


def _group_points(table: _Table, row: _Row) -> None:
    """A heading column's own points column gives the group it opened its points."""
    names = table.columns["names"]
    for points_at, name_at in zip(
        table.columns["group_points"], table.columns["group_names"], strict=True
    ):
        text = row[points_at][1] if points_at < len(row) else ""
        number = _POINTS_CELL.fullmatch(text)
        group = table.groups[names.index(name_at)]
        if number is None or group is None:
            continue
        if group.points is None:
            group.points = float(number.group(1))
        # the cell (and its repeats down a merged column) is the group's
        table.reader.repeated.append((row[points_at][0], row[points_at][0] + len(text)))


def _own_standard(title: str) -> str:
    """The title of an item whose text states its own standard (…，每项扣5分): its first words."""
    head = re.match(r"[^。；;，,（(]+", title)
    return _clean_title(head.group()) if head else title


def _unnumbered(name: str) -> str:
    marker = _marker(name)
    return name if marker is None else name[marker[1] :]


def _table_groups(table: _Table, depth: int, text: str, start: int) -> None:
    """Open the groups a name cell heads; numbered headings nest by their numbering kind."""
    stack = table.stacks.setdefault(depth, [])
    if stack and stack[-1][1].title == _clean_title(_strip_points(text)):
        # a merged cell repeated in the rows below it (rowspan): the group is open already
        table.reader.repeated.append((start, start + len(text)))
        return
    for part in re.finditer(r".+?(?:分\s*[）)]|$)", text):
        piece = part.group().strip()
        if not piece:
            continue
        marker = _marker(piece)
        kind = marker[0] if marker else "plain"
        kinds = [entry[0] for entry in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        elif kind == "plain":
            stack.clear()
        stated = _points_in(piece)
        group = _Item(
            level=depth,
            title=_clean_title(_strip_points(piece[marker[1] :] if marker else piece)),
            start=start + part.start(),
            end=start + part.end(),
            points=stated[0] if stated else None,
        )
        if stack:
            stack[-1][1].children.append(group)
            group.section = _section_of(group.title, stack[-1][1].section)
        else:
            table.attach(group, depth)
        table.opened.append(group)
        stack.append((kind, group))
    if stack:
        table.groups[depth] = stack[-1][1]
    for deeper in range(depth + 1, len(table.groups)):
        table.groups[deeper] = None
        table.stacks.pop(deeper, None)


# A table flattened into one run of text, as sharing sites and copied PDFs give it: its header
# words run together (考评项目考评内容分值评分标准), then headings with their points and items whose
# points column is glued to them (``51、`` for item 1 of 5 points, or ``。4未…`` after the title).
_RUN_HEADER = re.compile(
    r"(?:考[评核]|评定|评分)?(?:项目|内容|指标)[^。]{0,12}?(?:分值|标准分)[^。]{0,4}?"
    r"(?:评分标准|评定标准|评分细则|考核标准|扣分标准)"
)
_RUN_HEADER_WORDS = re.compile(
    r"(?:(?:序号|考[核评]项目(?:及分值)?|考[核评]内容|考[核评]标准|考[核评]指标|考[核评]办法|考[核评]得分"
    r"|考[核评]分|评分标准|评分细则|评分项|评分办法|扣分标准|扣分理由|扣分[/／]加分情况|自评得分|自评分"
    r"|[一二三]级指标|考[核评]要点|考[核评]对象|扣分项?|加分项?|备注|情况说明"
    r"|分值|标准分|得分|项目|内容|指标)\s*(?:及|和|、)?\s*){3,}"
)
_RUN_POINTS = (
    r"\s*(?:[（(][^）)】]{0,6}?(?:(?P<points>\d+(?:\.\d+)?)\s*)?分[）)】]"
    r"|(?P<bare>\d+(?:\.\d+)?)分(?=\d))"
)
_RUN_GROUP = re.compile(
    r"(?P<mark>[一二三四五六七八九十]+[、.．]?|\d{1,2}[、.．])\s*"
    r"(?P<title>(?:(?![扣加得减每少缺])[^。；;，,（(\d\s]){2,24}?)" + _RUN_POINTS
)
# a heading with its points that opens the run, unnumbered (场所设施设备(10分)1.…)
_RUN_TITLE = (
    r"(?P<title>(?![扣加得减每少缺未无没])[^。；;，,、:：（(\d\s][^。；;，,、:：\d\s]{1,23}?)"
)
"""An unnumbered heading's title: no stop, no digit, brackets inside only (党委(党组)责任)."""
_RUN_LEAD = re.compile(r"\s*(?P<mark>(?!))?" + _RUN_TITLE + _RUN_POINTS)
# a heading with its points inside the run, unnumbered, after a full stop and before the next
# item's number (…未落实的不计分。制度建设(30分)5.有固定…)
_RUN_INNER = re.compile(
    r"(?:(?<=[。；;])|(?<=分[)）]))\s*(?P<mark>(?!))?"
    + _RUN_TITLE
    + r"\s*[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)](?P<bare>(?!))?"
    + r"(?=\s*[\d\u4e00-\u9fff])"
)


# A table whose cells stand one or more to a line, each opened by "|" (as some converters give
# Word tables): 序号 cells number the items, a column's heading may be written one character a
# line (组\n织\n建\n设\n16分), and an item's points are the sum of its (X分).
_CELL_GROUP = re.compile(r"(?P<title>[^\d|（(]{2,20}?)\s*(?P<points>\d+(?:\.\d+)?)\s*分")
_TOTAL_IN = re.compile(r"共\s*" + _NUMBER + r"\s*分")


def _read_cell_lines(reader: _Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read a table of "|" cells numbered by a 序号 column; return the offsets of its lines."""
    starts = [index for index, (_, line) in enumerate(lines) if line.lstrip("| ").strip() == "序号"]
    if not starts or not lines[starts[0]][1].startswith("|"):
        return set()
    body = lines[starts[0] + 1 :]
    cells: list[tuple[int, str]] = []
    for offset, line in body:
        if line.startswith("|"):
            cells.append((offset + 1, line[1:].strip()))
        elif cells:
            # a heading written a character a line joins up; a cell's next sentence gets a stop
            before = cells[-1][1]
            joiner = "" if not before or len(line) <= 3 else "；"
            cells[-1] = (cells[-1][0], before + joiner + line)
        else:
            cells.append((offset, line))
    group: _Item | None = None
    index = 0
    while index < len(cells):
        offset, text = cells[index]
        plain = text.replace("；", "")
        heading = _CELL_GROUP.fullmatch(plain)
        if heading is not None and not re.fullmatch(r"\d+", plain):
            points = float(heading.group("points"))
            group = _Item(0, heading.group("title"), offset, offset + len(text), points)
            reader.roots.append(group)
        elif re.fullmatch(r"\d{1,3}", text) and index + 1 < len(cells):
            index += 1
            _cell_item(reader, group, cells[index])
        index += 1
    return {offset for offset, _ in lines[starts[0] :]}


def _cell_item(reader: _Reader, group: _Item | None, cell: tuple[int, str]) -> None:
    offset, text = cell
    total = _TOTAL_IN.search(text)
    points = [float(found.group(1)) for found in _POINTS_PAREN.finditer(text)]
    first = _POINTS_PAREN.search(text)
    title = text[: first.start()] if first is not None else text.partition("。")[0]
    stated = float(total.group(1)) if total else sum(points) if points else None
    item = _Item(1, _clean_title(title), offset, offset + len(text), stated)
    item.standard.append((offset, text))
    (group.children if group is not None else reader.roots).append(item)


# A table whose rows stand one a line with their cells run together: a heading with its points
# (村级班子强15分), the item's number and text, and its points at the end of the row (…审核材料6).
_ROW_HEADER = re.compile(r"^(?:指标名称|测评内容|考核内容|考评内容|评分内容)[^。]{0,16}分值")
_ROW = re.compile(
    r"^(?:(?P<group>[^\d，,。]{2,12}?)(?P<gpoints>\d+(?:\.\d+)?)分)?(?P<number>\d{1,2})"
    r"(?P<body>[^\d\s].*?)(?P<points>\d+(?:\.\d+)?)\s*$"
)


def _read_rows(reader: _Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read rows with their points at the end after a header run; return the lines used."""
    start = next((i for i, (_, line) in enumerate(lines) if _ROW_HEADER.search(line)), None)
    if start is None:
        return set()
    used = {lines[start][0]}
    group: _Item | None = None
    item: _Item | None = None
    for offset, line in lines[start + 1 :]:
        row = _ROW.match(line)
        if row is None:
            if item is not None:
                item.standard.append((offset, line))
                used.add(offset)
            continue
        used.add(offset)
        if row.group("group"):
            end = offset + row.end("gpoints")
            points = float(row.group("gpoints"))
            group = _Item(0, _clean_title(row.group("group")), offset, end, points)
            reader.roots.append(group)
        body = row.group("body")
        start = offset + row.start("number")
        points = float(row.group("points"))
        item = _Item(1, _clean_title(body), start, offset + len(line), points)
        (group.children if group is not None else reader.roots).append(item)
    return used


def _read_flattened(reader: _Reader, lines: list[tuple[int, str]]) -> set[int]:
    """Read lines that hold a flattened table; return the offsets of the lines used."""
    used: set[int] = set()
    for index, (offset, line) in enumerate(lines):
        header = _RUN_HEADER.search(line) or _RUN_HEADER_WORDS.search(line)
        if header is None:
            continue
        # the run goes on over the following lines; a sharing site cuts it into pages that it
        # numbers 1、 2、 3、 at the start of each line, which are not items
        pages = line.startswith("1、")
        pieces = [(offset + header.end(), line[header.end() :])]
        for page, (more_offset, more) in enumerate(lines[index + 1 :], 2):
            mark = f"{page}、"
            cut = len(mark) if pages and more.startswith(mark) else 0
            pieces.append((more_offset + cut, more[cut:]))
        _read_run(reader, pieces)
        used.add(offset)
        used.update(piece_offset for piece_offset, _ in pieces)
        break
    return used


# A table flattened with neither header nor numbers: each item's text ends with a full stop,
# then its points (。3分) and its standard, then the next item's text; a heading with its points
# glued to the next text (法律八进活动15分落实…) opens a group.
_TRAILING_POINTS = re.compile(r"(?<=[。；;])\s*(\d+(?:\.\d+)?)\s*分(?![值数钟\d）)])")
_GLUED_HEADING = re.compile(r"([^。；;，,、\d（(]{2,12}?)(\d+(?:\.\d+)?)分(?=[\u4e00-\u9fff])")
_STANDARD_WORDS = re.compile(r"扣|不得分|不计分|得分|提供|资料|查看|看现场|证明|酌情|以.{1,8}为准")


def _read_trailing_points(reader: _Reader, lines: list[tuple[int, str]]) -> None:
    """Read lines that hold several items with their points after their text (…。3分未…扣1分)."""
    for offset, line in lines:
        markers = list(_TRAILING_POINTS.finditer(line))
        if len(markers) < 2:
            continue
        group: _Item | None = None
        cursor = 0
        for number, marker in enumerate(markers):
            if marker.start() < cursor:
                continue
            start = cursor
            heading = _GLUED_HEADING.match(line, cursor)
            if heading is not None and heading.end() < marker.start():
                group = _Item(
                    0,
                    heading.group(1),
                    offset + start,
                    offset + heading.end(),
                    float(heading.group(2)),
                )
                reader.roots.append(group)
                start = heading.end()
            title = _clean_title(line[start : marker.start()])
            item = _Item(1, title, offset + start, offset + marker.end(), float(marker.group(1)))
            (group.children if group is not None else reader.roots).append(item)
            limit = markers[number + 1].start() if number + 1 < len(markers) else len(line)
            cursor = marker.end()
            for sentence in re.finditer(r"[^。；;]+[。；;]?", line[cursor:limit]):
                if not _STANDARD_WORDS.search(sentence.group()):
                    break
                cursor = marker.end() + sentence.end()
            standard = line[marker.end() : cursor].strip()
            if standard:
                item.standard.append((offset + line.index(standard, marker.end()), standard))
            item.end = offset + cursor


class _Offsets:
    """Offsets in the document of positions in pieces of text joined together."""

    def __init__(self, pieces: list[tuple[int, str]]) -> None:
        self.starts: list[int] = []
        self.offsets: list[int] = []
        position = 0
        for offset, piece in pieces:
            self.starts.append(position)
            self.offsets.append(offset)
            position += len(piece)

    def __call__(self, index: int) -> int:
        at = max(bisect.bisect_right(self.starts, index) - 1, 0)
        return self.offsets[at] + index - self.starts[at]


class _Groups:
    """The headings found in a run, by where they start, for quick look-ups."""

    def __init__(self, text: str) -> None:
        self.found = {match.start(): match for match in _RUN_GROUP.finditer(text)}
        for inner in _RUN_INNER.finditer(text):
            if not self.found or not any(
                found.start() <= inner.start() < found.end() for found in self.found.values()
            ):
                self.found.setdefault(inner.start(), inner)
        lead = _RUN_LEAD.match(text)
        if lead is not None and 0 not in self.found:
            self.found[0] = lead
        self.starts = sorted(self.found)
        self.size = len(text)

    def next_start(self, index: int) -> int:
        at = bisect.bisect_left(self.starts, index)
        return self.starts[at] if at < len(self.starts) else self.size

    def covers(self, position: int) -> bool:
        at = bisect.bisect_right(self.starts, position) - 1
        return at >= 0 and position < self.found[self.starts[at]].end()


_RUN_WINDOW = 4_000
"""The longest item text looked through for the next item's number in a flattened table."""


def _read_run(reader: _Reader, pieces: list[tuple[int, str]]) -> None:
    """Cut a flattened table into headings and items, the items numbered in one sequence."""
    text = "".join(piece for _, piece in pieces)
    where = _Offsets(pieces)
    if _DECIMAL_RUN.search(text) and _read_decimal_run(reader, text, where):
        return
    groups = _Groups(text)
    stack: list[_Item] = []
    current: _Item | None = None
    number = 1
    index = 0
    while index < len(text):
        group = groups.found.get(index)
        if group is not None:
            _run_group(reader, stack, group, where(index), where(group.end()))
            current = None
            index = group.end()
            if re.match(r"\s*1(?:[、.．](?!\d)|(?=[\u4e00-\u9fff“\"]))", text[index:]):
                number = 1  # the items under a heading numbered afresh
            continue
        found = _next_item(text, index, number, groups)
        next_group = groups.next_start(index)
        if found is None or found[0] > next_group:
            _run_rest(stack, current, text[index:next_group], index, where)
            current = None
            index = next_group
            continue
        glued, start, body = found
        if current is not None:
            _run_standard(current, text[index:glued], where(index))
        current = _Item(2, "", where(start), where(start), None)
        (stack[-1].children if stack else reader.roots).append(current)
        if glued < start:
            current.points = float(text[glued:start])
        index = body
        number += 1
    if current is not None and index < len(text):
        _run_standard(current, text[index:], where(index))


def _run_rest(
    stack: list[_Item], current: _Item | None, piece: str, index: int, where: _Offsets
) -> None:
    """The text of a run up to the next heading, after the last numbered item (if any)."""
    skip = len(piece) - len(piece.lstrip())
    if current is None and stack and _POINTS_PAREN.search(piece) and piece.strip():
        # one item under the heading, not numbered: its text, (X分), its standard
        current = _Item(2, "", where(index + skip), where(index + skip), None)
        stack[-1].children.append(current)
        piece, index = piece[skip:], index + skip
    if current is not None:
        _run_standard(current, piece, where(index))
    elif stack and piece.strip():
        # a heading with no numbered items: the text after it is its standard
        stack[-1].standard.append((where(index + skip), piece.strip()))


_DECIMAL_RUN = re.compile(r"(?<![\d.])1\.1(?![\d.])")
"""A flattened table numbered 1 · 1.1 · 1.1.1 (the first sub-item is enough to tell)."""


def _decimal_marker(number: tuple[int, ...]) -> re.Pattern[str]:
    """Where item ``number`` starts in a run: ``2、`` or ``1.2`` before the item's text.

    Digits just before the number are the points of the row before (``201.1.1``), so the
    number may follow a digit, but never a dot.
    """
    if len(number) == 1:
        return re.compile(rf"(?<![.\d]){number[0]}[、.．](?![\d.])")
    dotted = r"\.".join(str(part) for part in number)
    return re.compile(rf"(?<!\.){dotted}(?![\d.])(?=\s*[\u4e00-\u9fff“\"《(（])")


def _next_decimal(
    text: str, index: int, last: tuple[int, ...]
) -> tuple[tuple[int, ...], re.Match[str]] | None:
    """The first of the numbers that may follow ``last`` (a child, a sibling, an uncle…)."""
    candidates = [(*last, 1)] if last else [(1,)]
    candidates += [(*last[:depth], last[depth] + 1) for depth in range(len(last) - 1, -1, -1)]
    best: tuple[tuple[int, ...], re.Match[str]] | None = None
    for number in candidates:
        found = _decimal_marker(number).search(text, index, index + _RUN_WINDOW)
        if found is not None and (best is None or found.start() < best[1].start()):
            best = number, found
    return best


def _read_decimal_run(reader: _Reader, text: str, where: _Offsets) -> bool:
    """Read a flattened table numbered 1 · 1.1 · 1.1.1, each row's points glued to the next number.

    ``1.政府组织工作(75分)1.1纳入目标考核201.1.1纳入考核。(10分)未纳入的不得分``: row 1.1 has
    20 points, row 1.1.1 has 10. Returns whether any row was read.
    """
    marks: list[tuple[tuple[int, ...], int, int]] = []
    index = 0
    last: tuple[int, ...] = ()
    while (found := _next_decimal(text, index, last)) is not None:
        number, match = found
        marks.append((number, match.start(), match.end()))
        index, last = match.end(), number
    if len(marks) < 2:
        return False
    stack: list[tuple[int, _Item]] = []
    for position, (number, start, body) in enumerate(marks):
        end = marks[position + 1][1] if position + 1 < len(marks) else len(text)
        glued = end
        while position + 1 < len(marks) and glued > body and text[glued - 1].isdigit():
            glued -= 1
        item = _Item(len(number), "", where(start), where(end), None)
        _decimal_row(item, text[body:glued], where(body))
        if item.points is None and glued < end:
            item.points = float(text[glued:end])
        while stack and stack[-1][0] >= len(number):
            stack.pop()
        (stack[-1][1].children if stack else reader.roots).append(item)
        stack.append((len(number), item))
    return True


def _decimal_row(item: _Item, text: str, start: int) -> None:
    """A row's text: its title, its points (the first ``(X分)`` of its first sentence), the rest."""
    stop = text.find("。")
    paren = _POINTS_PAREN.search(text)
    if paren is not None and (stop < 0 or paren.start() <= stop + 1):
        item.points = float(paren.group(1))
        title, rest, at = text[: paren.start()], text[paren.end() :], paren.end()
    else:
        title = text if stop < 0 else text[:stop]
        rest, at = ("", len(text)) if stop < 0 else (text[stop + 1 :], stop + 1)
    item.title = _clean_title(title.partition("。")[0])
    rest = rest.strip(" ；;，,。")
    if rest:
        item.standard.append((start + text.index(rest, at), rest))


def _run_group(
    reader: _Reader, stack: list[_Item], group: re.Match[str], start: int, end: int
) -> None:
    """A heading of a flattened table (一、…（60分） or 1、…（20分）) opens a group."""
    mark = group.group("mark") or "一"
    level = 0 if mark[0] in "一二三四五六七八九十" else 1
    stated = group.group("points") or group.group("bare")
    points = float(stated) if stated else None
    if group.group("mark") is None and points is not None:
        # an unnumbered heading goes under the heading whose points still have room for it
        _pop_to_room(stack, points)
        level = stack[-1].level + 1 if stack else 0
    while stack and stack[-1].level >= level:
        stack.pop()
    item = _Item(level, _clean_title(group.group("title")), start, end, points)
    (stack[-1].children if stack else reader.roots).append(item)
    stack.append(item)


def _next_item(text: str, index: int, number: int, groups: _Groups) -> tuple[int, int, int] | None:
    """Where item ``number`` starts after ``index``: (glued points start, marker start, body)."""
    # 1、 1. or, after an item's points or a full stop, a bare 1 before the text
    marker = re.compile(
        rf"(?<!\.){number}[、.．](?!\d)|(?<=[。；;)）分]){number}(?=[\u4e00-\u9fff“\"])"
    )
    for found in marker.finditer(text, index, min(len(text), index + _RUN_WINDOW)):
        if groups.covers(found.start()):
            continue
        glued = found.start()
        while glued > index and (text[glued - 1].isdigit() or text[glued - 1] == "."):
            glued -= 1
        return glued, found.start(), found.end()
    return None


_POINTS_AFTER_TEXT = re.compile(r"(?<=[。；;])\s*(\d+(?:\.\d+)?)\s*分(?![值数钟\d）)])")
"""An item's points at the start of a sentence of its row: ``…有总结。8分未成立的扣2分``."""


def _run_standard(item: _Item, text: str, start: int) -> None:
    """An item's text in a run: the title up to 。, the points glued after it, the standard."""
    title, _, rest = text.partition("。")
    scoring = re.search(r"[；;](?=[^；;]*(?:扣|不得分|不计分|酌情))", title)
    if scoring is not None and not _POINTS_PAREN.search(title):
        # a clause of the first sentence that says how the item is scored is its standard
        described = title[scoring.end() :].strip()
        if described:
            item.standard.append(
                (start + scoring.end() + title[scoring.end() :].index(described), described)
            )
        title = title[: scoring.start()]
    paren = _POINTS_PAREN.search(title)
    if paren is not None and item.points is None and not title[paren.end() :].strip():
        title = title[: paren.start()]
        item.points = float(paren.group(1))
    elif item.points is None and (after := _POINTS_PAREN.match(rest.lstrip())) is not None:
        item.points = float(after.group(1))
        rest = rest.lstrip()[after.end() :]
    item.title = _clean_title(title)
    item.end = start + len(text)
    if item.points is None:
        glued = re.match(r"\s*(\d+(?:\.\d+)?)(?=[^\d%％分.])", rest)
        if glued is not None:
            item.points = float(glued.group(1))
            rest = rest[glued.end() :]
    if item.points is None and (after := _POINTS_AFTER_TEXT.search("。" + rest)) is not None:
        # the points column after the item's text, before its standard (…有总结。8分未成立的扣2分)
        item.points = float(after.group(1))
        described = rest[: after.start() - 1].strip()
        if _STANDARD_WORDS.search(described):
            # the item's own text may already say how it is scored (…否则酌情扣分。6分…)
            item.standard.append((start + text.index(described), described))
        rest = rest[after.end() - 1 :]
    rest = rest.strip()
    if rest:
        item.standard.append((start + text.index(rest), rest))


def _strip_points(text: str) -> str:
    stripped = _POINTS_PAREN.sub("", text)
    tail = re.search(r"\s*\d+(?:\.\d+)?\s*分\s*$", stripped)
    if tail is not None and _points_in(stripped[tail.start() :].strip()) is not None:
        stripped = stripped[: tail.start()]
    return stripped


# ---------------------------------------------------------------------------------------------
# Rules of the whole appraisal


def _read_global(reader: _Reader, lines: list[tuple[int, str]]) -> None:
    for offset, line in lines:
        for clause in _CLAUSE.finditer(line):
            start = offset + clause.start()
            sentence = clause.group().strip()
            if sentence:
                _global_clause(reader, sentence, start + clause.group().index(sentence))


def _global_clause(reader: _Reader, sentence: str, start: int) -> None:
    end = start + len(sentence)
    _total(reader, sentence)
    bands = (
        (_BAND_RANGE, "range"),
        (_BAND_ABOVE, "above"),
        (_BAND_BELOW, "below"),
        (_BAND_REST, "rest"),
        (_BAND_FIRST, "first"),
        (_BAND_FIRST_RANGE, "first-range"),
        (_BAND_FIRST_BELOW, "first-below"),
    )
    for pattern, kind in bands:
        for found in pattern.finditer(sentence):
            _band(reader, kind, found, start)
    _quota(reader, sentence, start, end)
    for rater in _RATERS.finditer(sentence):
        name = rater.group(1)
        if all(existing[0] != name for existing in reader.raters):
            reader.raters.append(
                (name, float(rater.group(2)), start + rater.start(), start + rater.end())
            )
    cap = _BONUS_CAP.search(sentence)
    if cap is not None and reader.bonus_cap is None and not re.search(r"该项|本项|此项", sentence):
        # (a cap of one item's bonus, 该项设有加分项(最多加5分), is not the whole appraisal's)
        reader.bonus_cap = (float(cap.group(1) or cap.group(2)), start, end)
    penalty = _PENALTY_CAP.search(sentence)
    if penalty is not None and reader.penalty_cap is None and not _inside_item(reader, start):
        reader.penalty_cap = (float(penalty.group(1)), start, end)
    _veto(reader, sentence, start, end)


def _total(reader: _Reader, sentence: str) -> None:
    """The stated total (满分100分 · 百分制), read once."""
    if reader.total is not None:
        return
    total = _TOTAL.search(sentence)
    if total is not None and float(total.group(1)) >= 10:
        reader.total = float(total.group(1))
    elif _HUNDRED.search(sentence):
        reader.total = 100.0


def _quota(reader: _Reader, sentence: str, start: int, end: int) -> None:
    """A quota on a grade: 优秀比例不超过20%, 优秀单位不超过3个."""
    quota = _QUOTA.search(sentence)
    if quota is None:
        return
    share = quota.group(2)
    limit = {"max_share": float(share) / 100} if share else {"max_count": int(quota.group(3))}
    reader.quotas.append(
        {"grade": _GRADE_IDS[quota.group(1)], **limit, "span": {"start": start, "end": end}}
    )


def _band(reader: _Reader, kind: str, found: re.Match[str], start: int) -> None:
    if kind.startswith("first"):
        # the grade stated before its edges: the label is the first group, the numbers follow
        label = found.group(1)
        numbers = [float(group) for group in found.groups()[1:] if group is not None]
        kind = {"first": "above", "first-range": "range", "first-below": "below"}[kind]
    else:
        label = found.group(found.lastindex or 0)
        numbers = [float(group) for group in found.groups()[:-1] if group is not None]
    text = found.group()
    band: dict[str, Any] = {"grade": _GRADE_IDS[label], "label": label}
    if kind == "range":
        low, high = sorted(numbers)
        band.update(min=low, max=high, max_closed=True)
    elif kind == "rest":
        band["rest"] = True
    elif kind == "above":
        band.update(min=numbers[0], min_closed="不含" not in text)
    else:
        closed = not (
            "不足" in text or "低于" in text or "未达" in text or "不满" in text or "不含" in text
        )
        band.update(max=numbers[0], max_closed=closed)
    band["span"] = {"start": start + found.start(), "end": start + found.end()}
    if any(existing["grade"] == band["grade"] for existing in reader.bands):
        return
    reader.bands.append(band)


def _veto(reader: _Reader, sentence: str, start: int, end: int) -> None:
    effect: str | None = None
    grade: str | None = None
    if _VETO.search(sentence):
        effect = "force"
    elif _LOWER.search(sentence):
        effect = "lower"
    elif (bar := _BAR.search(sentence)) is not None and _condition(sentence):
        effect, grade = "bar", _GRADE_IDS.get(bar.group(1) or "优秀", "excellent")
    elif (
        (force := _FORCE.search(sentence)) is not None
        and _condition(sentence)
        and "分" not in sentence
    ):
        effect, grade = "force", _GRADE_IDS[force.group(1)]
    if effect is None:
        return
    number = sum(1 for rule in reader.rules if rule["kind"] == "veto") + 1
    reader.rules.append(
        {
            "kind": "veto",
            "id": f"veto{number}",
            "input": f"veto{number}",
            "effect": effect,
            **({"grade": grade} if grade else {}),
            "reason": sentence,
            "span": {"start": start, "end": end},
        }
    )


def _condition(sentence: str) -> bool:
    """Whether a sentence states a condition (…的, 凡…, 发生…), as a veto does."""
    return bool(re.search(r"的[，,]?|凡|发生|出现|存在|因|被", sentence))


def _inside_item(reader: _Reader, offset: int) -> bool:
    """Whether ``offset`` lies in text already read as an item's standard or a rule."""
    if len(reader.used) != reader.merged_from:
        merged: list[tuple[int, int]] = []
        for left, right in sorted(reader.used):
            if merged and left <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], right))
            else:
                merged.append((left, right))
        reader.merged[:] = merged
        reader.merged_from = len(reader.used)
    index = bisect.bisect_right(reader.merged, (offset, math.inf)) - 1
    return index >= 0 and reader.merged[index][0] <= offset < reader.merged[index][1]


# ---------------------------------------------------------------------------------------------
# What no reader took: every points marker and every rule clause ends up in the scheme


class _Taken:
    """Stretches of the text already accounted for, asked whether one overlaps a stretch."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, max(end, start + 1))
        return any(self.spans[index][1] > start for index in range(low, high))


def _walk(items: list[_Item]) -> Iterator[_Item]:
    for item in items:
        yield item
        yield from _walk(item.children)


def _ruled(reader: _Reader) -> list[tuple[int, int]]:
    """The spans of every rule, band, quota, rater and cap read so far."""
    found = (*reader.rules, *reader.bands, *reader.quotas)
    spans = [(part["span"]["start"], part["span"]["end"]) for part in found if "span" in part]
    spans.extend((start, end) for _, _, start, end in reader.raters)
    spans.extend((cap[1], cap[2]) for cap in (reader.bonus_cap, reader.penalty_cap) if cap)
    return spans


def _taken_by_items(reader: _Reader) -> list[tuple[int, int]]:
    """The spans of every item's title, and of every rule, band, quota, rater and cap."""
    items = [(item.start, item.end) for item in _walk(reader.roots)]
    return items + reader.repeated + _ruled(reader)


def _standards(reader: _Reader) -> list[tuple[int, int, _Item]]:
    """The span of each piece of every item's standard, with its item."""
    return sorted(
        (offset, offset + len(text), item)
        for item in _walk(reader.roots)
        for offset, text in item.standard
    )


_NOT_ITEM = re.compile(
    r"满分|总分|百分制|合计|共计|以上|以下|不足|低于|至\s*\d|[为评定]\s*(?:优秀|良好|合格|称职|达标|较好|一般|好|差)"
    r"|一票否决|加分|扣分不超过|累计"
)
_SEGMENT = re.compile(r"[^。；;]+[。；;]?")


def _cell_segments(offset: int, line: str) -> Iterator[tuple[int, str]]:
    """The cells of a line (between ``|``, tabs or wide spaces), each with its offset."""
    for cell in re.finditer(r"(?:[^|\t \u3000]|[ \u3000](?![ \u3000]))+", line):
        text = cell.group()
        stripped = text.strip()
        if stripped:
            yield offset + cell.start() + text.index(stripped), stripped


def _read_left_points(reader: _Reader, lines: list[tuple[int, str]]) -> None:
    """Points markers no reader took become items from their own line.

    A segment of a line or cell (up to ``。；``) that states points (``…（5分）``, ``…。5分``)
    outside every item and rule read so far is an item named by its text up to the points (or
    by the segment before, when the points open the segment), with the rest of the segment and
    the segments after it, up to the next points, as its standard. It goes under the nearest
    group above it that has room for its points, else at the top. Points inside an item's
    standard are a ``points-in-standard`` diagnostic, and points with no words to name an item a
    ``points-unplaced`` diagnostic, each quoting them.
    """
    left = _Left(
        reader, _few_items(reader, lines), _Taken(_taken_by_items(reader)), _standards(reader)
    )
    for offset, line in lines:
        if "分" not in line:
            continue
        pieces = [
            (cell_start + piece.start(), piece.group())
            for cell_start, cell in _cell_segments(offset, line)
            for piece in _SEGMENT.finditer(cell)
        ]
        index = 0
        while index < len(pieces):
            index = left.piece(offset, line, pieces, index)


@attrs.define(slots=True)
class _Left:
    """What the line reader of points no reader took needs: what is taken, and where."""

    reader: _Reader
    loose: bool
    """Whether points right after the words (建立领导小组5分) count too."""
    taken: _Taken
    standards: list[tuple[int, int, _Item]]
    within: _Taken = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.within = _Taken([(start, end) for start, end, _ in self.standards])

    def piece(self, offset: int, line: str, pieces: list[tuple[int, str]], index: int) -> int:
        """Read the segment at ``index`` of a line; return the index of the next one to read."""
        start, piece = pieces[index]
        index += 1
        found = _points_in(piece) or (_closing_bare(piece) if self.loose else None)
        if found is None or _NOT_ITEM.search(piece) or _TAKE.search(piece[: found[1]]):
            return index
        low, high = start + found[1], start + found[2]
        if self.taken.overlaps(low, high):
            return index
        owner = None
        if self.within.overlaps(low, high):
            owner = next(item for left, right, item in self.standards if left <= low < right)
        item = _line_item(pieces, index, found, self.taken)
        if owner is not None and (item is None or not _own_line(owner, offset)):
            _points_in_standard(self.reader, owner, piece, low, high)
            return index
        if item is None:
            end = offset + len(line)
            row = self.taken.overlaps(offset, end) or self.within.overlaps(offset, end)
            if not (row and not piece[found[2] :].strip(" 。；;")):
                # (a points cell alone in a row read as an item is that item's)
                self.reader.diagnose(
                    "points-unplaced",
                    f"points {piece.strip()!r} stand apart from any item: no words name the "
                    "item they belong to; add it by hand",
                    low,
                    high,
                )
            return index
        index = _line_standard(item, pieces, index, self.taken)
        if owner is not None:
            # the lines after it in the standard it was read into are its own
            item.standard += [part for part in owner.standard if part[0] > offset]
            owner.standard = [part for part in owner.standard if part[0] < offset]
        _place(self.reader, item)
        self.reader.diagnose(
            "item-from-line",
            f"{item.title!r} ({item.points or 0:g}分) read as an item from its own line, "
            "under the nearest heading above it: check where it belongs",
            item.start,
            item.end,
            severity="info",
        )
        return index


_CLOSING_BARE = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*(\d+(?:\.\d+)?)\s*分\s*[。；;]?\s*$")


def _closing_bare(piece: str) -> tuple[float, int, int] | None:
    """Points that close a segment right after its words (建立领导小组5分), as ``_points_in``."""
    found = _CLOSING_BARE.search(piece)
    if found is None or piece[: found.start()].rstrip()[-1:] in _NOT_POINTS_BEFORE:
        return None
    return float(found.group(1)), found.start(1), found.end()


def _few_items(reader: _Reader, lines: list[tuple[int, str]]) -> bool:
    """Whether the readers found items for fewer than half of the segments that close on points.

    Then the line reader also takes points written right after the words (建立领导小组5分).
    """
    scored = sum(1 for item in _walk(reader.roots) if item.points is not None)
    closing = sum(
        1
        for offset, line in lines
        if "分" in line
        for _, cell in _cell_segments(offset, line)
        for piece in _SEGMENT.findall(cell)
        if _closing_bare(piece) is not None
    )
    return closing >= 2 and scored * 2 < closing


def _own_line(owner: _Item, offset: int) -> bool:
    """Whether the line at ``offset`` is a whole line of the standard of an item with points.

    Such a line that states points of its own (…（6分）) is an item of its own that the
    numbered reader took for more of the item above it.
    """
    return (
        owner.points is not None
        and owner.start < offset
        and any(part[0] == offset for part in owner.standard)
    )


def _points_in_standard(reader: _Reader, owner: _Item, piece: str, start: int, end: int) -> None:
    reader.diagnose(
        "points-in-standard",
        f"points {piece.strip()!r} stated inside the standard of {owner.title!r}, not counted "
        "as an item of their own; check whether they are one",
        start,
        end,
        severity="info",
    )


def _line_item(
    pieces: list[tuple[int, str]], index: int, found: tuple[float, int, int], taken: _Taken
) -> _Item | None:
    """The item a segment with its points states: named by its text up to them, if any."""
    value, left, right = found
    start, piece = pieces[index - 1]
    title = _clean_title(
        re.sub(r"^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]", "", piece[:left])
    )
    title_start = start
    if not title and index >= 2:
        before_start, before = pieces[index - 2]
        if not taken.overlaps(before_start, before_start + len(before)) and (
            _points_in(before) is None
        ):
            title, title_start = _clean_title(before), before_start
    if not title:
        return None
    item = _Item(0, title, title_start, start + right, value)
    rest = piece[right:].strip(" 。；;：:，,")
    if rest:
        item.standard.append((start + piece.index(rest, right), rest))
    return item


def _line_standard(item: _Item, pieces: list[tuple[int, str]], index: int, taken: _Taken) -> int:
    """The segments after an item's points, up to the next points, as its standard."""
    while index < len(pieces) and _points_in(pieces[index][1]) is None:
        start, piece = pieces[index]
        if taken.overlaps(start, start + len(piece)):
            break
        if piece.strip(" 。；;"):
            item.standard.append((start + piece.index(piece.strip()), piece.strip()))
        item.end = start + len(piece)
        index += 1
    return index


def _place(reader: _Reader, item: _Item) -> None:
    """Put an item under the nearest group above it with room for its points, else at the top."""
    above = [
        group
        for group in _walk(reader.roots)
        if group.start < item.start and group.children and group.section == "items"
    ]
    parent = max(above, key=lambda group: group.start, default=None)
    if parent is not None and parent.points is not None and _room(parent) < (item.points or 0.0):
        parent = None
    siblings = parent.children if parent is not None else reader.roots
    if parent is not None:
        item.level = parent.level + 1
        item.section = _section_of(item.title, parent.section)
    else:
        item.section = _section_of(item.title, "items")
    at = bisect.bisect_right([sibling.start for sibling in siblings], item.start)
    siblings.insert(at, item)
    for offset, text in item.standard:
        reader.used.append((offset, offset + len(text)))


_LEFT_RULE = re.compile(
    r"(?:扣|减)\s*(?:除)?\s*\d+(?:\.\d+)?\s*分|加\s*\d+(?:\.\d+)?\s*分|[扣减]完为止|酌情[扣减]|一票否决"
)


def _left_rules(reader: _Reader, root: dict[str, Any]) -> None:
    """Rule clauses no reader took become rules of the nearest item above them, or diagnostics.

    A clause (up to ``。；``) that deducts (扣/减 X分, 酌情扣分) outside every rule, band and
    quota read is a rule of the nearest item above it in the text (a ``rule-placed``
    diagnostic says so), or of the penalty block when no item is above it or a heading (一、…,
    第一条, a 扣分 or 结果 title) stands between them; a clause that adds
    points is a bonus rule; a clause with nothing to make a rule of (a lone 扣完为止) is a
    ``clause-unread`` diagnostic quoting it.
    """
    nodes = sorted(
        (node for node in _walk_nodes(root) if "span" in node),
        key=lambda node: node["span"]["start"],
    )
    starts = [node["span"]["start"] for node in nodes]
    spans = _ruled(reader)
    spans += [
        (d["span"]["start"], d["span"]["end"]) for d in reader.diagnostics if d["span"]["end"] > 1
    ]
    taken = _Taken(spans)
    lines = list(_lines(reader.text))
    headings = [offset for offset, line in lines if _opens_section(line)]
    for offset, line in lines:
        if _LEFT_RULE.search(line) is None:
            continue
        for clause in _CLAUSE.finditer(line):
            sentence = clause.group().strip(" ，,")
            if not sentence or _LEFT_RULE.search(sentence) is None:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            end = start + len(sentence)
            if taken.overlaps(start, end) or _TOTAL.search(sentence):
                continue
            at = bisect.bisect_right(starts, start) - 1
            node = nodes[at] if at >= 0 else None
            if node is not None:
                # a heading between the item and the clause opens a part of its own
                below = bisect.bisect_right(headings, node["span"]["end"])
                if below < len(headings) and headings[below] <= start:
                    node = None
            _left_rule(reader, node, sentence, (start, end))


def _opens_section(line: str) -> bool:
    """Whether a line opens a part of the document (一、… 第一条 （一）…) or a section title."""
    marker = _marker(line)
    return (marker is not None and marker[0] in _LEVELS[:4]) or _is_section_title(line)


def _walk_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("children", []):
        yield from _walk_nodes(child)


def _left_rule(
    reader: _Reader, node: dict[str, Any] | None, sentence: str, span: tuple[int, int]
) -> None:
    start, end = span
    bonuses = _bonus_in(sentence)
    if bonuses:
        reader.placed += len(bonuses)
        for bonus in bonuses:
            _add_block_rule(reader, "bonus", sentence, bonus, span)
        return
    points = _full(node) if node is not None else 0.0
    item = _Item(0, node["name"] if node is not None else "", start, end, points)
    item.standard.append((start, sentence))
    found = [rule for rule in _deductions(sentence, item, points) if rule["points"] > 0]
    where = f"item {node['id']} {node['name']!r}" if node is not None else "the penalty block"
    if not found:
        said = f"{sentence!r} makes no rule of its own; nearest item above it: {where}"
        if node is not None and _FLOOR.search(sentence):
            # 扣完为止: the item's deductions stop at 0
            node["floor"] = 0.0
            said = f"{sentence!r} read as the floor of {where}: its deductions stop at 0"
        reader.diagnose(
            "clause-unread",
            said,
            start,
            end,
            severity="info",
        )
        return
    reader.placed += len(found)
    if node is None:
        for rule in found:
            _add_block_rule(reader, "penalty", rule["reason"], rule["points"], span)
    else:
        for rule in found:
            rule["span"] = {"start": start, "end": end}
        number = sum(1 for rule in reader.rules if rule.get("node") == node["id"])
        for index, rule in enumerate(found, number + 1):
            rule_id = f"{node['id']}-{index}"
            rule.update(id=rule_id, node=node["id"], input=rule_id)
            reader.rules.append(rule)
        if "children" not in node and node.pop("manual", False):
            node["start_full"] = True
            node.setdefault("floor", 0.0)
    reader.diagnose(
        "rule-placed",
        f"{sentence!r} found outside every item's standard: read as a rule of {where}"
        + (", the nearest item above it" if node is not None else ", as no item's text holds it")
        + "; check where it belongs",
        start,
        end,
        severity="info",
    )


# ---------------------------------------------------------------------------------------------
# Building the scheme


def _top_nodes(reader: _Reader) -> list[dict[str, Any]]:
    """The nodes of the items at the top; bonus and penalty sections become rules."""
    children: list[dict[str, Any]] = []
    numbering = 0
    for item in reader.roots:
        if not _has_points(item) and item.section == "items":
            _unscored_bonus(reader, item)
            continue
        if item.section == "bonus":
            _section_rules(reader, item, "bonus")
            continue
        if item.section == "penalty" and not any(child.children for child in item.children):
            _section_rules(reader, item, "penalty")
            continue
        if item.section == "penalty":
            # 扣分项 over groups of items with their points: the items scored by deduction
            _set_section(item, "items")
        numbering += 1
        children.append(_node(reader, item, str(numbering)))
    return children


def _build(reader: _Reader) -> dict[str, Any]:
    children = _top_nodes(reader)
    _loose_rules(reader)
    title = _title(reader.original or reader.text)
    root: dict[str, Any] = {
        "id": "total",
        "name": title,
        "aggregation": "sum",
        "children": children,
    }
    _left_rules(reader, root)
    _check_total(reader, root)
    root = _with_raters(reader, root)
    scheme: dict[str, Any] = {"id": "scheme", "name": title, "root": root, "rules": reader.rules}
    bands = _bands(reader)
    if bands or reader.quotas:
        scheme["grading"] = {"bands": bands, "quotas": reader.quotas}
    _settle_vetoes(reader, bands)
    if reader.bonus_cap is not None:
        scheme["bonus_cap"] = reader.bonus_cap[0]
    if reader.penalty_cap is not None:
        scheme["penalty_cap"] = reader.penalty_cap[0]
    if reader.original and reader.original != reader.text:
        _as_printed(reader, root, scheme)
    scheme["diagnostics"] = reader.diagnostics
    if reader.source:
        scheme["description"] = f"read from {reader.source}"
    return scheme


def _unscored_bonus(reader: _Reader, item: _Item) -> None:
    """An item left out for want of points may still state a bonus (…活动加5分): keep it."""
    pieces = [(item.start, reader.text[item.start : item.end]), *item.standard]
    for child in item.children:
        _unscored_bonus(reader, child)
    for offset, text in pieces:
        for clause in _CLAUSE.finditer(text):
            sentence = clause.group().strip(" ，,")
            for bonus in _bonus_in(sentence) if sentence else []:
                start = offset + clause.start() + clause.group().index(sentence)
                _add_block_rule(reader, "bonus", sentence, bonus, (start, start + len(sentence)))


def _printed(reader: _Reader, text: str, start: int, end: int) -> str:
    """``text`` (read in simplified characters) as the document prints it near ``start``."""
    at = reader.text.find(text, start, max(end, start + len(text)))
    if at >= 0:
        return reader.original[at : at + len(text)]
    # a name joined from a cell spread over lines (落, 实, … a line each): match across the breaks
    spread = re.compile(r"\s*".join(map(re.escape, text)))
    found = spread.search(reader.text, start, max(end, start + 4 * len(text)))
    if found is None:
        return text
    return "".join(reader.original[found.start() : found.end()].split())


def _printed_names(reader: _Reader, node: dict[str, Any]) -> None:
    span = node.get("span")
    if span is not None and node.get("name"):
        node["name"] = _printed(reader, node["name"], span["start"], span["end"])
    for child in node.get("children", []):
        _printed_names(reader, child)


def _as_printed(reader: _Reader, root: dict[str, Any], scheme: dict[str, Any]) -> None:
    """Names, reasons and labels as the document prints them (traditional characters kept)."""
    _printed_names(reader, root)
    for rule in scheme["rules"]:
        span, reason = rule.get("span"), rule.get("reason")
        if span is not None and reason:
            stated = reader.text[span["start"] : span["end"]]
            if reason.startswith(stated):
                rule["reason"] = (
                    reader.original[span["start"] : span["end"]] + reason[len(stated) :]
                )
    for band in scheme.get("grading", {}).get("bands", []):
        band["label"] = _printed(reader, band["label"], band["span"]["start"], band["span"]["end"])


def _set_section(item: _Item, section: str) -> None:
    item.section = section
    for child in item.children:
        _set_section(child, section)


def _title(text: str) -> str | None:
    """The document's title: its first line, unless that line is already an item or a table."""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if _marker(stripped) or _points_in(stripped) or _cells(stripped) is not None:
                return None
            return stripped[:80]
    return None


def _node(reader: _Reader, item: _Item, node_id: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "id": node_id,
        "name": item.title or node_id,
        "span": {"start": item.start, "end": item.end},
    }
    scored = [child for child in item.children if _has_points(child) and child.section == "items"]
    for child in item.children:
        if child.section not in ("items", item.section):
            _section_rules(reader, child, child.section)
        elif not _has_points(child):
            if not any(child.title in text for _, text in child.standard):
                item.standard.append((child.start, child.title))
            item.standard.extend(child.standard)
    if scored:
        node["aggregation"] = "sum"
        node["children"] = [
            _node(reader, child, f"{node_id}.{index}") for index, child in enumerate(scored, 1)
        ]
        if item.standard:
            _add_rules(reader, node, _standard_rules(reader, item, node, item.points or 0.0))
        if item.points is not None:
            node["cap"] = item.points
            found = sum(
                child.points if child.points is not None else _sum(child) for child in scored
            )
            if abs(found - item.points) > 1e-6:
                reader.diagnose(
                    "points-mismatch",
                    f"item {node_id} {item.title!r} states {item.points:g} points, its sub-items add up to {found:g}",
                    item.start,
                    item.end,
                )
        return node
    node["points"] = item.points if item.points is not None else 0.0
    _leaf_rules(reader, item, node)
    return node


def _sum(item: _Item) -> float:
    return sum(child.points if child.points is not None else _sum(child) for child in item.children)


def _standard_text(item: _Item) -> str:
    return "；".join(text for _, text in item.standard)


def _leaf_rules(reader: _Reader, item: _Item, node: dict[str, Any]) -> None:
    """Turn an item's standard into deduction rules; what is left is a manual criterion."""
    rules = _standard_rules(reader, item, node, float(node["points"]))
    if not rules:
        node["manual"] = True
        return
    node["start_full"] = True
    _add_rules(reader, node, rules)


def _add_rules(reader: _Reader, node: dict[str, Any], rules: list[dict[str, Any]]) -> None:
    for index, rule in enumerate(rules, 1):
        rule_id = f"{node['id']}-{index}"
        rule.update(id=rule_id, node=node["id"], input=rule_id)
        reader.rules.append(rule)


def _standard_rules(
    reader: _Reader, item: _Item, node: dict[str, Any], points: float
) -> list[dict[str, Any]]:
    """The deduction rules of an item's standard; sets the node's floor and criterion."""
    rules: list[dict[str, Any]] = []
    added: list[dict[str, Any]] = []
    most: float | None = None
    for offset, text in item.standard:
        reader.used.append((offset, offset + len(text)))
        for clause in _RULE_CLAUSE.finditer(text):
            sentence = clause.group().strip(" ，,")
            if not sentence:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            if _FLOOR.search(sentence):
                node["floor"] = 0.0
            bonuses = _standard_bonuses(reader, sentence, start)
            if bonuses:
                added.extend(bonuses)
                continue
            most = _most(sentence, most)
            found = _deductions(sentence, item, points)
            for rule in found:
                rule["span"] = {"start": start, "end": start + len(sentence)}
            rules.extend(found)
    if item.standard:
        node["criterion"] = _standard_text(item)
    _cap_item_bonuses(added, _standard_text(item))
    if rules:
        # deductions take an item down to 0 at most (扣完为止), or to what 累计扣分不超过X分 leaves
        node["floor"] = round(points - most, 9) if most is not None and most < points else 0.0
    return rules


def _standard_bonuses(reader: _Reader, sentence: str, start: int) -> list[dict[str, Any]]:
    """加分 in an item's standard (…每增加一次加1分): bonuses of the whole appraisal."""
    added: list[dict[str, Any]] = []
    for bonus in _bonus_in(sentence):
        _add_block_rule(reader, "bonus", sentence, bonus, (start, start + len(sentence)))
        added.append(reader.rules[-1])
    return added


def _cap_item_bonuses(added: list[dict[str, Any]], standard: str) -> None:
    """最多加5分 beside an item's bonus: it adds as often as it happens, up to the cap."""
    capped = _ITEM_BONUS_CAP.search(standard)
    if capped is None:
        return
    cap = float(capped.group(1))
    for rule in added:
        if cap >= rule["points"]:
            rule["max"] = cap


_ITEM_BONUS_CAP = re.compile(r"(?:最多|最高|累计最多|累计不超过)加\s*" + _NUMBER + r"\s*分")


def _bonus_in(sentence: str) -> list[float]:
    """The points a clause adds (加2分，每增加一次加1分), unless it also takes points.

    A cap (最多加5分) is not a bonus of its own.
    """
    if re.search(r"扣|减", sentence):
        return []
    return [
        float(add.group(1))
        for add in _ADD.finditer(sentence)
        # the words of a cap stand right before it: a window, not the whole clause, is searched
        if not re.search(
            r"(?:最多|最高|累计|不超过|不得超过)\s*$",
            sentence[max(0, add.start() - 16) : add.start()],
        )
    ]


def _most(sentence: str, before: float | None) -> float | None:
    """The most points an item's deductions may take (累计扣分不超过X分), if the clause says."""
    if not re.search(r"累计|最多|最高|不超过", sentence):
        return before
    limit = _MOST.search(sentence)
    return float(limit.group(1)) if limit is not None else before


def _deductions(sentence: str, item: _Item, points: float) -> list[dict[str, Any]]:
    """The deduction rules one clause of a standard states."""
    found: list[dict[str, Any]] = []
    discretionary = _DISCRETIONARY.search(sentence)
    if discretionary is not None:
        most = discretionary.group(2) or discretionary.group(1)
        found.append(
            {
                "kind": "deduction",
                "points": 1.0,
                "max": float(most) if most else points,
                "reason": f"{sentence} (酌情扣分: the rater enters the points taken)",
            }
        )
        return found
    per_point = _PER_POINT.search(sentence)
    if per_point is not None:
        target = _TARGET_RATE.search(item.title + "；" + _standard_text(item))
        rule: dict[str, Any] = {"points": float(per_point.group(1)), "reason": sentence}
        if target is not None:
            rule.update(kind="shortfall", required_rate=float(target.group(1)))
        else:
            rule.update(kind="deduction", reason=f"{sentence} (count the percentage points short)")
        found.append(rule)
        return found
    ranged = _RANGE.search(sentence)
    if ranged is not None:
        found.append(
            {
                "kind": "deduction",
                "points": 1.0,
                "max": float(ranged.group(1) or ranged.group(2)),
                "reason": f"{sentence} (a range: the rater enters the points taken)",
            }
        )
        return found
    found.extend(
        {
            "kind": "deduction",
            "points": float(next(group for group in per.groups() if group is not None)),
            "reason": sentence,
        }
        for per in _PER.finditer(sentence)
    )
    if found:
        return found
    if _NO_POINTS.search(sentence) and not _TAKE.search(sentence):
        if points > 0:
            found.append({"kind": "deduction", "points": points, "max": points, "reason": sentence})
        return found
    for take in _TAKE.finditer(sentence):
        value = float(take.group(1))
        if re.search(r"累计|最多|最高|不超过", sentence[max(0, take.start() - 8) : take.start()]):
            continue
        found.append({"kind": "deduction", "points": value, "max": value, "reason": sentence})
    return found


def _section_rules(reader: _Reader, item: _Item, kind: str) -> None:
    """The rules of a bonus or penalty section (加分项 · 减分项): each sub-item or clause."""
    if item.points is not None:
        cap = (item.points, item.start, item.end)
        if kind == "bonus" and reader.bonus_cap is None:
            reader.bonus_cap = cap
        if kind == "penalty" and reader.penalty_cap is None:
            reader.penalty_cap = cap
    pieces = [
        (child.start, child.title + "；" + _standard_text(child), child.points)
        for child in item.children
    ]
    pieces += [(offset, text, None) for offset, text in item.standard]
    for offset, text, stated in pieces:
        reader.used.append((offset, offset + len(text)))
        for clause in _CLAUSE.finditer(text):
            sentence = clause.group().strip(" ，,")
            pattern = _ADD if kind == "bonus" else _TAKE
            found = pattern.search(sentence)
            if found is None and stated is None:
                continue
            value = float(found.group(1)) if found is not None else float(stated or 0)
            start = offset + clause.start()
            _add_block_rule(reader, kind, sentence, value, (start, start + len(clause.group())))


def _add_block_rule(
    reader: _Reader, kind: str, sentence: str, value: float, span: tuple[int, int]
) -> None:
    start, end = span
    rule_id = f"{kind}{reader.next_number(kind)}"
    rule: dict[str, Any] = {
        "kind": kind,
        "id": rule_id,
        "input": rule_id,
        "points": value,
        "reason": sentence,
        "span": {"start": start, "end": end},
    }
    per, most = _block_limits(sentence)
    if not per:
        rule["max"] = value
    if most is not None and most >= value:
        rule["max"] = most
    reader.rules.append(rule)
    reader.used.append((start, end))


@functools.lru_cache(maxsize=16)
def _block_limits(sentence: str) -> tuple[bool, float | None]:
    """Whether a bonus or penalty clause counts per occurrence (每), and the most it gives.

    The most is that of 最多加5分 or 累计不超过10分, unless the clause states a block's total
    (总分, 合计). Kept for the last clauses, which may make many rules in a row.
    """
    most = re.search(r"(?:最多|最高|累计|不超过)[^。；;\d]{0,4}" + _NUMBER + r"\s*分", sentence)
    block = re.search(r"(?:总分|总计|合计)[^。；;\d]{0,6}" + _NUMBER + r"\s*分", sentence)
    limit = float(most.group(1)) if most is not None and block is None else None
    return "每" in sentence, limit


def _loose_rules(reader: _Reader) -> None:
    """Bonus and penalty sentences outside the items and their sections (…的，加2分)."""
    for offset, line in _lines(reader.text):
        if _inside_item(reader, offset) or _cells(line) is not None:
            continue
        for clause in _CLAUSE.finditer(line):
            sentence = clause.group().strip()
            if not sentence:
                continue
            start = offset + clause.start() + clause.group().index(sentence)
            if _inside_item(reader, start) or not _condition(sentence):
                continue
            add = _ADD.search(sentence)
            cap = _BONUS_CAP.search(sentence)
            if cap is not None and add is not None:
                # 加1分，总分不超过10分: a bonus, then the cap of the whole block
                number = 1 if cap.group(1) is not None else 2
                if add.end() > cap.start(number):
                    continue
            if _VETO.search(sentence):
                continue
            if add is not None and not _points_in(sentence[: add.start()]):
                span = (start, start + len(sentence))
                _add_block_rule(reader, "bonus", sentence, float(add.group(1)), span)


def _check_total(reader: _Reader, root: dict[str, Any]) -> None:
    found = sum(_full(child) for child in root["children"])
    if reader.total is not None and root["children"] and abs(found - reader.total) > 1e-6:
        names = ", ".join(
            f"{child['id']} {child['name']} {_full(child):g}" for child in root["children"]
        )
        reader.diagnose(
            "points-mismatch",
            f"the items add up to {found:g} points, the document states a total of {reader.total:g} ({names})",
            0,
            min(len(reader.text), 1),
        )


def _full(node: dict[str, Any]) -> float:
    if "children" in node:
        total = sum(_full(child) for child in node["children"])
        cap = node.get("cap")
        return total if cap is None else min(total, float(cap))
    return float(node.get("points", 0.0))


def _with_raters(reader: _Reader, root: dict[str, Any]) -> dict[str, Any]:
    """A stated blend of raters: the items are one rater's part, the others manual items."""
    if len(reader.raters) < 2:
        return root
    shares = sum(share for _, share, _, _ in reader.raters)
    if abs(shares - 100) > 1e-6:
        name, _, start, end = reader.raters[0]
        reader.diagnose(
            "rater-shares",
            f"the raters' shares add up to {shares:g}%, not 100%; kept as stated",
            start,
            end,
        )
    items_rater = next((r for r in reader.raters if _ITEM_RATERS.search(r[0])), None)
    if items_rater is None:
        items_rater = max(reader.raters, key=lambda r: r[1])
    full = reader.total or _full(root) or 100.0
    children: list[dict[str, Any]] = []
    for index, (name, share, start, end) in enumerate(reader.raters, 1):
        span = {"start": start, "end": end}
        if name == items_rater[0]:
            part = dict(
                root, id="items", name=f"{name}（{share:g}%）", weight=share / 100, span=span
            )
            children.append(part)
        else:
            children.append(
                {
                    "id": f"rater{index}",
                    "name": f"{name}（{share:g}%）",
                    "points": full,
                    "weight": share / 100,
                    "manual": True,
                    "criterion": f"{name}: the data supplies the 0-1 share of the full points",
                    "span": span,
                }
            )
    return {"id": "total", "name": root["name"], "aggregation": "sum", "children": children}


def _fill_gap(bands: list[dict[str, Any]], rest: dict[str, Any]) -> None:
    """Put a band stated by name only (其余为合格) in the first gap between stated bands."""
    for index, (upper, lower) in enumerate(itertools.pairwise(bands)):
        top, bottom = upper.get("min"), lower.get("max")
        if (
            top is not None
            and bottom is not None
            and top - bottom <= 1
            and lower.get("max_closed")
            and float(bottom).is_integer()
        ):
            continue  # 80分至89分 below 90分以上: the integers' range, not a gap
        if top is not None and bottom is not None and bottom < top:
            rest.update(min=bottom, min_closed=not lower.get("max_closed", False), max=top)
            bands.insert(index + 1, rest)
            return


def _band_order(band: dict[str, Any]) -> float:
    low = band.get("min")
    return -float(low) if low is not None else math.inf


def _bands(reader: _Reader) -> list[dict[str, Any]]:
    """The grade bands, best first, with edges that tile the line where the text implies it."""
    rest = [band for band in reader.bands if band.pop("rest", False)]
    bands = sorted((band for band in reader.bands if band not in rest), key=_band_order)
    for band in rest:
        _fill_gap(bands, band)
    for upper, lower in itertools.pairwise(bands):
        if upper.get("min") is None or lower.get("max") is None:
            continue
        gap = upper["min"] - lower["max"]
        if 0 < gap <= 1 and lower.get("max_closed") and float(lower["max"]).is_integer():
            # 80分至89分 below 90分以上: the integers' range reaches up to the next band
            lower.update(max=upper["min"], max_closed=False)
        elif gap == 0 and lower.get("max_closed") and upper.get("min_closed", True):
            lower["max_closed"] = False
            reader.diagnose(
                "band-edge",
                f"{upper['min']:g} points are claimed by both {upper['label']} and {lower['label']}; "
                f"read as {upper['label']}",
                lower["span"]["start"],
                lower["span"]["end"],
                severity="info",
            )
    _open_ends(bands)
    _name_gaps(reader, bands)
    return _tiled(reader, bands)


_GRADE_WORD = "|".join(sorted(_GRADE_IDS, key=len, reverse=True))
# a list of grades names three to eight; a bound on the repetition keeps a search over a long
# run of grade words linear (unbounded, each start matched the whole run and backtracked)
_GRADE_LIST = re.compile(
    rf"(?:(?:{_GRADE_WORD})(?:、|，|,|和|及|与|或)){{2,7}}(?:{_GRADE_WORD})"
    r"(?=[^。；;\n]{0,8}?(?:等次|等级|档次|个等))"
)


def _grade_list(reader: _Reader) -> tuple[list[str], int, int] | None:
    """The grades the document names in order (分为优秀、合格、基本合格、不合格四个等次), with their span."""
    found = _GRADE_LIST.search(reader.text)
    if found is None:
        return None
    names = re.findall(_GRADE_WORD, found.group())
    return names, found.start(), found.end()


def _name_gaps(reader: _Reader, bands: list[dict[str, Any]]) -> None:
    """Fill a gap between two stated bands with the grade the list of grades names between them.

    Only when exactly one such grade states no band of its own: 分为优秀、合格、不合格三个等次 with
    90分以上为优秀 and 60分以下为不合格 makes 合格 the scores from 60 to 90.
    """
    listed = _grade_list(reader)
    if listed is None:
        return
    names, start, end = listed
    index = 0
    while index < len(bands) - 1:
        upper, lower = bands[index], bands[index + 1]
        top, bottom = upper.get("min"), lower.get("max")
        if top is None or bottom is None or bottom >= top:
            index += 1
            continue
        stated = {band["label"] for band in bands}
        if upper["label"] in names and lower["label"] in names:
            between = names[names.index(upper["label"]) + 1 : names.index(lower["label"])]
            unstated = [name for name in between if name not in stated]
            if len(unstated) == 1:
                label = unstated[0]
                bands.insert(
                    index + 1,
                    {
                        "grade": _GRADE_IDS[label],
                        "label": label,
                        "min": bottom,
                        "min_closed": not lower.get("max_closed", False),
                        "max": top,
                        "max_closed": not upper.get("min_closed", True),
                        "span": {"start": start, "end": end},
                    },
                )
                reader.diagnose(
                    "band-implied",
                    f"{label} is read as the scores from {bottom:g} to {top:g}: the document "
                    f"names it between {upper['label']} and {lower['label']} and states no edges "
                    "for it",
                    start,
                    end,
                    severity="info",
                )
        index += 1


def _tiled(reader: _Reader, bands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bands if they tile the scores, best first; else none, and a diagnostic quoting them.

    Leaving the bands out, rather than refusing the scheme, keeps the document's items and rules.
    """
    for upper, lower in itertools.pairwise(bands):
        top, bottom = upper.get("min"), lower.get("max")
        if top is not None and bottom is not None and bottom == top:
            continue
        if top is None or bottom is None:
            problem = f"{upper['label']} and {lower['label']} overlap"
        elif bottom > top:
            problem = f"{upper['label']} and {lower['label']} overlap from {top:g} to {bottom:g}"
        else:
            problem = (
                f"{upper['label']} and {lower['label']} leave the scores from {bottom:g} to "
                f"{top:g} without a grade"
            )
        first = min(band["span"]["start"] for band in bands)
        last = max(band["span"]["end"] for band in bands)
        stated = "; ".join(
            reader.text[band["span"]["start"] : band["span"]["end"]] for band in bands
        )
        reader.diagnose(
            "bands-incomplete",
            f"the grade bands are left out of the scheme: {problem} (the document states: "
            f"{stated}); add the missing grade to use them",
            first,
            last,
        )
        return []
    return bands


def _open_ends(bands: list[dict[str, Any]]) -> None:
    """A band stated only by its name (其余为合格) or missing below: fill the edge from its neighbours."""
    for upper, lower in itertools.pairwise(bands):
        if (
            lower.get("max") is None
            and upper.get("min") is not None
            and lower.get("min") is not None
        ):
            lower.update(max=upper["min"], max_closed=not upper.get("min_closed", True))
    for band in bands:
        if "max" in band and band.get("max") is None:
            del band["max"]
    if bands and bands[0].get("max") is not None and bands[0]["grade"] == "excellent":
        # the best band takes totals raised by bonus points
        del bands[0]["max"]
        bands[0].pop("max_closed", None)


def _settle_vetoes(reader: _Reader, bands: list[dict[str, Any]]) -> None:
    """A veto forces the lowest grade; without grade bands it cannot act, which is a diagnostic."""
    grades = [band["grade"] for band in bands]
    kept: list[dict[str, Any]] = []
    for rule in reader.rules:
        if rule["kind"] != "veto":
            kept.append(rule)
            continue
        if rule["effect"] == "force" and "grade" not in rule and grades:
            rule["grade"] = grades[-1]
        if not grades or (rule.get("grade") is not None and rule["grade"] not in grades):
            reader.diagnose(
                "veto-without-grade",
                f"veto {rule['reason']!r} needs a grade band the document does not state; "
                "add grade bands to the scheme to apply it",
                rule["span"]["start"],
                rule["span"]["end"],
            )
            continue
        kept.append(rule)
    reader.rules[:] = kept
