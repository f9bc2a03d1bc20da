"""A long text of many sheets, each copied its own way: every repair kept, in time in proportion.

Each way a copy can spoil a sheet (pinyin glosses, a number's stop lost, points without 分, items
run on after commas) has its repair, and the parser reads the text again with it. A book of sheets that shows many of them is read once for each way, on the
reading kept so far, not once for each combination of ways (a number that doubles with each).
"""

from __future__ import annotations

import re

import pytest

import rulegov
import rulegov.parse._scheme as scheme_reader
from growth import LINEAR, growth

SHEETS = {
    "glosses": "一、組(zǔ)織(zhī)領(lǐng)導(dǎo)\n1.成(chéng)立工作機構(3分)\n2.制定實施方案(3分)\n",
    "stops lost": "二、基层治理\n1、建立工作台账(2分)\n2通过会议研究部署(2分)\n3开展专项检查(2分)\n",
    "points without 分": "三、政务公开\n1、及时准确梳理公开目录(10)\n2、依法答复申请(10)\n"
    "3、主动公开重点信息(10)\n",
    "commas": "四、经济指标按完成情况进行计算,1.实际利用外资(30分)完成目标得满分,"
    "2.外贸出口总额(30分)完成目标得满分\n",
}
BOOK = "".join(SHEETS.values())


def _scored(scheme: rulegov.Scheme) -> list[tuple[str | None, float | None]]:
    return [(node.name, node.points) for node in scheme.nodes()[1:] if node.points is not None]


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the parser reads whole, each time it reads one."""
    read = scheme_reader._read_folded
    texts: list[str] = []

    def counting(text: str, source: str | None) -> dict[str, object]:
        texts.append(text)
        return read(text, source)

    monkeypatch.setattr(scheme_reader, "_read_folded", counting)
    return texts


@pytest.mark.parametrize("name", list(SHEETS))
def test_each_sheet_reads_in_the_book_as_it_reads_alone(name):
    alone = _scored(rulegov.parse_scheme(SHEETS[name]))
    assert alone, name  # each sheet needs its repair, and reads with it
    book = _scored(rulegov.parse_scheme(BOOK))
    assert all(item in book for item in alone), (alone, book)


def test_the_book_is_read_once_for_each_way_not_for_each_combination(monkeypatch):
    texts = _counted(monkeypatch)
    scheme = rulegov.parse_scheme(BOOK)
    # four ways of copying, each read once after the text as printed: not every combination
    assert len(texts) <= 1 + len(SHEETS)
    assert ("通过会议研究部署", 2.0) in _scored(scheme)
    assert ("外贸出口总额", 30.0) in _scored(scheme)


def test_read_in_turn_the_book_reads_as_every_combination_of_its_readings():
    every = scheme_reader._read_joined(BOOK, None)
    in_turn = scheme_reader._read_in_turn(BOOK, None)
    assert in_turn["root"] == every["root"]
    assert in_turn["rules"] == every["rules"]


def test_spans_of_the_book_stand_on_the_items_as_printed():
    scheme = rulegov.parse_scheme(BOOK)
    scored = [node for node in scheme.nodes()[1:] if node.points is not None]
    assert len(scored) == 10
    for node in scored:
        assert node.span is not None
        assert node.name is not None
        printed = BOOK[node.span.start : node.span.end]
        # the name as printed, its glosses left out, stands where its span says
        assert node.name in re.sub(r"\([a-zǔǐǎǒāáàéèěēíìīóòōúùūǘǚǜ]+\)", "", printed), (
            node.name,
            printed,
        )


def test_a_document_of_one_or_two_ways_reads_every_combination(monkeypatch):
    texts = _counted(monkeypatch)
    rulegov.parse_scheme(SHEETS["stops lost"] + SHEETS["points without 分"])
    # the text as printed, each repair alone and both together
    assert len(texts) == 4


def test_reading_a_book_of_many_copyings_grows_in_proportion():
    def run(n: int) -> object:
        return rulegov.parse_scheme(BOOK * n)

    assert growth(run, 4) < LINEAR


# a list whose lines lost their stops and whose points lost their 分: neither repair alone reads
# an item, both together read three
LIST = "四、政务公开\n1、及时准确梳理公开目录(10)\n2依法答复申请(10)\n3主动公开重点信息(10)\n"
BROKEN = "三、安全生产\n1、未设立检查站(5分)，扣1 0分。\n2、未开展隐患排查(5分)，每次扣0. 5分。\n"
# a text that reads only once its numbers are joined and its pipes and glosses left out
PIPES = "一、就业指标\n| 城镇新增就业人数\n| 1 5分\n| 失业人员再就业\n| 1 0分\n| 就业困难人员就业\n| 2 5分\n"
BARE = (
    "二、政务公开\n1、組(zǔ)織(zhī)公开目录(10)\n2、依(yī)法答复申请(10)\n3、主动公开重点信息(10)\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SHEETS["glosses"] + SHEETS["commas"] + BROKEN + LIST, id="repairs together"),
        pytest.param(PIPES + BARE, id="raises as printed"),
    ],
)
def test_read_in_turn_keeps_what_every_combination_keeps(text):
    assert scheme_reader._readings_planned(text) > scheme_reader._EVERY_READING_MOST
    every = scheme_reader._read_joined(text, None)
    in_turn = scheme_reader._read_in_turn(text, None)
    assert in_turn["root"] == every["root"]
    assert in_turn["rules"] == every["rules"]


def test_a_list_of_lost_stops_and_points_reads_in_a_book():
    book = _scored(rulegov.parse_scheme(SHEETS["glosses"] + SHEETS["commas"] + BROKEN + LIST))
    assert [item for item in _scored(rulegov.parse_scheme(LIST)) if item not in book] == []
    assert ("主动公开重点信息", 10.0) in book
