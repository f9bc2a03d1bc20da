"""A site's greeting over its day, and the articles of a copy that starts inside a law.

A page may greet its reader before the day it prints (``您好!今天是:``): that line is the site's,
never the notice's recipients, though it ends with a colon. A later page of a law library, or a
mirror's excerpt, starts among a law's articles and runs them on one line (``…工作。第五条
实行…。第二章 职责第六条 各级…``): the first article or chapter it meets goes on from parts the
copy does not hold, and a chapter's first article goes on from the article before the chapter.
An article before the chapter that states the law's principles is prose, as a 总则 is; and the
capital 壹 such a copy writes for every 一 (``第十壹條``, ``統壹``) reads as 一.
"""

from __future__ import annotations

from rulegov import parse_plan


def _task_paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(task.path) for task in parse_plan(text).tasks]


_NOTICE = (
    "首 页 | 工作动态 | 政务公开\n"
    "您好!今天是:\n"
    "当前位置:首页 > 政务公开\n"
    "关于印发《某市司法局2024年普法工作要点》的通知\n"
    "某司发[2024]5号\n"
    "各县(市、区)司法局,局机关各处室:\n"
    "现将《某市司法局2024年普法工作要点》印发给你们,请认真组织实施。\n"
    "二〇二四年三月一日\n"
    "某市司法局2024年普法工作要点\n"
    "一、指导思想\n"
    "坚持以习近平法治思想为指导。\n"
)


def test_a_greeting_over_the_site_s_day_is_no_recipients_line() -> None:
    plan = parse_plan(_NOTICE)
    assert plan.recipients == ["各县(市、区)司法局", "局机关各处室"]
    assert plan.notice is not None
    assert plan.notice.title == "关于印发《某市司法局2024年普法工作要点》的通知"
    assert plan.title == "某市司法局2024年普法工作要点"
    assert plan.doc_number == "某司发[2024]5号"


def test_a_greeting_in_full_width_signs_is_the_site_s_too() -> None:
    plan = parse_plan(_NOTICE.replace("您好!今天是:", "您好！今天是：2024年3月5日 星期二"))
    assert plan.recipients == ["各县(市、区)司法局", "局机关各处室"]


_EXCERPT = (
    "县级以上人民政府法制机构组织实施本行政区域内的行政执法责任制工作。\n"
    "实行垂直管理的部门领导本系统的行政执法责任制工作。第五条 实行行政执法责任制,要坚持"
    "权责一致的原则。第二章 执法职责第六条 各级行政执法机关应当依照法定职权从事执法活动。"
    "第七条 行政执法机关应当逐项分解执法职权。\n"
    "执法职权调整后应当及时公布。第八条 行政执法实行行政首长负责制。\n"
)


def test_an_excerpt_s_run_on_articles_are_read_from_the_first_one_met() -> None:
    plan = parse_plan(_EXCERPT)
    assert [(s.number, s.title) for s in plan.walk_sections()] == [("第二章", "执法职责")]
    assert [(tuple(t.path), t.title) for t in plan.tasks if t.path[0] == "第二章"] == [
        (("第二章", "第六条"), "各级行政执法机关应当依照法定职权从事执法活动"),
        (("第二章", "第七条"), "行政执法机关应当逐项分解执法职权"),
        (("第二章", "第八条"), "行政执法实行行政首长负责制"),
    ]


def test_a_chapter_s_first_article_goes_on_from_the_one_before_the_chapter() -> None:
    plan = parse_plan(
        "某办法\n第一章 总则\n第一条 为规范执法,制定本办法。第二条 本办法适用于全市。"
        "第二章 职责第三条 执法机关应当公示执法信息。第四条 执法机关应当记录执法全过程。\n"
    )
    assert [(s.number, s.title) for s in plan.walk_sections()] == [
        ("第一章", "总则"),
        ("第二章", "职责"),
    ]
    assert [tuple(t.path) for t in plan.tasks] == [("第二章", "第三条"), ("第二章", "第四条")]


def test_an_article_cited_after_a_sentence_s_end_stays_in_its_sentence() -> None:
    plan = parse_plan(
        "某市2024年依法行政工作要点\n"
        "一、规范行政执法\n"
        "1.严格执行处罚程序。第五条规定的告知义务必须落实到位。\n"
        "2.推行执法公示。\n"
    )
    assert [t.title for t in plan.tasks] == ["严格执行处罚程序", "推行执法公示"]


def test_an_article_that_frames_the_law_before_a_chapter_is_prose() -> None:
    text = (
        "本办法由县级以上人民政府组织实施。\n"
        "第五条 实行行政执法责任制,要坚持权责一致的原则。\n"
        "第二章 执法职责\n"
        "第六条 各级行政执法机关应当依照法定职权从事执法活动。\n"
        "第七条 行政执法机关应当逐项分解执法职权。\n"
    )
    assert _task_paths(text) == [("第二章", "第六条"), ("第二章", "第七条")]


def test_a_copy_that_writes_the_capital_one_numbers_its_articles_as_usual() -> None:
    text = (
        "某省行政執法責任制辦法\n第二章 行政執法職責\n第十條 行政執法機關應當統壹執法文書。\n"
        "第十壹條 行政執法機關之間發生執法職責爭議的,由機構編制部門協調。\n"
        "第十二條 行政執法實行行政首長負責制。\n"
    )
    assert [path[-1] for path in _task_paths(text)] == ["第十条", "第十一条", "第十二条"]
