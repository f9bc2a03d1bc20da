"""Bonuses and points that a sentence or a cell prints in a form of its own.

A sentence outside the items whose clauses each add points of their own is one bonus a clause;
a bonus in brackets after the sentence of an item without points is read once; a points cell
printed with its label alone on its line (``标准分5分``) is the bare points cell; points typed
with the letters l, I, O and o (``lO分``, ``IOO分``, ``l.5分``) are the digits 1 and 0; a letter
alone is one only within a sentence (``扣l分``), never a heading's letter or a bullet (``I 分类``).
"""

from __future__ import annotations

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.parse._scheme import _LETTERED_POINTS, _letters_as_digits

_ITEMS = "一、组织领导(10分)\n未成立领导小组的扣5分。\n二、工作落实(90分)\n未完成任务的扣10分。\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "获得市级表彰的每次加1分,获得省级表彰的每次加2分,获得国家级表彰的每次加3分。",
        "获得市级表彰的每次加1分，获得省级表彰的每次加2分，获得国家级表彰的每次加3分。",
        "获得市级表彰的每次加1分;获得省级表彰的每次加2分;获得国家级表彰的每次加3分。",
    ],
    ids=["commas", "full-width", "semicolons"],
)
def test_each_clause_of_a_bonus_sentence_is_a_bonus(sentence):
    # before the items: a sentence of the whole appraisal, in no item's standard
    scheme = rulegov.parse_scheme("考核办法\n" + sentence + "\n" + _ITEMS)
    bonuses = [(rule.points, rule.reason) for rule in scheme.rules if rule.kind == "bonus"]
    assert bonuses == [
        (1.0, "获得市级表彰的每次加1分"),
        (2.0, "获得省级表彰的每次加2分"),
        (3.0, "获得国家级表彰的每次加3分"),
    ]


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("工作受到上级表彰的加2分,最多加6分。", [2.0]),
        ("工作创新被推广的,加2分。", [2.0]),
        ("对发现问题主动组织查处的每起加1分,限加2分。", [1.0]),
    ],
    ids=["cap", "one-bonus", "limit"],
)
def test_a_bonus_sentence_with_one_bonus_stays_one(sentence, points):
    scheme = rulegov.parse_scheme("考核办法\n" + sentence + "\n" + _ITEMS)
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == points


def test_a_bracketed_bonus_after_an_unscored_clause_is_read_once():
    text = (
        "(三)被卫星遥感监测到的火点,每个扣30分;被镇督查组巡查发现的火点,每个扣2分。"
        "村自行发现的火点,及时扑灭的,不扣分,并给予加分。(每个火点加2分)\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [rule.points for rule in scheme.rules if rule.kind == "bonus"] == [2.0]


_CELLS = (
    "考核项目\n| 考核内容及要求\n| 分 值\n|\n"
    "| 建立健全领导机构和工作运行机制。\n| {label}5分\n|\n"
    "组织领导\n| 制订工作计划;建立规章制度。\n| {label}5分\n|\n"
    "| 有专职管理人员。\n| {label}5分\n|\n"
    "认真落实交办事项。\n| {label}10分\n|\n"
)


@pytest.mark.parametrize("label", ["标准分", "基本分", "基础分：", "标准分值"])
def test_a_points_cell_with_its_label_reads_as_the_bare_cell(label):
    bare = rulegov.parse_scheme(_CELLS.format(label=""))
    labelled = rulegov.parse_scheme(_CELLS.format(label=label))
    read = [(node.name, node.points) for node in labelled.nodes()[1:]]
    assert read == [(node.name, node.points) for node in bare.nodes()[1:]]
    assert ("有专职管理人员", 5.0) in read


def test_a_label_inside_a_line_is_left_as_printed():
    text = "考核细则\n1.建立制度（基本分10分）。未建立的扣5分。\n2.开展培训（基本分5分）。未开展的扣5分。\n"
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("建立制度", 10.0),
        ("开展培训", 5.0),
    ]


def test_a_labelled_header_over_a_serial_is_no_points_cell():
    # the header cell 标准分 on its line, the first row's 序号 on the next: both stay as printed
    text = (
        "序号\n考核内容\n扣分标准\n标准分\n"
        "1\n安全管理目标\n未制定安全管理目标的扣10分。\n15\n"
        "2\n安全教育\n未开展安全教育的扣10分。\n20\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("安全管理目标", 15.0),
        ("安全教育", 20.0),
    ]


@pytest.mark.parametrize(
    ("printed", "points", "taken"),
    [
        ("（lO分）", 10.0, "扣l分"),
        ("（2O分）", 20.0, "扣5分"),
        ("（l5分）", 15.0, "扣lO分"),
        # a scan's capital I and small o for 1 and 0 (总分为IOO分 · 基本项(Ioo分))
        ("（IOO分）", 100.0, "扣I0分"),
        ("(Ioo分)", 100.0, "扣lo分"),
        # a decimal with a letter for a digit on either side of its point
        ("（lO分）", 10.0, "扣l.5分"),
        ("（2O分）", 20.0, "扣0.l分"),
        # a letter alone within a sentence or as a bracket's whole
        ("（l分）", 1.0, "扣I分"),
    ],
    ids=[
        "l-and-O",
        "O",
        "l",
        "capital-I-and-O",
        "capital-I-and-small-o",
        "l-before-a-point",
        "l-after-a-point",
        "letters-alone",
    ],
)
def test_points_typed_with_letters_for_digits_read_as_the_digits(printed, points, taken):
    text = f"考核细则\n1.建立制度{printed}。未建立的{taken}。\n2.开展培训（5分）。未开展的扣5分。\n"
    scheme = rulegov.parse_scheme(text)
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("建立制度", points),
        ("开展培训", 5.0),
    ]
    assert scheme.rules[0].points == float(taken[1:-1].translate(str.maketrans("lIOo", "1100")))


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # a heading's letter before a word that begins with 分
        ("I 分类考核指标", "I 分类考核指标"),
        ("o 分管领导听取汇报", "o 分管领导听取汇报"),  # a bullet
        ("要求：I分级负责", "要求：I分级负责"),  # a part's letter after a colon
        ("未建立的扣 l 分", "未建立的扣 1 分"),
        ("否则计O分", "否则计0分"),
        ("l分", "1分"),  # a cell of points alone
    ],
)
def test_a_letter_alone_is_a_digit_only_where_it_stands_for_points(printed, read):
    assert _LETTERED_POINTS.sub(_letters_as_digits, printed) == read


def test_a_latin_word_before_points_keeps_its_letters():
    # PM2.5, a unit or a name in Latin letters: no figure typed with letters
    text = "考核细则\n1.PM2.5浓度达标（10分）。每超标一天扣l分。\n"
    scheme = rulegov.parse_scheme(text)
    assert scheme.nodes()[1].name.startswith("PM2.5浓度达标")
    assert scheme.rules[0].points == 1.0


@pytest.mark.parametrize(
    ("printed", "bonuses"),
    [
        ("承办数量在50至99件、100件以上的,分别增记2、3分", [2.0, 3.0]),
        ("走访率、复查率高于规定指标的,每项增2分", [2.0]),
        ("被省级采用的,分别加5、3、1分", [1.0, 3.0, 5.0]),
    ],
    ids=["listed-after-zengji", "zeng", "listed-after-jia"],
)
def test_points_raised_by_zeng_and_figures_sharing_one_fen_are_bonuses(printed, bonuses):
    # 增记2分 · 每项增2分 raise the count as 加 does; 分别增记2、3分 is a bonus for each figure
    text = f"考核办法\n1、办结时限(20分)。未按时办结的每件扣1分;{printed}。\n2、办理程序(10分)。\n"
    scheme = rulegov.parse_scheme(text)
    assert sorted(rule.points for rule in scheme.rules if rule.kind == "bonus") == bonuses
    assert [(rule.node, rule.points) for rule in scheme.rules if rule.kind == "deduction"] == [
        ("1", 1.0)
    ]


def test_a_growth_of_points_is_no_bonus():
    # 递增 and 倍增 speak of a figure growing, not of a bonus
    text = "考核办法\n1、办结时限(20分)。目标分值每年递增2分。\n2、办理程序(10分)。\n"
    scheme = rulegov.parse_scheme(text)
    assert [rule for rule in scheme.rules if rule.kind == "bonus"] == []


@pytest.mark.parametrize(
    ("clause", "bonus"),
    [
        ("提前完成的,酌情加0.5-1分", (1.0, 1.0)),
        ("超额完成的,每项增记2分", (2.0, None)),
    ],
    ids=["range-at-discretion", "zengji"],
)
def test_a_bonus_outside_every_item_is_read_as_the_items_bonuses_are(clause, bonus):
    # no item states points: the rules after the manual items are the whole appraisal's, a
    # range at discretion (酌情加0.5-1分) by its top and 增记 as 加
    text = (
        "考核办法\n三、考核内容\n1.各督查事项落实情况;\n2.督查机构建设情况。\n四、考核标准\n"
        f"(一)单位考核事项\n1.凡承办事项,每完成一项,承办单位加2分;{clause};未完成的,扣5分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    bonuses = [(rule.points, rule.max) for rule in scheme.rules if rule.kind == "bonus"]
    assert bonuses == [(2.0, None), bonus]


@pytest.mark.parametrize("verb", ["加", "增记", "奖励"])
def test_a_long_run_of_spaces_after_a_bonus_figure_is_read_in_linear_time(verb):
    # 加1 then a run of spaces and no 分: the run is split one way only, not every way
    def read(n: int) -> object:
        try:
            return rulegov.parse_scheme(f"考核办法\n1、办结时限(20分)。{verb}1" + " " * n + "-\n")
        except rulegov.RulegovError as error:
            return error

    assert growth(read, 2000) < LINEAR


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "分别加" + "1、" * n + "2分", id="numbers listed before 分别"),
        pytest.param(lambda n: "以上" + "1，" * n + "各2分", id="numbers listed after 以上"),
        pytest.param(lambda n: "第七条" + " " * n + "(一", id="an article before a run of spaces"),
    ],
)
def test_a_long_run_of_numbers_or_spaces_in_a_statement_of_points_is_read_in_linear_time(line):
    # a statement of points for a range of items, or for the parts of a sentence, tried from
    # each number of a long list (or each parting of a run of spaces) took quadratic time
    def read(n: int) -> object:
        try:
            return rulegov.parse_scheme("考核办法\n" + line(n) + "\n")
        except rulegov.RulegovError as error:
            return error

    assert growth(read, 2000) < LINEAR


def test_the_points_of_a_range_of_items_listed_by_number_are_still_read():
    scheme = rulegov.parse_scheme(
        "考核办法\n（一）组织领导\n（二）制度建设\n（三）工作落实\n（一）、（二）、（三）各项均以10分计算。\n"
    )
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("组织领导", 10.0),
        ("制度建设", 10.0),
        ("工作落实", 10.0),
    ]
