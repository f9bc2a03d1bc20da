"""Coordination groups (协调小组) and assessments (评估 · 考核 · 督察) named in a task's text.

A **group** is a name that ends in a group word (协调小组, 领导小组, 工作专班, 联席会议...), read back
from the word to the start of its clause, less the verb or preposition before it (推动执法协调小组
开展… names 执法协调小组).

An **assessment** is an act of checking the work, named by one of the assessment words of
[`ASSESSMENT_WORDS`][rulegov.parse._vocab.ASSESSMENT_WORDS], in a clause with a verb of doing
(开展, 进行, 抓好, 纳入...). Words that name a document or a standing arrangement (督查考核计划,
监测评价机制, 整改方案), a person (督察员) or a collection (各专项行动) are not acts. Words side by
side (案卷评查专项行动) are one act of the first word's kind. Within a sentence, the same word
named again (整改方案, 落实整改责任) is the same act; a clause of method (自评估和第三方评估相结合的
方式) gives the method of the act after it. Words inside quotation marks name a slogan or an
arrangement (健全“年初部署、年中督查、年末考核”机制), not acts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from rulegov.parse._vocab import (
    APPRAISAL_TARGET_WORDS,
    ASSESSED_PERSONS,
    ASSESSMENT_ARRANGEMENTS,
    ASSESSMENT_NAME_ENDINGS,
    ASSESSMENT_TEAM_SUFFIXES,
    ASSESSMENT_WORDS,
    ENFORCEABLE_CHECKS,
    ENFORCEMENT_WORDS,
    ESTABLISHING_VERBS,
    GROUP_SET_UP_VERBS,
    GROUP_SUFFIXES,
    MEETING_VERBS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rulegov.model import AssessmentKind
    from rulegov.parse._facts import Segment
    from rulegov.parse._text import Line

__all__ = ["Check", "GroupMention", "find_checks", "find_groups", "folded_in"]

_CLAUSE_ENDS = ",;。:!?"
_SENTENCE_ENDS = re.compile("[。;!?]")
_CLAUSE_MARKS = re.compile("[,:]")
_MAX_GROUP = 24
_BARE_TEAMS = frozenset(word for word in ASSESSMENT_TEAM_SUFFIXES if not word.endswith("小组"))
# The words a team's name follows where it names a body (组成考核组, 由市政府考评组组织测评,
# 报区督查组): a verb that forms or sends it, or the word that makes it act or receive.
_TEAM_LEADS = frozenset({"组成", "成立", "设立", "组建", "组织", "由", "向", "上报", "报送", "报"})
# Words before a group's name that are not part of it (推动执法协调小组开展…).
_GROUP_LEADS = re.compile(
    "推动|发挥|成立|组建|组成|设立|建立|依托|通过|会同|组织|充分|协调|督促|指导|加强|强化|召开|简称|由|经|"
    "落实|完善|健全|贯彻|按照|根据|上报|报送|报(?!告)|"
    "各级|各|并|和|与|及|同|向|对|在|的|、"
)
# a team's word ending in 组 is no team before 织, 建 or 成 (考核组织架构, 检查组建), but for 成员
_GROUP = re.compile(
    "|".join(
        f"{word}(?!织|建|成(?!员))" if word in _BARE_TEAMS else word for word in GROUP_SUFFIXES
    )
)
# A verb that sets up a group named by its group word alone (成立领导小组, 组建协调小组).
_SET_UP = re.compile(f"(?:{'|'.join(GROUP_SET_UP_VERBS)})\\Z")
_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+个$")
_KINDS = dict(ASSESSMENT_WORDS)
_WORDS = re.compile("|".join(word for word, _ in ASSESSMENT_WORDS))
# Verbs that make a clause an act of doing: the assessment words in it are acts.
_ACT_VERBS = re.compile(
    "开展|进行|组织|做好|抓好|实施|深化|推动|纳入|列入|健全|接受|迎接|配合|参与|完成|启动|加强|强化"
    "|(?<!同)推进"  # 推进年度考核; 同部署、同推进、同考核 is a principle, not an act
)
_STRENGTHEN = frozenset({"加强", "强化"})
# A sentence that opens a point of its own (一是, 二是...), like a heading.
_POINT = re.compile("[一二三四五六七八九十]{1,2}是")
# Verbs that set up a standing arrangement, and the arrangement a few words after the checking
# word (考核制度, 督查情况通报制度, 考核评价体系).
_ESTABLISHING = re.compile("|".join(ESTABLISHING_VERBS))
_STANDING = re.compile(rf"[^,;。:、]{{0,4}}?(?:{'|'.join(ASSESSMENT_ARRANGEMENTS)})")
# Words of enforcement against others in a sentence: its 检查 or 暗访 inspects a market entity or
# a party.
_ENFORCEMENT = re.compile("|".join(ENFORCEMENT_WORDS))
_METHOD = re.compile("相结合|方式|形式")
# Words that open a method named before the act in its clause (通过…方式开展, 采取…形式)
_METHOD_LEAD = re.compile("通过|采取|采用|运用|以")
_PERSONS = re.compile("|".join(ASSESSED_PERSONS))
_MAX_NAME = 60
_MAX_ITEM_NAME = 12  # 行政执法案卷评查, 年度专项督查: an item that is a check's name alone
# the checks of supervision and appraisal an item may name alone; 检查 and 评估 name a
# service's or a doctor's steps as well (X线检查, 需求评估), no check of the work
_NAMED_ITEM_WORDS = ("评查", "督察", "督查", "考核", "考评", "评议")
_COUNT = re.compile(r"[\d一二三四五六七八九十两]{1,3}[次轮批场](?:以上|左右)?")
# What after a quoted phrase makes it the name of an arrangement (“…”闭环工作机制)
_ARRANGEMENT = re.compile(f"”[^,;。]{{0,6}}?(?:{'|'.join((*ASSESSMENT_ARRANGEMENTS, '模式'))})")
# Assessment words that begin with what they assess (案卷评查: the case files)
_ASSESSED_IN_WORD = ("案卷", "卷宗")
# Words of time or manner that end the words before an assessment word (年度监测评价, 实地督导)
_MANNER_WORDS = (
    "(?:年度|年终|年中|半年|季度|中期|终期|实地|专门|专项|专题|全面|集中|定期|随机|联合|综合)"
)
_MANNER = re.compile(f"{_MANNER_WORDS}$")
_TIMED = re.compile("(?:年度|年终|年中|半年|季度|中期|终期)$")  # words of time among them
# What may stand between 推进 and the act it makes: words of manner, and acts named before it,
# as in 推进年度考核和专项督查
_NEXT_TO_VERB = re.compile(f"(?:{_MANNER_WORDS}?(?:{_WORDS.pattern})[和及与、])*{_MANNER_WORDS}?")


@attrs.frozen(slots=True)
class GroupMention:
    """A coordination group's name in segment ``line_index``: ``line.text[begin:end]``."""

    segment: Segment
    line_index: int
    begin: int
    end: int

    @property
    def name(self) -> str:
        """The group's name as printed."""
        return self.segment[0].printed(self.begin, self.end)


class Check(NamedTuple):
    """An assessment named in a line: its kind, words and where they stand.

    A named tuple, not an attrs class: one is made for every act read, and a tuple is made in
    one step.

    Attributes:
        kind: The kind of the first assessment word of the act.
        word: That word (督察, 中期评估...).
        line_index: Which segment of the task it is in.
        begin: Start of the act's name (after the verb) in the normalised line.
        end: End of the act's name.
        subject: The range of what is assessed, if printed before the word.
        method: The range of a clause of method before the act, if any.
        clause: The range of the clause the act is named in.
        sentence: The range of the sentence.
        persons: The people in a position the clause names (党政主要负责人), if any.
    """

    kind: AssessmentKind
    word: str
    line_index: int
    begin: int
    end: int
    subject: tuple[int, int] | None
    method: tuple[int, int] | None
    clause: tuple[int, int]
    sentence: tuple[int, int]
    persons: str | None


def _with_words(
    text: str, begin: int, end: int, stops: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The stretches of ``text[begin:end]`` between ``stops`` that hold an assessment word.

    The others are passed over, in one scan of the stops: no assessment word holds a stop.
    """
    word = _WORDS.search(text, begin, end)
    if word is None:
        return
    start = begin
    for stop in stops.finditer(text, begin, end):
        if stop.start() > word.start():  # the word lies in text[start:stop]
            yield start, stop.start()
            word = _WORDS.search(text, stop.end(), end)
            if word is None:
                return
        start = stop.end()
    yield start, end


def find_groups(segments: list[Segment]) -> list[GroupMention]:
    """The coordination groups named in a task's text, in order.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("推动执法协调小组开展评查,由区领导小组统筹。")[0]
        >>> [g.name for g in find_groups([(line, 0, len(line.text))])]
        ['执法协调小组', '区领导小组']
    """
    found: list[GroupMention] = []
    next_lines: dict[int, tuple[Line, int]] | None = None  # made when a group word is found
    for index, segment in enumerate(segments):
        line, begin, end = segment
        text = line.text
        for match in _GROUP.finditer(text, begin, end):
            if next_lines is None:
                next_lines = {other.number: (other, at) for other, at, _ in segments}
            start = match.start()
            lower = _group_name_start(text, start, begin)
            last_lead = ""
            for lead in _GROUP_LEADS.finditer(text, lower, start):
                lower = max(lower, lead.end())
                last_lead = lead.group()
            if match.group() in ASSESSMENT_TEAM_SUFFIXES and last_lead not in _TEAM_LEADS:
                continue  # 评查小组对问题的分析: a team's word in running text names no body
            if _office_follows(segment, match.end(), next_lines):
                continue  # 领导小组办公室: the group's office, a unit
            if _COUNTED.search(text, lower, start) is not None:
                continue  # 执法、司法、守法普法三个协调小组: several groups counted, none named
            if text.rfind("《", begin, start) > text.rfind("》", begin, start):
                continue  # 《…领导小组第一次会议有关文件的通知》: a document's title
            if start - lower >= 1 or _SET_UP.search(text, begin, start) is not None:
                found.append(GroupMention(segment, index, lower, match.end()))  # 成立领导小组
    return found


def _group_name_start(text: str, start: int, begin: int) -> int:
    """Where the name of the group whose group word starts at ``start`` begins.

    The name runs back to the start of its clause, a bracket or a quotation mark; a quoted
    phrase right before the group word is part of the name (“智改数转”工作专班).

    Examples:
        >>> text = "成立“智改数转”工作专班"
        >>> text[_group_name_start(text, text.index("工作专班"), 0) :]
        '成立“智改数转”工作专班'
    """
    lower = max(begin, start - _MAX_GROUP)
    position = start - 1
    while position >= lower:
        char = text[position]
        if char == "”" and position == start - 1:
            opening = text.rfind("“", lower, position)
            if opening < 0:
                return position + 1
            position = opening - 1  # the quoted phrase belongs to the name
            continue
        if char in _CLAUSE_ENDS or char in '“”《》"()':
            return position + 1
        position -= 1
    return lower


def _office_follows(
    segment: Segment, position: int, next_lines: dict[int, tuple[Line, int]]
) -> bool:
    """Whether 办(公室) follows a group's name, on its line or at the start of the next one.

    A line broken after the name (PDF text: 法制宣传教育领导小组 / 办公室) still names the office.
    """
    line, _, end = segment
    if line.text.startswith("办", position, end):
        return True
    following = next_lines.get(line.number + 1)
    if position < end or following is None:
        return False
    return following[0].text.startswith("办", following[1])


def _words_end(text: str, position: int, limit: int) -> int:
    """Where the run of assessment words from ``position`` ends (评查专项行动 is one run)."""
    while (more := _WORDS.match(text, position, limit)) is not None:
        position = more.end()
    return position


def find_checks(segments: list[Segment]) -> list[Check]:
    """The assessments a task's text names, one per act (see the module's description).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("组织开展规划落实中期评估,深化普法责任制履职评议,制定督查考核计划。")[0]
        >>> [c.kind.value for c in find_checks([(line, 0, len(line.text))])]
        ['mid_term_evaluation', 'performance_review']
    """
    checks: list[Check] = []
    for index, (line, begin, end) in enumerate(segments):
        for sentence in _with_words(line.text, begin, end, _SENTENCE_ENDS):
            # the task's heading, or a point's (二是强化考核督导。): its topic
            heading = (index == 0 and sentence[0] == begin) or _POINT.match(
                line.text, sentence[0]
            ) is not None
            checks.extend(_sentence_checks(index, line.text, sentence, heading))
    return checks


def _sentence_checks(
    index: int, text: str, sentence: tuple[int, int], heading: bool = False
) -> list[Check]:
    checks: list[Check] = []
    seen: set[str] = set()
    method: tuple[int, int] | None = None
    for clause in _with_words(text, *sentence, _CLAUSE_MARKS):
        first, last = clause
        manner = _last(_METHOD, text, first, last)
        if manner is not None:
            if (
                _WORDS.search(text, manner.end(), last) is None
                # 二、考核方式 由…: a heading of method run into its text, no method of an act
                or _METHOD_LEAD.search(text, first, manner.start()) is None
            ):
                method = clause  # every clause read holds an assessment word
                continue
            method = (first, manner.end())
            first = manner.end()  # 通过明察暗访等方式开展法治督察: the act after its method
        position = first
        while True:
            match = _WORDS.search(text, position, last)
            if match is None:
                break
            word = match.group()
            stop = _words_end(text, match.end(), last)  # 评查专项行动: one act
            position = stop
            act = _act_verb(text, first, match.start(), stop, last)
            if (
                act is None
                and word.endswith(_NAMED_ITEM_WORDS)
                and _named_item(sentence, clause, stop, heading)
            ):
                act = (first, first)  # (二)行政执法案卷评查;: the item is the check it names
            if (
                act is None
                or (heading and text[act[0] : act[1]] in _STRENGTHEN)  # 加强考核评价: a topic
                or (word in ENFORCEABLE_CHECKS and _ENFORCEMENT.search(text, *sentence) is not None)
                or (match.start() > first and text[match.start() - 1] == "各")
                or _in_slogan(text, first, last, match.start())
                or _named_before(text, first, match.start(), word, seen)
            ):
                continue
            seen.add(word)
            seen.add(_qualified(text, first, match.start(), word))
            verb_start, verb_end = act
            name_begin = _name_start(text, verb_end, match.start(), checks, index)
            if text.startswith("“", name_begin) and text.find("”", name_begin, match.start()) < 0:
                name_begin += 1  # 开展“法治督察”: the act, not its quotation mark
            subject = _subject(text, name_begin, match.start() + _held_words(word))
            towards = text.rfind("对", first, verb_start)
            if subject is None and towards >= 0 and verb_start - towards > 1:
                subject = (towards + 1, verb_start)  # 对X进行中期评估: X is assessed
            checks.append(
                Check(
                    kind=_KINDS[word],
                    word=word,
                    line_index=index,
                    begin=name_begin,
                    end=min(stop, name_begin + _MAX_NAME),
                    subject=subject,
                    method=method,
                    clause=clause,
                    sentence=sentence,
                    persons=_persons(text, first, last),
                )
            )
            method = None
    return checks


_FOLDING = re.compile("纳入|列入")


def folded_in(check: Check, text: str) -> bool:
    """Whether the act is an appraisal that the work is brought into (纳入年度考核).

    A notice's own requirements name the plan's appraisal so (将完成情况纳入年度考核, 纳入2021年
    目标考核体系); its other acts (适时开展督查) are the issuer's follow-up, not the plan's.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> line = split_lines("将完成情况纳入年度考核,适时开展督查。")[0]
        >>> [folded_in(c, line.text) for c in find_checks([(line, 0, len(line.text))])]
        [True, False]
    """
    first = check.clause[0]
    return check.word in ("考核", "考评") and _FOLDING.search(text, first, check.begin) is not None


def _qualified(text: str, first: int, word_start: int, word: str) -> str:
    """The word with the word of time right before it (中期督查, 年度考核), if any."""
    timed = _TIMED.search(text, max(first, word_start - 2), word_start)
    return word if timed is None else timed.group() + word


def _named_before(text: str, first: int, word_start: int, word: str, seen: set[str]) -> bool:
    """Whether the act of ``word`` was named before in the sentence (the same act again).

    A word of time before it makes another act of the same kind (推进年度考核和专项督查, 2023年
    开展中期督查: two inspections); the word again without one, or with a word of manner only
    (深化专门述法,…开展专题述法), is the act named before.

    Examples:
        >>> text = "开展专项督查,开展中期督查"
        >>> _named_before(text, 7, 11, "督查", {"督查"})
        False
        >>> _named_before("落实督查", 0, 2, "督查", {"督查"}), _named_before("专题述法", 0, 2, "述法", {"述法"})
        (True, True)
    """
    if word not in seen:
        return False
    qualified = _qualified(text, first, word_start, word)
    return qualified == word or qualified in seen


def _named_item(
    sentence: tuple[int, int], clause: tuple[int, int], stop: int, heading: bool
) -> bool:
    """Whether a task's heading is, whole, the name of a check (（二）行政执法案卷评查;).

    An item of a list of methods or of checks names the check it calls for with no verb: its
    one clause ends on the check's words, and is no longer than a check's name is.

    Examples:
        >>> _named_item((0, 8), (0, 8), 8, True), _named_item((0, 8), (0, 8), 8, False)
        (True, False)
        >>> _named_item((0, 7), (0, 7), 4, True)  # 评议考核的内容: it speaks of the check
        False
    """
    first, last = clause
    return heading and clause == sentence and stop == last and last - first <= _MAX_ITEM_NAME


def _act_verb(
    text: str, first: int, word_start: int, stop: int, last: int
) -> tuple[int, int] | None:
    """The span of the verb that makes the words at ``word_start`` (to ``stop``) an act.

    The last verb of doing before the words (开展, 纳入...) makes them an act, unless a document's
    or a person's name follows them (督查考核计划, 督察员). A verb that sets up a standing
    arrangement of checking (建立督查情况通报制度, 健全评估机制) makes the checking it provides
    for an act. A verb of strengthening (加强, 强化) does not make a
    field of work (加强法治督察工作) or guidance (加强工作督察指导) an act. Words that open
    their clause and take what is checked as their object (督促检查工作推进情况) are the verb
    themselves. None when no verb does.

    Examples:
        >>> text = "建立督查情况通报制度"
        >>> _act_verb(text, 0, 2, 4, len(text))
        (0, 2)
        >>> _act_verb("切实加强法治督察工作", 0, 6, 8, 10) is None
        True
    """
    if _STANDING.match(text, stop, last) is not None:
        setting = _last(_ESTABLISHING, text, first, word_start)
        if setting is not None:
            return setting.span()
    verb = _doing_verb(text, first, word_start)
    if verb is None:
        opening = _opening(text, first, word_start)
        if opening is not None and text.endswith("情况", stop, last):
            return opening, opening  # 督促检查工作推进情况: the words are the verb
        return None
    # A rule of the genre: 完成 before an appraisal's targets (完成省、市下达的节能减排考核目标任务)
    # asks to meet targets another body's appraisal sets; the task checks nothing itself.
    if text.startswith(ASSESSMENT_NAME_ENDINGS, stop, last) or (
        verb.group() in MEETING_VERBS and text.startswith(APPRAISAL_TARGET_WORDS, stop, last)
    ):
        return None
    if verb.group() in _STRENGTHEN and text.startswith(("工作", "指导"), stop, last):
        return None
    return verb.span()


def _doing_verb(text: str, first: int, word_start: int) -> re.Match[str] | None:
    """The last verb of doing in ``text[first:word_start]``, before the words at ``word_start``.

    推进 makes an act only of the words right after it (推进年度考核和专项督查); farther off it
    is a verb of other work (履行推进法治建设第一责任人职责年终述职, 推进…考核与…督查有效衔接), and
    the verb before it counts.

    Examples:
        >>> text = "持续推动履行推进法治建设职责年终述职"
        >>> _doing_verb(text, 0, text.index("述职")).group()
        '推动'
        >>> _doing_verb("推进年度考核", 0, 4).group()
        '推进'
    """
    end = word_start
    while (verb := _last(_ACT_VERBS, text, first, end)) is not None:
        if verb.group() != "推进" or _NEXT_TO_VERB.fullmatch(text, verb.end(), word_start):
            return verb
        end = verb.start()
    return None


def _opening(text: str, first: int, word_start: int) -> int | None:
    """Where the words at ``word_start`` start, if they open their clause or an item of a list.

    督促 or 监督 right before them is part of them (督促检查); 指导协调、 is a verb before them.

    Examples:
        >>> text = "指导协调、督促检查工作推进情况"
        >>> _opening(text, 0, text.index("检查")), _opening(text, 0, 0), _opening("年度考核", 0, 2)
        (5, 0, None)
    """
    start = word_start
    if text.endswith(("督促", "监督"), first, start):
        start -= 2
    return start if start == first or text[start - 1] == "、" else None


def _last(pattern: re.Pattern[str], text: str, begin: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[begin:end]``, if any."""
    found = None
    for found in pattern.finditer(text, begin, end):  # noqa: B007 - the last one is kept
        pass
    return found


def _in_slogan(text: str, first: int, last: int, position: int) -> bool:
    """Whether ``position`` is inside quotation marks that hold a slogan, not one act.

    A quoted list (“年初部署、年中督查、年末考核”) or a quoted name of an arrangement
    (“…考核”机制) is a slogan; a quoted act (开展“法治建设年度考核”) is an act.

    Examples:
        >>> text = "健全“年初部署、年中督查、年末考核”闭环工作机制"
        >>> _in_slogan(text, 0, len(text), text.index("督查"))
        True
        >>> text = "开展“法治建设年度考核”工作"
        >>> _in_slogan(text, 0, len(text), text.index("考核"))
        False
    """
    opening = text.rfind("“", first, position)
    if opening < 0 or text.find("”", opening, position) >= 0:
        return False
    closing = text.find("”", position, last)
    quoted_end = last if closing < 0 else closing
    return (
        "、" in text[opening:quoted_end] or _ARRANGEMENT.match(text, quoted_end, last) is not None
    )


def _held_words(word: str) -> int:
    """How much of an assessment word names what is assessed: 案卷 of 案卷评查, else none."""
    return 2 if word.startswith(_ASSESSED_IN_WORD) else 0


def _subject(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """What ``text[begin:end]`` (the words before an assessment word) says is assessed.

    The assessor before 对 (市对区…: 区…), and a time or a manner at the end (…年度, 实地,
    专门) are not what is assessed; words of manner alone name nothing.

    Examples:
        >>> text = "市对区法治建设年度监测评价"
        >>> begin, end = _subject(text, 0, text.index("监测"))
        >>> text[begin:end]
        '区法治建设'
        >>> _subject("实地督导", 0, 2) is None
        True
    """
    towards = text.find("对", begin, end)
    if towards >= 0:
        begin = towards + 1
    while (manner := _MANNER.search(text, begin, end)) is not None and manner.end() == end:
        end = manner.start()
    return (begin, end) if end > begin else None


def _persons(text: str, first: int, last: int) -> str | None:
    """The people in a position that ``text[first:last]`` names (党政主要负责人), if any."""
    found = _PERSONS.search(text, first, last)
    return None if found is None else found.group()


def _name_start(text: str, verb_end: int, word_start: int, checks: list[Check], index: int) -> int:
    """Where an act's name starts: after the verb, or after the act before it in the clause."""
    start = verb_end
    for check in checks:
        if check.line_index == index and verb_end <= check.end <= word_start:
            start = check.end
    while start < word_start and text[start] in "和及与、对将":
        start += 1
    count = _COUNT.match(text, start, word_start)  # 开展一次案卷评查: the act is 案卷评查
    return count.end() if count else start
