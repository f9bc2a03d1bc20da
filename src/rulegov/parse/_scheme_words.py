"""The words and patterns of appraisal documents, in one place for every stage of the scheme reader.

Points markers (``（5分）``, a bare ``5分``), numbering markers by kind (一、 （一） 1. （1） 1.1 ①),
the words of a table's header (考核项目 · 分值 · 评分标准), the sections of bonuses and penalties
(加分 · 减分), the stated total (满分100分), grade bands and quotas (90分以上为优秀 · 优秀比例不超过20%),
raters and their shares (自评占20%), vetoes (一票否决 · 降低一个等次) and the clauses of deduction
rules (每发现一处扣1分 · 扣完为止 · 酌情扣分 · 扣1-3分). Patterns only: no function reads with them here.
"""

from __future__ import annotations

import re

from rulegov.parse._traditional import SIMPLIFIED, TRADITIONAL

__all__ = [
    "ABOVE",
    "ADD",
    "BAND_ABOVE",
    "BAND_BELOW",
    "BAND_BETWEEN",
    "BAND_CONDITIONS",
    "BAND_FIRST",
    "BAND_FIRST_BELOW",
    "BAND_FIRST_BETWEEN",
    "BAND_FIRST_RANGE",
    "BAND_FIRST_UPPER_LOWER",
    "BAND_GLUED_RANGE",
    "BAND_PASS_MARK",
    "BAND_PASS_MARK_AFTER",
    "BAND_RANGE",
    "BAND_REST",
    "BAR",
    "BASE_AND_ADDED",
    "BONUS_CAP",
    "BONUS_SECTION",
    "BOX",
    "CAP_CELL",
    "CAP_WORDS",
    "CLAUSE",
    "CLAUSE_OPEN",
    "CLAUSE_STOP",
    "DISCRETIONARY",
    "DOUBLED_HEADINGS",
    "EARNED",
    "ELISION",
    "FAULT_EACH",
    "FLOOR",
    "FOLD",
    "FORCE",
    "GRADE_HEADING",
    "GRADE_IDS",
    "GRADE_LINE",
    "HEADER_NAME",
    "HEADER_POINTS",
    "HEADER_RUN_POINTS",
    "HEADER_RUN_SCORE",
    "HEADER_SKIP",
    "HEADER_STANDARD",
    "HEADING_PENALTY_CAP",
    "HIGHEST_BONUS_ONLY",
    "HUNDRED",
    "INLINE_ITEM",
    "INLINE_SPACED",
    "ITEM_RATERS",
    "LEVELS",
    "LIST_LEAD_IN",
    "LOWER",
    "MARKERS",
    "MOST",
    "NOTE_LABEL",
    "NOT_POINTS_BEFORE",
    "NO_POINTS",
    "NUMBER",
    "ONE_LETTER",
    "PENALTY_CAP",
    "PENALTY_SECTION",
    "PER",
    "PER_COUNTED",
    "PER_POINT",
    "PINYIN_GLOSS",
    "POINTS_BARE",
    "POINTS_CLOSING",
    "POINTS_PAREN",
    "QUOTA",
    "QUOTA_FLOOR",
    "QUOTA_MORE",
    "RANGE",
    "RANGE_POINTS",
    "RATERS",
    "RULE_BONUS_CAP",
    "RULE_CELL",
    "RULE_CLAUSE",
    "RULE_PIECE",
    "RULE_PIECE_OR_DEDUCTION",
    "SCORE_CONDITION",
    "SCORE_LEVEL",
    "SERIAL",
    "SHARE_TAKEN",
    "SIMPLE",
    "SPACED_HEADINGS",
    "SPACED_HEADING_WORD",
    "STANDARD_WORDS",
    "STATED",
    "TAKE",
    "TAKE_BARE",
    "TARGET_RATE",
    "THIS_ITEM",
    "TOTAL",
    "VERTICAL_VETO",
    "VETO",
    "WEIGHT",
    "vetoes",
]

NUMBER = r"(\d+(?:\.\d+)?)"
FOLD = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
SIMPLE = str.maketrans(TRADITIONAL, SIMPLIFIED)
BOX = str.maketrans("│┃┌┐└┘├┤┬┴┼─━", "||+++++++++--")
"""A table drawn in box characters read as a grid of ``|`` and ``+---+``, one for one."""
"""Traditional characters read as simplified ones (記 as 记, 減 as 减), one for one."""
PINYIN_GLOSS = re.compile(r"[(（][a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}[)）]")
"""A reading in pinyin a mirror prints after a character (考核对(duì)象, 內（nèi）容): no part of the
words. The scheme reader keeps its text's brackets as printed, so both widths; the plan reader's
`GLOSS` reads folded text."""

# Points of an item: （5分）, (5 分), 【5分】, （计30分）, （占5分）, （满分5分）, （基本分20分）,
# （标准分20分）, （占总分值的15分） (a share of a whole of 100, read as points), （该项指标为10分）,
# （共4项，10分） (the count of its parts first) or （单项满分:12 ) (after a colon the 分 may be left
# out), or a bare "5分" that ends the item's title (also after a dash: ——5分).
# The number is captured in a lookahead so that it is group 1 whichever way the points are
# written; the count of parts is tried first, as a lookahead is not backtracked into.
_POINTS_LABEL = r"(?:分值|(?:单项|本项)?满分|基本分|标准分)"
_POINTS_COUNT = r"共\s*\d+\s*[项个条]\s*[,，、]\s*"
# the item naming itself: （该项指标为10分） · （本项10分） · （本项分值10分）
_POINTS_ITSELF = r"[该本此]项(?:指标|内容)?(?:分值|总分|满分)?\s*(?:(?:为|是|[:：])\s*)?"
# the points of each part before the item's: （每项1.5分，共12分）
_POINTS_EACH_FIRST = r"(?:每项|每条|每个|各项)\s*\d+(?:\.\d+)?\s*分\s*[，,；;]\s*[共计]\s*"
_POINTS_BEFORE = (
    # one run of spaces is read one way only (\s*[:：]?\s* split a long run every way)
    f"(?:{_POINTS_COUNT}|{_POINTS_EACH_FIRST}|{_POINTS_ITSELF}|{_POINTS_LABEL}"
    r"\s*(?:[:：]\s*|[为是])?|占\s*(?:总分值|总分)的?\s*|[计共占得记]\s*)"
)
# what may follow the points inside their bracket, no rule of its own: （10分，每项5分） · （共12分，每项
# 1.5分） (a part's points with a decimal point, and the floor they are taken to: （共12分，每项1.5分，扣完
# 为止）) · （10分，其中领导小组4分）, or a remark on how the item is scored that opens by naming it
# (（0.3分，此项为季度考评，以100分制考评进行折算，…）), its figures a scale's or a period's, no points of
# the item
_POINTS_NOTE = (
    r"(?:[，,；;]\s*(?:(?:每项|每条|每个|各项|各|其中|共|含)"
    r"(?:\d+(?:\.\d+)?(?!\d)|(?!\d)[^（()）〔〕【】\[\]扣减加得不\n、.．:：]){0,16}"
    r"(?:[，,；;]\s*[扣减]完为止)?"
    r"|[此该本]项[^（()）〔〕【】\[\]扣减加得不\n]{1,60}"
    r"|[^（()）〔〕【】\[\]扣减加得不\n\d、.．:：]{1,20}))?"
)
POINTS_PAREN = re.compile(
    r"[（(【［\[〔]\s*(?=" + _POINTS_BEFORE + "?" + NUMBER + r")"
    r"(?:" + _POINTS_LABEL + r"\s*[:：]\s*\d+(?:\.\d+)?\s*分?"
    r"|" + _POINTS_BEFORE + r"?\d+(?:\.\d+)?\s*分" + _POINTS_NOTE + r")\s*[）)】］\]〕]"
)
PRODUCT_PAREN = re.compile(
    r"[（(]\s*(?P<each>\d+(?:\.\d+)?)\s*分\s*[×xX*＊]\s*(?P<count>\d{1,2})\s*[项个条类次]?"
    r"[^（()）\n]{0,40}?[）)]"
)
"""Points in brackets written as a product, each part's times the parts: ``（12分×2项，即口蹄疫和禽流感）``
is 24 points."""
POINTS_BARE = re.compile(r"(?:(?<=[。；;：:\s—])|^)" + NUMBER + r"\s*分(?=[^值数钟）)]|$)")
# points after a comma that close the item's sentence: 1.逐级签订综治责任书，1分。 also after
# the word that names them the item's full points (，满分4分。 · ，分值：4分)
POINTS_CLOSING = re.compile(
    r"(?<=[，,])\s*(?:"
    + _POINTS_LABEL
    + r"\s*(?:为|[:：])?\s*)?"
    + NUMBER
    + r"\s*分\s*(?=[。；;]|$)"
)
NOT_POINTS_BEFORE = "扣加得减计记为至到满共过于前后第低高少多占每"
RULE_PIECE = re.compile(r"扣\s*\d|不得分|扣完|为止|[加减扣得]\s*\d+(?:\.\d+)?\s*分")
"""A piece of a standard that deducts, closes a rule (扣完为止) or gives points: never a name."""
RULE_PIECE_OR_DEDUCTION = re.compile("扣|" + RULE_PIECE.pattern)
"""A piece of a rule (``RULE_PIECE``), or a deduction's word alone (扣除, 酌情扣分)."""
CLAUSE_OPEN = "，,、；;"
"""The stops that close a clause and leave its sentence open: the next line may go on with it."""

DATE = r"(?:\d{4}年|(?:1[0-2]|0?[1-9])月(?!份?\d*[万亿%])|[1-3]?\d日)"
"""A year (``2021年``), a month (``12月``, not a count such as ``3月份10万``) or a day (``5日``):
what never follows a decimal point, so the figure and point before it number an item
(``3.2021年6月至12月…``)."""

SERIAL = "\ue000"
"""Put before a bare number that a 序号 cell gave an item (a private-use character, never printed)."""

# Numbering markers, by kind: the kinds' order here gives the levels.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"第[一二三四五六七八九十百]+章\s*")),
    # 第一节 under a chapter, over its articles
    ("section", re.compile(r"第[一二三四五六七八九十]+节\s*")),
    # an article whose text opens on its part's serial (第七条(一)基本项(100分)): the serial is the
    # article's own number, no word of its name
    (
        "article",
        re.compile(
            r"第[一二三四五六七八九十百]+条\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]\s*)?"
        ),
    ),
    # 第一部分 · 第一篇 · 第一项 (a space or colon after it: 第一项、第二项… is a clause)
    (
        "part",
        re.compile(
            r"第[一二三四五六七八九十]+(?:部分|篇)\s*|第[一二三四五六七八九十]+项(?:\s+|[:：]\s*)"
        ),
    ),
    # an indicator's code, its level in Roman figures and its number (I-1 组织管理 · II-1 创建规划),
    # as 文明城市 and 文明单位 测评体系 number their first, second and third levels
    ("code-1", re.compile(r"(?:I|Ⅰ)\s*[-－]\s*\d{1,2}\s*(?=[\u4e00-\u9fff“\"《])")),
    ("code-2", re.compile(r"(?:II|Ⅱ)\s*[-－]\s*\d{1,2}\s*(?=[\u4e00-\u9fff“\"《])")),
    ("code-3", re.compile(r"(?:III|Ⅲ)\s*[-－]\s*\d{1,2}\s*(?=[\u4e00-\u9fff“\"《])")),
    # an indicator's code under a code: its part's Roman figure and two numbers (Ⅰ-1-1 按时录入…
    # under Ⅰ-1 年报公示), as one level of indicators under another
    (
        "code-sub",
        re.compile(
            r"(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|I{1,3}|IV|VI{0,3})\s*[-－]\s*\d{1,2}\s*[-－]\s*\d{1,2}\s*"
            r"(?=[\u4e00-\u9fff“\"《])"
        ),
    ),
    # Ⅰ、 · Ⅱ. and I. II. IV. in Latin letters before the title
    (
        "roman",
        re.compile(
            r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\s*[、.．]?\s*"
            r"|(?:VI{0,3}|I{1,3}|IV|IX|X)\s*[、.．]\s*(?=[\u4e00-\u9fff“\"《])"
        ),
    ),
    # 一、 · 一. and 一 with a space before the title; 一 glued to a title that ends in its
    # points (一保障指标10分, 二工作成效（20分）), but no sentence opening with 一是, 一般, 一律,
    # nor a rule that takes points
    (
        "han",
        re.compile(
            r"[一二三四五六七八九十]+\s*[、.．]\s*|[一二三四五六七八九十]{1,3}[ \u3000]+(?=[\u4e00-\u9fff])"
            r"|[一二三四五六七八九十]{1,3}(?![是般律些样切定直再起致旦同共经农把级类])"
            r"(?=[\u4e00-\u9fff][^，,。；;：:、\n]{0,23}[^，,。；;：:、\s扣减加得计罚奖]"
            r"\s*(?:[（(]\s*)?\d+(?:\.\d+)?\s*分(?:\s*[）)])?\s*$)"
        ),
    ),
    # （一） · (一), and 一) whose opening bracket a copy lost
    (
        "paren-han",
        re.compile(
            r"[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*[、.．]?\s*"
            r"|[一二三四五六七八九十]{1,3}[）)]\s*(?=[\u4e00-\u9fff“\"《])"
        ),
    ),
    # a 序号 cell of a table copied one cell a line, joined to its item (see _joined_headings)
    ("serial", re.compile(SERIAL + r"\d{1,3}\s*")),
    ("arabic", re.compile(r"\d{1,2}\s*(?:[、．]|\.(?!\d))\s*")),
    # 1.1 · 1.1.1, also 1.1、 and 1.1．: the depth of a decimal number is its level (not 1.5万元,
    # 2.5分)
    (
        "decimal",
        re.compile(
            r"\d{1,2}\.\d{1,2}(?!\d)(?!\.\d)(?:\s*[、．]|\.(?!\d))?\s*(?=[\u4e00-\u9fff“\"《])"
            r"(?![分万元亿倍个次米天年月日时])"
        ),
    ),
    (
        "decimal2",
        re.compile(
            r"\d{1,2}\.\d{1,2}\.\d{1,2}(?!\d)(?!\.\d)(?:\s*[、．]|\.(?!\d))?\s*(?=[\u4e00-\u9fff“\"《])"
        ),
    ),
    # （1） · (1), and 1) whose opening bracket a flattened copy lost
    (
        "paren-arabic",
        re.compile(
            r"[（(]\s*\d{1,2}\s*[）)]\s*|\d{1,2}[）)]\s*(?=[\u4e00-\u9fff“\"《])"
            r"|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇]\s*"
        ),
    ),
    ("circled", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")),
    # a bullet (• 遵守执业纪律情况（10分）): the items of a list without numbers, one level
    ("bullet", re.compile(r"[•●▪◆■]\s*(?=\S)")),
)
LEVELS = [kind for kind, _ in MARKERS]
ABOVE = re.compile(r"^(?:以上|上述)(?:各项|各条|指标|内容)?")
_RANGE_NUMBER = (
    r"(?:第\s*)?(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}|\d{1,2})"
)
# the items one statement lists by number: a bound keeps a long run of numbers linear, where
# each number of it would otherwise open a try over the rest of the run
_LONGEST_RANGE_LIST = 30
RANGE_POINTS = re.compile(
    r"(?:(?P<above>(?:以上|上述)(?:[一二三四五六七八九十\d]{1,3}项)?)"
    r"|(?P<numbers>" + _RANGE_NUMBER + r"(?:\s*项)?"
    r"(?:\s*(?P<through>至|到|[—－\-~～]{1,2})\s*" + _RANGE_NUMBER + r"(?:\s*项)?"
    r"|(?:\s*[、,，]\s*" + _RANGE_NUMBER + f"){{1,{_LONGEST_RANGE_LIST}}}" + r"(?:\s*项)?)?))"
    r"(?:\s*(?:指标|内容))?\s*"
    r"(?:(?P<each>(?:各项|每项|各条|每条)(?:\s*[均各])?|均|各|分别)(?:\s*[以为按计])?|以)"
    r"\s*(?P<points>\d+(?:\.\d+)?)\s*分"
)
"""Points stated once for several items listed above (``（一）至（五）各项均以16分计算``,
``第1-5项各4分``, ``（一）、（二）、（三）各项均以10分计算``, ``以上每项10分``): the points of each;
one item's points (``（四）以40分计算``) have no ``each`` and are followed by 计算."""
INLINE_ITEM = re.compile(
    r"(?:(?<=[；;。：:])|(?<=[；;。：:]\s)|(?<=分[）)])|(?<=[：:]\d分)|(?<=[：:]\d\d分)"
    # (the points typeset ``50 分``, read as `` 50分``)
    r"|(?<=[：:]\s\d分)|(?<=[：:]\s\d\d分))\s*"
    r"(?:\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]"
    # a number before a date, which no decimal is (…。3 .2021年6月至12月…)
    r"|\d{1,2}\s*[.．](?=" + DATE + ")"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"
    # after an item's points, ``2)`` whose opening bracket a flattened copy lost
    r"|(?<=分[）)])\s*\d{1,2}[）)](?=[\u4e00-\u9fff])"
    # the first part after the heading of the document's items (二、考核内容(一)…)
    r"|(?<=考核内容|考评内容|考核项目|考评项目|考核标准|考评标准|评分标准|考核细则|考评细则)"
    r"(?=[（(]一[）)])"
    # the first item after a title run on into it (…考核方案(一)乡镇考核内容1.党政重视(18分)…,
    # …考核指标说明一、创建工作:50分…)
    r"|(?<=考核方案|考核办法|考评办法|评分细则|实施细则|考核内容|考评内容)(?=[（(]一[）)]|1\s*[、.．])"
    r"|(?<=指标说明)(?=一\s*[、.．])"
    # a part with its points after a table's header or a title run on into it (…计分标准考核办法
    # 一、落实校园安全责任制(22分)…, …考评细则一、组织领导:(6分)…, or (22 分) as typeset), the
    # header perhaps printed again before the next part
    r"|(?<=考核办法|考核方法|评分方法|计分标准|评分标准|考核标准|扣分标准|考评细则|考核细则|评分细则)"
    r"(?=[一二三四五六七八九十]{1,3}[、.．][^。；;，,（()）]{2,30}[（(] ?\d+(?:\.\d+)? ?分 ?[）)])"
    # a regulation-style scheme's chapter or article after a full stop or an item's points
    # (…特制定本办法。第二章 考评内容…, …的水平(12分)第七条 …)
    r"|(?:(?<=[；;。])|(?<=[；;。]\s)|(?<=分[）)]))\s*(?=第[一二三四五六七八九十百]+[章条])"
)
COLON_POINTS = re.compile(
    r"\s*([^。；;，,：:（()）\d]{2,30}?)(?<!分值)(?<!分数)(?<!满分)(?<!总分)(?<!标准分)(?<!赋分)"
    r"(?<!计分)(?<!得分)(?<!权重)\s*[：:]\s*(\d+(?:\.\d+)?)\s*分(?![值数])"
)
"""A title closed by a colon and its points, the text after them: ``图书馆建设：5分根据…``."""
POINTS_COLON = re.compile(
    r"\s*(?!每)([^。；;，,：:（()）\d]{2,30}?)(?<![扣得计记加减占共为是值数满总各])"
    r"\s*(\d+(?:\.\d+)?)\s*分\s*[：:](?=\s*\S)"
)
"""A title, its points and a colon, the text after them: ``落实责任10分：签订责任书得10分…``; the
points before the colon are the title's, not what a case earns after it (``…各占20分``, ``得20分``)."""
INLINE_SPACED = re.compile(
    r"(?<=\s)(?=(?:\d{1,2}、|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[^，,。；;\s（(]{2,16}\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)])"
)
"""An item inside a table flattened with spaces between its cells: ``…资料 2、工作部署(1分) …``,
or a part after a space in a copy that lost its stops: ``…特制定本办法 (一)扶贫攻坚(40分) 1、…``."""

HEADER_NAME = re.compile(
    r"考核|考评|评分项|评估|项目|内容|指标|事项|类别|类目|分类|条目|名称|细项|要点|基本要求"
)
HEADER_POINTS = re.compile(
    r"^\s*(?:各项|项目|指标)?(?:标准分值|分值|分数|标准分|基本分|权重分|权重|满分|赋分|配分|应得分[数值]?|分)"
    r"\s*(?:[（(]分[）)])?\s*$"
)
HEADER_RUN_POINTS = r"基础分|基本分"
"""Words of a flattened table's 分值 column that ``HEADER_POINTS`` does not list (基础分 · 基本分)."""
HEADER_RUN_SCORE = r"实得分"
"""Words of the column a rater fills in, after a flattened table's header (实得分)."""
HEADER_STANDARD = re.compile(
    r"标准|细则|扣分|评分办法|计分|打分|赋分|考[核评][方办]法|评分方法|评分说明|评分依据|评分规则|指标说明|评分要点"
)
"""Words of a table's standard column. 考核方法 and 考核办法 (how a row is checked: 查阅资料 ·
现场检查) head a column of the row's standard, never of its name, beside 评分标准 or not."""
HEADER_SKIP = re.compile(
    r"序号|得分|扣减分|自评|单位|科室|处室|责任部门|责任人|备注|^说明$|依据|方式|时间|牵头|性质"
    r"|^考[评核]分$|^.?评分$|^考[评核]描述$|^[核复审][查核]分$|^评审分$"
)

SPACED_HEADINGS = (
    "序号",
    "项目",
    "考核项目",
    "考评项目",
    "考核内容",
    "考评内容",
    "考核指标",
    "评分项目",
    "指标内容",
    "工作内容",
    "内容",
    "指标",
    "类别",
    "考核要点",
    "基本要求",
    "评分标准",
    "考核标准",
    "考评标准",
    "评分细则",
    "考核细则",
    "扣分标准",
    "评分办法",
    "考核办法",
    "考核方法",
    "计分方法",
    "检查方法",
    "评分说明",
    "分值",
    "标准分",
    "基本分",
    "基础分",
    "分数",
    "得分",
    "实得分",
    "自评分",
    "考核得分",
    "备注",
)
"""The words of a table's head that a typeset table letter-spaces (``考 核 内 容``, ``分 值``)."""
DOUBLED_HEADINGS = frozenset(
    (
        *SPACED_HEADINGS,
        "考核指标",
        "评价指标",
        "考评指标",
        "工作要求",
        "考核要求",
        "评分细则",
        "考评细则",
        "考核评分细则",
        "考核评分标准",
        "考核评价标准",
        "考评标准",
        "评价标准",
        "考核评分表",
        "考核评价表",
        "评分表",
        "考核表",
        "考评办法",
        "考核实施细则",
        "备注",
        "说明",
    )
)
"""The words of a table's head, and the headings of an appraisal document, that a copy of a PDF
whose bold type it took for two letters prints with every character twice (``分分 值值``,
``考考核核细细则则``)."""
SPACED_HEADING_WORD = re.compile(
    r"(?<!\S)(?:"
    + "|".join("[ \u3000]".join(word) for word in sorted(SPACED_HEADINGS, key=len, reverse=True))
    + r")(?!\S)"
)
"""One of those words letter-spaced by single spaces, standing as a word of its own (``分 值``)."""

BONUS_SECTION = re.compile(r"加分")
BONUS_HEADING = re.compile(
    r"(?:\*\*|【)?[^，,；;。：:（()）【】\s]{0,10}?"
    r"(?:奖励)?加分(?:奖励)?(?:项目|项|因素|部分|事项|指标|内容|情形|标准|细则)?"
    r"\s*(?:\*\*|】)?\s*(?:$|[（(【\[：:])"
)
"""A heading that names the bonus section, whatever its bracket says of the total: ``加分项目``,
``奖励加分（不计入总分100分）``, ``百分制以外加分项目（最高10分）``, ``加分项：…``."""
LONE_BONUS_HEADING = re.compile(
    r"(?:\*\*|【)?[^，,；;。：:（()）【】\s]{0,10}?"
    r"(?:奖励加分|加分奖励|加分(?:项目|项|因素|部分|事项|指标|内容|情形|标准|细则))"
    r"\s*(?:\*\*|】)?\s*(?:[（(][^（()）\n]{0,40}[）)])?\s*(?:\*\*)?\s*[：:]?\s*"
)
"""A line that is a bonus heading and nothing else, its bracket on the total at most
(``**加分项目（在总分100分之外加分，最高10分）**``, ``奖励加分：``): used with ``fullmatch``."""
PENALTY_SECTION = re.compile(r"减分|扣分项|扣分事项|倒扣")

TOTAL = re.compile(
    r"(?:满分|总分|总分值|考核总分|考评总分|计分)(?:为|是|设|[:：])?\s*" + NUMBER + r"\s*分"
)
HUNDRED = re.compile(r"百分制")
DIGITS = re.compile(
    # the digits of a decimal fraction: 随机抽取3位干部 counts people
    r"(?:保留|精确到|取)(?:到)?(?=小数点后|\s*[一二两三1-3]\s*位小数)(?:小数点后)?\s*([一二两三1-3])\s*位(?:小数)?"
    r"|精确到\s*(0\.0{0,2}1)\s*分"
    r"|(?:保留|取)整数"
)
"""The digits a score is shown with (保留一位小数, 精确到0.01分, 取整数)."""
DIGIT_WORDS = {"一": 1, "二": 2, "两": 2, "三": 3, "1": 1, "2": 2, "3": 3}

GRADE_IDS = {
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
    "及格": "pass",
    "不及格": "fail",
    "不称职": "fail",
    "不达标": "fail",
    "差": "fail",
    "一等奖": "first",
    "二等奖": "second",
    "三等奖": "third",
    "四等奖": "fourth",
    "达标奖": "pass",
    "满意": "pass",
    "比较满意": "good",
    "较满意": "good",
    "基本满意": "basic",
    "不满意": "fail",
    "优": "excellent",
    "良": "good",
    "中等": "fair",
    "中": "fair",
    "超额完成": "excellent",
    "完成": "pass",
    "基本完成": "basic",
    "未完成": "fail",
}
# grades named by a letter or an ordinal with the word of a grade: A等 · B级 · C档 · 一等 · 二档
GRADE_IDS.update(
    {
        f"{mark}{word}": grade
        for mark, grade in zip("ABCDE", ("a", "b", "c", "d", "e"), strict=True)
        for word in "等级档类"
    }
)
GRADE_IDS.update(
    {
        f"{mark}{word}": grade
        for marks in ("一二三四五", "甲乙丙丁戊")
        for mark, grade in zip(marks, ("first", "second", "third", "fourth", "fifth"), strict=True)
        for word in "等档类级"
    }
)
# the stars of a 星级评定: 五星级 (five_stars) … 一星级 (one_star)
GRADE_IDS.update(
    {
        f"{mark}星级": name
        for mark, name in zip(
            "一二三四五六七",
            (
                "one_star",
                "two_stars",
                "three_stars",
                "four_stars",
                "five_stars",
                "six_stars",
                "seven_stars",
            ),
            strict=True,
        )
    }
)
# a letter stands alone (not inside a word of letters); 一等 is no 一等奖 nor 二等功, 一级 no
# 一级指标; a grade of one character (优 · 良 · 中) stands alone, not as a word's first
_RANKED = (
    r"(?<![A-Za-z])[A-E][等级档类]|[一二三四五甲乙丙丁戊](?:等(?![奖功])|档|类(?!指标)|级(?!指标))"
)
_ONE_CHARACTER = r"[优良中](?=等级|等次|(?![\u4e00-\u9fff]))"
# 超额完成 · 完成 · 基本完成 · 未完成 (等级), the grades of a target's appraisal: a word of its own
_DONE = r"(?:超额|基本|未)?完成(?=等级|等次|级|档|[”\"」，,。；;：:、\s（()）]|$)"
# 五星级 … 一星级: the grades of a 星级评定 (评星定级), a unit's stars set by its score
_STARS = r"[一二三四五六七]星级"
_GRADE_WORDS = (
    r"一等奖|二等奖|三等奖|四等奖|达标奖|基本合格|基本称职|基本达标|不合格|不称职|不达标|不及格"
    r"|优秀|良好|较好|称职|合格|及格|达标|一般|较差|(?:比较|较|基本|不)?满意(?![度率])|中等"
    r"|先进|好|差|" + _STARS + "|" + _RANKED + "|" + _ONE_CHARACTER + "|" + _DONE
)
# a grade of units may be named with the field before it and 单位 after (禁毒先进单位, 合格单位),
# the field with its 工作 (安全生产工作合格单位)
_GRADE = (
    r"[“\"「]?(?:[\u4e00-\u9fff]{1,6}?(?=(?:" + _GRADE_WORDS + r")单位))??"
    r"(" + _GRADE_WORDS + r")[”\"」]?"
)
GRADE_HEADING = re.compile(
    r"[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?\s*(" + _GRADE_WORDS + r")\s*[。．:：]"
)
"""A grade named as a paragraph's heading, its edges in the sentences after it: ``(二)达标。``."""
SCORE_LEVEL = re.compile(
    r"\s*[“\"]?(?:" + _GRADE_WORDS + r")[”\"]?(?:的|者|等次|等级|档次|档)?\s*[:：]?\s*"
)
"""The words of a scoring level, matched whole (``好`` · ``较好的`` · ``优秀：``): a level of an
item's scoring by levels (好（10分）；较好（8分）), never an item of its own."""
LEVEL_AWARD = re.compile(
    r"(?:^|(?<=[，,；;。、\s]))[“\"]?(?:" + _GRADE_WORDS + r")[”\"]?(?:的|者|等次|等级|档次|档)?"
    r"[:：]?\s*(?:得|计|为)?\s*[（(]?\s*(?!0(?:\.0+)?\s*分)\d{1,3}(?:\.\d+)?\s*分"
)
"""A level of a scoring by levels that awards points (``好的得10分`` · ``较好（8分）`` · ``良好：8分``)."""
GRADE_LINE = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?[“\"]?("
    + _GRADE_WORDS
    + r")[”\"]?(?:等次|等级)?\s*[:：]?\s*"
)
"""A line that is only a grade's name (a table's cell one a line: ``优秀`` over ``90分以上``)."""
# its spaces follow a word only: after the spaces before it, a run is not parted again
# a comma may part the edge from the verb that names the grade: 得分≥90分，评为优秀
_BE = (
    r"(?:的)?(?:单位)?(?:[，,]\s*(?!\s)(?=(?:评定|确定|认定|评|定|列)?为))?"
    # the grade a score allows may be said with 可 (90分以上可评定为五星级)
    r"(?:可以|可)?(?:为|评为|定为|确定为|评定为|认定为|列为|即为|属于|：|:)?(?:(?<!\s)\s*)?"
)
# an edge's qualifier in brackets: 80分(含80分) · 60-80分(不含80分) · typeset 80 分(含80 分)
_EDGE = r"[（(]不?含(?:\d+(?:\.\d+)? ?分?)?[）)]"
# each run of spaces is read by one \s*, each word taking the spaces after it: spaces around
# words that may be absent, parted between several \s*, took time growing with a power of the run
# (the edges above and below take a run whole, \s*(?!\s), and never give it back: no word after one
# opens with a space)
BAND_RANGE = re.compile(
    r"(?<!\d)"  # from a number's first digit: a run of digits is tried once, not each tail
    + NUMBER
    + r"\s*(?:分\s*)?(?:"
    + _EDGE
    + r"\s*)?(?:至|－|—|–|-|~|～|到)\s*"
    + NUMBER
    + r"\s*(?:分\s*)?(?:"
    + _EDGE
    + r"\s*)?(?:之间)?"
    + _BE
    + _GRADE
)
# the signs of an edge in both widths: ≥ ≧ >= ＞＝ hold the edge, < ＜ leave it out, ≤ ≦ <= ＜＝ hold it
_AT_LEAST = r"(?:≥|≧|[>＞]\s*[=＝])"
_UNDER = r"(?:[<＜](?!\s*[=＝]))"
_AT_MOST = r"(?:≤|≦|[<＜]\s*[=＝])"
BAND_ABOVE = re.compile(
    r"(?:得分|总分|分数)?(?:在)?(?<!\s)\s*(?!\s)(?:"
    # ≥90分为优秀 · 不低于90分的为优秀
    r"(?:"
    + _AT_LEAST
    + r"|大于或?等于|不低于)\s*(?!\s)"
    + NUMBER
    # a figure after a sign or word may go without 分 (得分>=90为优秀)
    + r"\s*(?!\s)(?:分\s*(?!\s))?"
    + r"(?:（含）|\(含\))?\s*(?!\s)(?:以上|及以上)?|(?<!\d)"
    + NUMBER
    + r"\s*(?!\s)分\s*(?!\s)(?:（含(?:\d+ ?分)?）|\(含(?:\d+ ?分)?\))?\s*(?!\s)(?:以上|及以上|或以上)\s*(?!\s)"
    + r"(?:（含(?:\d+ ?分)?）|\(含(?:\d+ ?分)?\))?)"
    + _BE
    + _GRADE
)
BAND_BELOW = re.compile(
    r"(?:(?:不足|低于|未达到?|不满|小于|"
    + _UNDER
    + "|"
    + _AT_MOST
    + r")\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)分?|(?<!\d)"
    + NUMBER
    + r"\s*(?!\s)分\s*(?!\s)(?:（不含(?:\d+ ?分)?）|\(不含(?:\d+ ?分)?\))?\s*(?!\s)以下\s*(?!\s)"
    + r"(?:（不含(?:\d+ ?分)?）|\(不含(?:\d+ ?分)?\))?)"
    + _BE
    + _GRADE
)

# a score between two edges, the grade after: 80分≤总分<90分为良好 · 75分以上不满90分的为“良好” ·
# 80分及以上不足90分为良好 · 80分（含）以上90分以下为良好. Each run of spaces is taken whole (\s*(?!\s))
_SCORE_WORD = r"(?:考核|考评|综合|年度)?(?:总得分|总分|得分|分数|分值)"
_BETWEEN = (
    # ≥80分且<90分 · 不低于80分且低于90分 · 大于等于80分小于90分
    r"(?:(?:"
    + _AT_LEAST
    + r"|大于或?等于|不低于|不少于)\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)(?:分\s*(?!\s))?(?:且|并且|、|，|,)?\s*(?!\s)(?:"
    + _UNDER
    + "|"
    + _AT_MOST
    + r"|小于|低于|不足|不满|未达到?)\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)分?|"
    + NUMBER
    + r"\s*(?!\s)(?:分\s*(?!\s))?(?:"
    # 80分≤总分<90分 · 80<总分≤90
    + r"(?:"
    + _AT_MOST
    + "|"
    + _UNDER
    + r")\s*(?!\s)"
    + _SCORE_WORD
    + r"\s*(?!\s)(?:"
    + _AT_MOST
    + "|"
    + _UNDER
    + r")\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)分?|(?:"
    # 75分以上不满90分 · 80分(含)以上90分以下 · 80分及以上、不足90分
    + _EDGE
    + r"\s*(?!\s))?(?:以上|及以上|或以上)\s*(?!\s)(?:"
    + _EDGE
    + r"\s*(?!\s))?[，,、]?\s*(?!\s)(?:(?:不满|不足|低于|未达到?|小于|"
    + _UNDER
    + r")\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)分|"
    + NUMBER
    + r"\s*(?!\s)分\s*(?!\s)(?:"
    + _EDGE
    + r"\s*(?!\s))?(?:以下|及以下))))\s*(?!\s)(?:"
    + _EDGE
    + r"\s*(?!\s))?"
)
BAND_BETWEEN = re.compile(r"(?<![\d.])" + _BETWEEN + r"(?:之间)?" + _BE + _GRADE)
"""A grade between a lower and an upper edge, the grade after them (80分≤总分<90分为良好)."""

# the grade first, then its lower edge: 优秀：考核得分≥90分 · 良好，得分在80分以上
_GRADE_FIRST = (
    r"(?:^|(?<=[、.．:：\s（(|为定）)和与])"
    # after a comma (or 即) only when the band follows in brackets: 即优秀(90分以上),良好(80—90分);
    # the last grade of such a list may state its upper edge alone, its bracket closing the list
    # (…,不合格(低于60分)3个等次 · …等四个等次 · …,不合格(低于60分)。), never in prose (…,一般(低于80分)的不予表彰)
    r"|(?<=[，,即])(?=[“\"]?[\u4e00-\u9fff]{1,4}[”\"]?[（(]\s*(?:\d|≥|≧|[>＞]|不低于"
    r"|(?:低于|不足|不满)\s*\d+(?:\.\d+)?\s*分?\s*[）)]\s*"
    r"(?:等?\s*[\d一二三四五六七八九十]+\s*个?(?:等次|等级|档次)|$)"
    # or both edges, the upper first: …,基本合格(低于70分且不低于60分)
    r"|(?:低于|不足|不满)\s*\d+(?:\.\d+)?\s*分?\s*(?:且|并且)\s*(?:不低于|不少于))))"
    # a prize first (一等奖得分须达90分及以上, 达标奖得分60分及以上): the prizes a village or a
    # unit wins by its score are the appraisal's grades, named before the word they hold
    r"[“\"]?(一等奖|二等奖|三等奖|四等奖|达标奖|基本合格|基本称职|基本达标|不合格|不称职|不达标|不及格"
    r"|优秀|良好|较好|称职|合格|及格|达标|一般|较差|(?:比较|较|基本|不)?满意(?![度率])|中等|"
    + _DONE
    + "|"
    + _RANKED
    + "|"
    + _ONE_CHARACTER
    + r"|(?:先进|好|差)(?=等级|等次|(?![\u4e00-\u9fff]))"
    + r")[”\"]?(?:等次|等级)?"
    # a description of the grade after a colon, up to the clause that names the score
    # (优秀：各项工作好于规定标准，综合得分在90分以上)
    + r"(?:[:：][^。；;:：\d%]{1,30}?[，,](?=\s*(?:考核|考评|综合|年度)?(?:总得分|总分|得分|分数)))?"
    + r"[^。；;，,\d%]{0,12}?"
)
_CELL = r"(?:[:：|（(\s]|为|得分|总分|分数|在)\s*"
# the grade first, then its edges: 优秀：考核得分≥90分 · 良好（80分以上） · 合格：60—79分 · 不合格：60分以下 ·
# 良好：得分在80-89分
BAND_FIRST = re.compile(
    _GRADE_FIRST
    # a figure after a sign, or in brackets, may go without 分: 优秀（≥90） · 优秀：≥90
    + r"(?:"
    + _AT_LEAST
    + r"\s*"
    + NUMBER
    # (一等奖得分须达90分及以上: 达 alone, as 达到, states a lower edge; so does 满, 总得分满70分)
    + r"\s*(?:分(?:以上|及以上)?)?|(?:不低于|达到?|(?<!不)满|在)\s*"
    + NUMBER
    # (在59分以下 is an upper edge)
    + r"\s*(?:分(?!\s*(?:以下|及以下))(?:以上|及以上)?|(?=\s*[)）]))|"
    + _CELL
    + NUMBER
    + r"\s*分\s*(?:以上|及以上))(?![\d%])"
)
BAND_FIRST_RANGE = re.compile(
    _GRADE_FIRST
    + _CELL
    + NUMBER
    + r"\s*分?\s*(?:至|－|—|–|-|~|～|到)\s*"
    + NUMBER
    # 良好（80-89）: a range in brackets may go without 分
    + r"(?:\s*分|(?=\s*[)）]))"
)
BAND_FIRST_BELOW = re.compile(
    _GRADE_FIRST
    + r"(?:(?:"
    + _UNDER
    + "|"
    + _AT_MOST
    + r")\s*"
    + NUMBER
    + r"\s*分?(?![\d.%％])|(?:低于|不足|不满)\s*"
    + NUMBER
    + r"\s*(?:分|(?=\s*[)）]))|"
    + _CELL
    + NUMBER
    + r"\s*分\s*以下)"
)
# the grade first, then both edges: 良好：考核得分80分以上90分以下 · 良好（80分≤得分<90分）
BAND_FIRST_BETWEEN = re.compile(_GRADE_FIRST + r"(?:" + _CELL + r"|在\s*)" + _BETWEEN)
# the grade first, then its edges in brackets, the upper first: 基本合格（低于70分且不低于60分）
BAND_FIRST_UPPER_LOWER = re.compile(
    _GRADE_FIRST
    + r"[（(]\s*(?:低于|不足|不满|小于)\s*"
    + NUMBER
    + r"\s*分?\s*(?:且|并且)\s*(?:不低于|不少于)\s*"
    + NUMBER
    + r"\s*分?\s*[）)]"
)
# a pass mark: 及格分120分 · 合格分数线为60分 · 及格线：60分
BAND_PASS_MARK = re.compile(
    r"(?<![基不])(及格|合格)(?:分数线|分数|线|分)(?:为|是|[:：])?\s*" + NUMBER + r"\s*分"
)
# a pass mark stated after its score: 80分为及格分 · 以60分为及格线 · 80分為合格分数线
BAND_PASS_MARK_AFTER = re.compile(
    r"(?<![\d.])" + NUMBER + r"\s*分\s*(?:为|為|是|作为|作為)\s*(及格|合格)(?:分数线|分数|线|分)"
)

# a grade named by its letter alone in a list of grades (A、C级以外): the word of the last serves all
_NAMED_GRADE = r"[“\"]?(?:(?<![A-Za-z])[A-E](?![A-Za-z])[等级档]?|" + _GRADE_WORDS + r")[”\"]?"
BAND_REST = re.compile(
    r"(?:(?:其余|其他|其它|余下)(?:的)?|(?:除|在)?"
    + _NAMED_GRADE
    # a few grades listed, never a run of them: a list said over and over is searched once
    + r"(?:[、和及与或]"
    + _NAMED_GRADE
    + r"){0,4}(?:等次|等级)?(?:以外|之外)(?:的)?)(?:单位)?(?:为|评为|定为|确定为)\s*"
    + _GRADE
)
"""The grade of the scores no stated band holds: 其余为合格 · 考核等级在A、C级以外的为B级."""
BAND_GLUED_RANGE = re.compile(r"(?<![\d.])(\d{2})(\d{2}|100)\s*分" + _BE + _GRADE)
"""A range whose dash a copy lost: 8089分为良好 (80 to 89), 90100分为优秀; its reader checks the
halves rise, by less than 20 points."""
BAND_CONDITIONS = re.compile(
    r"(?:(?:同时)?(?:满足|符合|具备|达到)(?:以下|下列|如下)(?:全部|所有|各项)?(?:条件|标准|要求)"
    r"|(?:有|存在|出现|具有)(?:以下|下列|如下)(?:情形|情况|问题)(?:之一|中的一项|中任何一项|中的任意一项|中任一项))"
    r"(?:的|者)?[^。；;\n]{0,12}?(?:为|评为|定为|确定为|评定为|认定为|列为)\s*" + _GRADE
)
"""A grade named for a list of conditions that follows (同时满足下列条件的，考核等级为A级 · 有下列
情形之一的，考核等级为C级); a condition on the score among them gives the band its edge."""
SCORE_CONDITION = re.compile(r"成绩|得分|总分|分数|考核分|考评分")
"""A condition that bounds the score (考核成绩≥90分, 得分低于70分), not a count (发生3起以上)."""
_QUOTA_GRADE = r"(优秀|良好|先进|较好|(?<![良较])好(?=等次|等级|档次|次|的))"
_QUOTA_FLOOR = r"不低于|不得低于|不少于|不得少于|至少"
QUOTA = re.compile(
    _QUOTA_GRADE + r"[^。；;，,]{0,12}?(?:比例|名额|数量|比率)?[^。；;]{0,8}?"
    r"(?:不超过|不得超过|不高于|控制在|原则上不超过)[^。；;\d]{0,12}?"
    r"(?:(\d+(?:\.\d+)?)\s*[%％]|(\d+)\s*(?:个|名|家))"
)
"""A quota on a grade (优秀比例不超过20% · 好等次单位不超过5个), its share or its count."""
QUOTA_MORE = re.compile(
    r"[^。；;\d]{0,8}?(?:且|并且|同时|最多|总数)(?:[^。；;\d]{0,4}?(" + _GRADE_WORDS + r"))?"
    r"[^。；;\d]{0,8}?(不超过|不得超过|不高于|最多|" + _QUOTA_FLOOR + r")?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*[%％]|(\d+)\s*(?:个|名|家))"
)
"""A second limit right after a quota: on the grade it names (…，同时良好等次比例不超过30%), or on
the same grade (…不超过30%，且不超过5个); the grade, if named, is group 1 (any grade word: 合格,
称职, 达标 …), the limit's word group 2, the share group 3 and the count group 4."""
QUOTA_FLOOR = re.compile(_QUOTA_FLOOR)
"""A limit from below (合格比例不低于80%): a least share, which a quota cannot hold."""

RATERS = re.compile(
    r"(自评|自查自评|单位自评|考核组评分|考核组考评|考核组|实地考核|日常考核|年终考核|年度考核|平时考核"
    r"|群众评议|群众满意度(?:测评|调查)?|满意度(?:测评|调查)|民主测评|社会评价|第三方评估|第三方评价"
    r"|领导评价|领导评分|部门互评|互评|目标任务考核|业务考核|考评组评分)"
    r"(?:得分|评分|成绩|结果)?[^。；;，,%％\d]{0,6}?(?:占|按)\s*(?:总分的?)?\s*"
    + NUMBER
    + r"\s*[%％]"
)
ITEM_RATERS = re.compile(r"考核组|考评组|实地|日常|年终|年度|平时|目标|业务")

VETO = re.compile(
    # 单项否决: an indicator whose failing alone fails the unit (a government site's 单项否决指标)
    r"一票否决|单项否决|(?:即为|即视为|视为|即作为)[^。；;，,]{0,16}?(?:目标|任务|考核)[^。；;，,]{0,4}?(?:未完成|不合格|不达标)"
    # a disqualification from the appraisal itself (取消评选资格): the unit cannot pass
    r"|取消(?:其|该单位)?(?:评选|参评|评比|评定|创建|申报)资格"
    # the whole appraisal set to nought (对…的地区，考核得0分), its score or result named or not
    # (作业常规考评分为零分, 考核成绩计0分): an item's nought (该项考核得零分) is a deduction of
    # the item, never the unit's
    r"|(?<![项该本此])(?:年度|年终|全年)?(?:考核|考评)(?:得分|成绩|分数|分)?(?:得|为|计|按)\s*(?:0|零)\s*分"
    # a file of a 案卷评查 set to nought (评查总分即为零分, 该案卷得分为零): the file appraised fails,
    # its score named (不合格案卷为零 is a target, no veto); a fraction taken off it (案卷得分按
    # 0.5分扣减, 按零点五分) is a deduction, no nought
    r"|(?:评查|案卷)(?:总分|得分|分数|成绩)(?:即)?(?:为|计|按)\s*(?:0|零)(?![.．\d点])(?:\s*分)?"
    r"|(?:评查|案卷)(?:即)?得\s*(?:0|零)\s*分"
)
VETO_SYSTEM = re.compile(
    # the matter the system covers may stand between the verb and it (坚持重大食品药品安全事故
    # “一票否决”制); a unit's failing to run one (没有实行“一票否决”的，扣5分) is a condition of a
    # deduction, the verb 实行 then negated. A condition between them (落实责任不到位的实行一票否决)
    # makes it a veto: no 的 in the gap
    r"(?:(?:没有|未)(?:实行|实施)|落实|建立健全|建立|健全|完善|执行|推行|坚持|贯彻)"
    r"[^，,。；;：:的]{0,16}?[“\"‘']?(?:一票|单项)否决[”\"’']?(?:制度|制|机制)?"
)
"""A 一票否决 (or 单项否决) system that a verb names (落实安全生产“一票否决”制度, 执行一票否决制,
没有实行“一票否决”的): a requirement of the unit unless a condition of the unit comes before it."""
_VETO_CONDITION = re.compile(r"的|凡|发生|出现")
"""A condition of the unit (发生重大事故的, 凡…): what a veto after it is for."""


def vetoes(text: str) -> bool:
    """Whether the text vetoes the unit, leaving aside a 一票否决 system it is asked to run.

    A 一票否决 after a condition of the unit (发生重大事故的，执行一票否决制度) is a veto; one that
    a verb names a system with no condition before it (落实安全生产“一票否决”制度，计2分) is a
    requirement. A 一票否决 no such verb names stays a veto (发生火灾无分，并实行一票否决).

    >>> vetoes("发生重大事故的，实行一票否决"), vetoes("落实安全生产“一票否决”制度，计2分")
    (True, False)
    >>> vetoes("凡发生重大群体性事件的，落实一票否决制"), vetoes("建立一票否决制度")
    (True, False)
    >>> vetoes("坚持重大食品药品安全事故“一票否决”制"), vetoes("没有实行“一票否决”的，扣5分")
    (False, False)
    """
    return any(_sentence_vetoes(sentence) for sentence in re.split(r"[。；;]", text))


def _sentence_vetoes(sentence: str) -> bool:
    """Whether one sentence vetoes the unit, as `vetoes` reads each sentence of a text."""
    if VETO.search(sentence) is None:
        return False
    kept: list[str] = []
    cursor = 0
    for system in VETO_SYSTEM.finditer(sentence):
        if _VETO_CONDITION.search(sentence, 0, system.start()) is None:
            kept.append(sentence[cursor : system.start()])
            cursor = system.end()
    kept.append(sentence[cursor:])
    return VETO.search("".join(kept)) is not None


LOWER = re.compile(r"降低?一个?(?:等次|档次|等级|档)|降一(?:个)?(?:等次|档次|等级|档)")
BAR = re.compile(
    r"(?:不得|不能|不予|不再|取消)(?:评为|评定为|确定为|参评|评选)?[“\"]?(优秀|良好|先进)|取消评优"
)
FORCE = re.compile(
    r"(?:直接)?(?:确定|评定|定|评|认定|考核|即视|即|视)为[“\"]?"
    r"(基本合格|基本称职|不合格|不称职|较差|差|不达标|未完成(?=等级|等次|档次))"
)
"""A grade that a clause forces: 确定为不合格, 直接考核为未完成等级, 即为未完成等级 (a target's
appraisal, 完成 · 基本完成 · 未完成, names its lowest grade so)."""

BONUS_CAP = re.compile(
    r"(?:加分|奖励分|加\s*\d+(?:\.\d+)?\s*分)[^。；;]{0,16}?(?:最多|最高|累计|总分|总计|合计|上限)?[^。；;\d]{0,6}?"
    r"(?:不超过|不得超过|不超|最多加|最高加|为|以|封顶)\s*" + NUMBER + r"\s*分"
    r"|(?:最多|最高|累计最多)加\s*" + NUMBER + r"\s*分"
)
BASE_AND_ADDED = re.compile(
    r"基本分\s*\d+(?:\.\d+)?\s*分\s*(?:[，,、；;]\s*)?(?:另设|另有)?(?:附加分|加分)\s*(?:为\s*)?"
    + NUMBER
    + r"\s*分"
)
"""A full score split into its base and its added points (基本分100分，附加分10分): the added
points are the most the bonus rules add to the whole appraisal. Each run of spaces is taken by
a single ``\\s*`` only, so that a long run is read in linear time."""
THIS_ITEM = re.compile(r"该项|本项|此项")
"""The words by which an item's text names the item itself (本项基本分15分): what it states is the
item's, not the whole appraisal's."""
RULE_BONUS_CAP = re.compile(
    r"(?:每|一)[次篇项人个件条例][^。；;，,]{0,6}?加\s*\d+(?:\.\d+)?\s*分[，,]?\s*(?:但)?"
    r"(?:累计|最多|最高)"
)
"""A cap that ends one bonus rule counted by the unit (有一篇加0.1分，但累计不超过2分): the
rule's, not the appraisal's."""
PENALTY_CAP = re.compile(
    r"(?:减分|扣分)[^。；;]{0,16}?(?:最多|最高|累计|总分|上限)[^。；;\d]{0,6}?"
    r"(?:不超过|不得超过|为)\s*" + NUMBER + r"\s*分"
)
ADD = re.compile(
    r"(?:加(?:分项[,，])?记?|(?<![递倍])增记?|(?<![等励])奖(?:励)?)\s*(?:\d+(?:\.\d+)?\s*(?:分\s*)?[-－—~～〜∼至到]\s*)?"
    + NUMBER
    + r"\s*分"
)
"""A bonus's points: ``加2分``, ``奖3分`` (not a prize's name, ``一等奖``), ``增2分`` or ``增记2分``
(a count raised: 每项增2分, not a figure's growth: 每年递增2分), a range the rater fills in by
its top (``酌情加5-10分``), or a row named a 加分项 with its points after a comma
(``重大活动保障(加分项,5分)``)."""
TAKE = re.compile(r"(?:扣|减)(?:\s*(?:除|减|基础分|基本分))?\s*" + NUMBER + r"\s*分")
TAKE_BARE = re.compile(r"扣(?:\s*(?:除|减))?\s*" + NUMBER + r"\s*$")
"""A figure taken at the end of a clause, its 分 left out (资料不全扣1, 内容不全扣0.5).

Both patterns take the spaces after 扣 in one run: ``扣\\s*(?:除)?\\s*`` splits a long run of spaces
every way before it fails."""

# Deductions inside an item's scoring standard.
DISCRETIONARY = re.compile(
    r"(?:酌情|从重|视情况?|视其?程度)(?:扣|减)(?:\s*"
    + NUMBER
    + r"\s*(?:[-－—~～〜∼至到]\s*"
    + NUMBER
    + r")?\s*分|分)"
    # 酌情打分 · 酌情评分 · 酌情记分 (记分 the same word as 计分, as in 不记分): the rater scores the
    # item, up to its points
    r"|酌情(?:打|评|给|计|记)分"
)
PER_POINT = re.compile(
    r"每(?:低|少|下降|降低|差)\s*(?:1|一)\s*个?百分点\s*(?:扣|减)\s*" + NUMBER + r"\s*分"
)
_UNITS = r"(?:处|次|项|件|起|个|人次|例|条|篇|家|份|人|天|日|批次|批|宗|期|卷|户|点|亩)"
_TAKES = r"(?:扣减|扣除|扣|减)"
# the alternatives of a deduction for each occurrence but the first, shared by `PER` and `PER_COUNTED`
_PER_OTHERS = (
    # 一起扣2分 at the head of a clause or after its fault (值班脱岗一次扣1分); 扣5分/批次
    r"|(?<![第\d.])(?:一|1)\s*"
    + _UNITS
    + r"\s*"
    + _TAKES
    + r"\s*"
    + NUMBER
    + r"\s*分"
    + r"|"
    + _TAKES
    + r"\s*"
    + NUMBER
    + r"\s*分\s*[/／]\s*"
    + _UNITS
    # 每降2%扣1分: for each step of a rate short of its mark
    # (the spaces after 每 stand inside the optional word: one run is not parted between two \s*)
    + r"|每(?:\s*(?:降低|下降|低于|降|低|少|差|超过|超出|高于|高))?\s*\d+(?:\.\d+)?\s*[%％]"
    + r"[^，,；;。扣减]{0,8}?"
    + _TAKES
    + r"\s*"
    + NUMBER
    + r"\s*分"
    # 按每项0.5分扣除: the points of each before the word that takes them
    + r"|每(?:\s*(?:一|1))?\s*"
    + _UNITS
    + r"\s*"
    + NUMBER
    + r"\s*分\s*(?:扣除|扣减|扣|减)"
)
PER = re.compile(
    r"(?:每|少|缺|有|发生|发现)[^，,；;。扣减]{0,14}?(?:一|1)?\s*"
    + _UNITS
    + r"[^；;。扣减]{0,24}?"
    + _TAKES
    + r"\s*"
    + NUMBER
    + r"\s*分"
    + _PER_OTHERS
)
PER_COUNTED = re.compile(
    r"每[^，,；;。扣减]{0,14}?(?:一|1)?\s*"
    + _UNITS
    + r"[^；;。扣减]{0,24}?"
    + _TAKES
    + r"\s*"
    + NUMBER
    + r"\s*分"
    + r"|(?:少|缺|有|发生|发现)(?:[^，,；;。扣减]{0,14}?(?:一|1))?\s*"
    + _UNITS
    + r"[^；;。扣减]{0,24}?"
    + _TAKES
    + r"\s*"
    + NUMBER
    + r"\s*分"
    + _PER_OTHERS
)
"""A clause that counts its deduction for each occurrence, as `PER`, but after 少, 缺, 有, 发生 or
发现 only where the unit follows its count or the word itself (少一项扣1分 · 发现1处扣0.5分 ·
发现处扣1分): a unit's letter inside a word (发生重大群体性事件, 有工作人员, 没有专人负责) counts
nothing. A penalty of the whole appraisal so printed counts each time."""
_FAULT = (
    r"(?:问题|错误|差错|错漏|失误|疏漏|漏报|迟报|错报|瑕疵|违规|违纪|违法|不合格|不规范|不到位)"
)
FAULT_EACH = re.compile(
    # each run of spaces stands inside the optional part it opens: a run before words that are
    # not there is passed over once, not parted between two \s* (linear in a run of spaces)
    r"(?:(?P<fault>"
    + _FAULT
    + r")\s*)?每(?:\s*(?P<found>发现|出现|查出|存在|缺|少|漏|错))?(?:\s*(?:一|1))?\s*"
    + _UNITS
    + r"(?:\s*(?P<named>"
    + _FAULT
    + r"))?\s*"
    + NUMBER
    + r"\s*分\s*$"
)
"""Points taken for each fault without the word that takes them: ``发现问题每宗0.3分`` ·
``每发现一例0.5分`` · ``每处错误1分`` · ``每缺一项0.5分``, at the end of a clause. Its reader asks
that the clause name a fault (``fault`` before 每, or ``named`` after the unit) or that 每 say one
was found or missed (``found``: 发现 · 缺 · 漏), and that no word earning points (得 · 计 · 加) come
before: ``每项1分`` alone counts parts."""
SHARE_TAKEN = re.compile(
    r"(?:扣(?:除|减)?\s*(?:该项|本项|此项)?(?:分值|分数|标准分|得分)?"
    r"|减(?:除|减)?\s*(?:(?:该项|本项|此项)(?:分值|分数|标准分|得分)?|分值|分数|标准分|得分))"
    r"的?(?:(?<!\s)\s*)?"  # spaces after a word only: one run is not parted between two \s*
    + NUMBER
    + r"\s*[%％]"
)
"""A share of the item's points taken (扣该项分值的50%); 减 alone (总量未较上年减5%) is a target."""
# 扣1-3分 · 按次1-3扣分: a range of points the rater chooses from
# a run of spaces is taken whole (\s*(?!\s)): no word after one opens with a space, and a run parted
# between the two \s* around 分? took time growing with the square of the run
RANGE = re.compile(
    r"(?:扣|减)\s*(?!\s)\d+(?:\.\d+)?\s*(?!\s)分?\s*(?!\s)[-－—~～〜∼至到]\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)分"
    r"|(?<!\d)\d+(?:\.\d+)?\s*(?!\s)分?\s*(?!\s)[-－—~～〜∼至到]\s*(?!\s)"
    + NUMBER
    + r"\s*(?!\s)分?\s*(?!\s)(?:扣|减)分"
)
# 全扣全得: the item scores all its points or none; a typeset 0 分 as 0分; 计0分 · 记0分 as 得0分
NO_POINTS = re.compile(
    r"不得分|不[计记]分|该项(?:为|计)?0 ?分|该项不得分|[得计记] ?(?:0 ?|零)分|为0 ?分|为零分"
    r"|全扣全得|全得全扣"
    # the whole of the item's points taken: 扣除该项全部分值 · 扣除所在项所有分值 · 扣完该项分值 ·
    # 扣完基本分 · 该项分值全扣 (not 扣完该项分值为止, a floor of the deductions before it)
    r"|(?:扣(?:除|减)?(?:该项|本项|此项|所在项)?(?:的)?(?:全部|所有)(?:分值|分数|得分|分)"
    r"|扣完(?:(?:该项|本项|此项|所在项)(?:的)?(?:分值|分数|得分|基本分|基础分|标准分|分)|基本分|基础分|标准分)"
    r"|(?:该项|本项|此项)(?:分值|分数|得分)?全扣)(?![值数]?\s*为止)"
)
HIGHEST_BONUS_ONLY = re.compile(
    r"不(?:重复|累计|叠加)加分|(?:按|取|以)(?:其中)?最高[^。；;，,]{0,6}加分|就高加分"
    r"|按最高[^。；;，,]{0,4}计"
)
"""A clause that counts only the highest of several bonuses: ``按最高的加分，不重复加分``."""
NOTE_LABEL = re.compile(r"(?:备\s*)?注\s*[：:\d１-９]|说\s*明\s*[：:]")
"""A note's label after a table (注： · 注1 · 备注： · 说明：): the note states a fact, names no item."""
ONE_LETTER = re.compile(r"[\u4e00-\u9fff]")
"""A line of a cell too narrow for a word, printed one letter a line: one character (一 · 票 ·
否 · 决 beside a row; 党 · 建 · 目 · 标, a merged cell's name)."""
VERTICAL_VETO = re.compile(r"(?:实行)?一票否决")
"""A veto's words as a narrow column prints them, one letter a line, read joined."""
LIST_LEAD_IN = re.compile(r"(?:下列|以下|如下)[^：:。；;]{0,30}[：:]\s*$")
"""A deduction that introduces a list of conditions (有下列情形之一的，每次扣5分：)."""
RULE_CELL = re.compile(r"扣分|扣除|不得分")
"""A cell of a table of deductions that states its rules (…每次扣0.1分 · 扣除 · 不得分)."""
CAP_CELL = re.compile(
    r"(?P<words>(?:累计)?(?:不得|不)?超过|(?:累计)?(?:最多|最高)[加扣减]?|封顶|上限)"
    r"\s*[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]"
)
"""The last words of a cap printed over cells, with the points cell after them (超过 · 10分)."""
HEADING_PENALTY_CAP = re.compile(
    r"(?:[（(]|[：:]\s*)[^（()）。；;]{0,8}?"
    r"(?:最多|最高|不超过|不得超过|封顶|上限)\s*(?:(?:为|扣|减)\s*)?" + NUMBER + r"\s*分"
)
"""The cap a penalty section's heading states of all its deductions, in brackets or after a
colon: ``扣分事项（最多扣20分）`` · ``扣分项目（扣分不超过20分）`` · ``减分项目：累计扣分不超过20分``.
Each run of spaces is taken by one of its spaces only (linear in a long run)."""
CAP_WORDS = re.compile(r"累计|最多|最高|不超过|不得超过|为限|封顶")
"""The words that make a clause a cap on deductions (最高扣6分 · 扣分不得超过4分 · 以10分为限)."""
FLOOR = re.compile(r"[扣减]完为止|[扣减]至0分为止|扣满为止|直至[扣减]完")
MOST = re.compile(
    r"(?:累计|最多|最高|合计|共计)?(?:扣分|扣|减分|减)?(?:累计|最多|最高)?(?:不超过|不得超过|扣|减|为)\s*"
    + NUMBER
    + r"\s*分(?:为限|封顶)?"
)
TARGET_RATE = re.compile(r"(?:不低于|达到|达|高于|以上|≥)\s*" + NUMBER + r"\s*[%％]")
CLAUSE = re.compile(r"[^；;。\n]+")
# the marks that end a clause or a label (。；:): no item's or part's name holds one
CLAUSE_STOP = re.compile(r"[。；;：:]")
RULE_CLAUSE = re.compile(r"(?:[^；;。\n，,]|[，,](?<!分[，,]))+")
STATED = re.compile(
    r"(?:分值|(?<![扣减])(?:基础分|基本分|标准分)(?=为|是|设为|：|:))(?:为|是|设为|：|:)?\s*"
    + NUMBER
    + r"\s*分"
)
"""Points with their label: ``分值为10分``, ``基础分为10分`` (not what a rule takes: 倒扣基础分2分)."""
# 分值5 · 权重10% · （权重：10%）: a weight in percent reads as points out of 100
WEIGHT = re.compile(
    r"[（(]?(?:(?<!\s)\s*)?(?<!每)(?:分值|权重)\s*(?!\s)[:：为]?\s*(?!\s)"  # a run taken whole: a figure follows
    + NUMBER
    + r"\s*(?:分|[%％])?\s*[）)]?(?![\d.])(?!\s*元)"
)
ELISION = re.compile(r"省略\s*\d+\s*字")
"""A sharing site's mark where it leaves a passage out: ``……(…省略450字,正式会员可完整阅读)……``."""
EARNED = re.compile(r"(?<![不登])(?:得|记|计)\s*" + NUMBER + r"\s*分")
STANDARD_WORDS = re.compile(
    r"扣|不得分|不[计记]分|得分|提供|资料|查看|看现场|证明|酌情|以.{1,8}为准"
)
