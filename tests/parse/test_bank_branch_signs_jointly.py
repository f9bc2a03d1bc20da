"""A central bank's branch signs a joint notice with the departments of its place.

Departments of a province print their joint signature two a line, names parted by a space, over
the date; a branch of the central bank signs among them (``某省卫生健康委员会 中国人民银行某分行``).
Its name ends in no organ's word (局, 厅, 委员会), but the line is a line of signers like the ones
above it: every name on every line is an issuer, the bank's branch among them. Before, that line
alone was taken, as one name run together, and the lines above it were lost.
"""

from __future__ import annotations

import rulegov

NOTICE = (
    "各设区市人民政府:\n"
    "现将《关于支持重点帮扶县的实施意见》印发给你们,请认真贯彻执行。\n"
    "某省乡村振兴局 中共某省委组织部\n"
    "某省教育厅 某省财政厅\n"
    "某省卫生健康委员会 中国人民银行某分行\n"
    "2021年9月17日\n"
    "关于支持重点帮扶县的\n"
    "实施意见\n"
    "一、总体要求\n"
)


def test_every_signer_of_the_block_is_an_issuer_the_bank_branch_among_them() -> None:
    plan = rulegov.parse_plan(NOTICE)
    assert plan.issuer == (
        "某省乡村振兴局、中共某省委组织部、某省教育厅、某省财政厅、某省卫生健康委员会、中国人民银行某分行"
    )


def test_a_sub_branch_signing_last_alone_on_its_line_is_an_issuer_too() -> None:
    text = NOTICE.replace("某省卫生健康委员会 中国人民银行某分行\n", "中国人民银行某中心支行\n")
    plan = rulegov.parse_plan(text)
    assert (
        plan.issuer
        == "某省乡村振兴局、中共某省委组织部、某省教育厅、某省财政厅、中国人民银行某中心支行"
    )


def test_a_line_of_departments_alone_reads_as_before() -> None:
    text = NOTICE.replace("某省卫生健康委员会 中国人民银行某分行\n", "")
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "某省乡村振兴局、中共某省委组织部、某省教育厅、某省财政厅"
