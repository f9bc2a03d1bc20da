"""A sharing site's category before a 关于 title is no part of it: ``实施意见:关于…的实施意见``.

Sharing sites file a document under its kind and print the kind and a colon before its name
(``工作方案:某市…工作方案``); the reader left the label out of such a title already. A title of
the form 关于…的意见 is read first as a heading and then found to name its own plan, and there
the label stayed (``实施意见:关于在全市建立以案释法制度的实施意见``). It is left out there too. A
title with no label, or a name before 关于 that is no kind of document, is read as before.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = (
    "\n"
    "为认真贯彻落实以案释法重大举措,现就全市建立以案释法制度提出如下意见。\n"
    "\n"
    "一、指导思想\n"
    "\n"
    "以习近平总书记重要指示为指引,广泛开展以案释法活动。\n"
)


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("实施意见", "关于在全市建立以案释法制度的实施意见"),
        ("工作方案", "关于在全县开展普法依法治理的工作方案"),
    ],
)
def test_the_sites_category_is_left_out_of_an_about_title(label: str, title: str) -> None:
    plan = rulegov.parse_plan(f"{label}:{title}\n{BODY}")
    assert plan.title == title


def test_an_about_title_with_no_label_is_read_as_before() -> None:
    title = "关于在全市建立以案释法制度的实施意见"
    assert rulegov.parse_plan(f"{title}\n{BODY}").title == title


def test_a_label_before_a_title_of_another_form_is_still_left_out() -> None:
    plan = rulegov.parse_plan(f"工作方案:某市建立以案释法制度工作方案\n{BODY}")
    assert plan.title == "某市建立以案释法制度工作方案"
