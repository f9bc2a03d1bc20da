"""Joint issuers on one line over a notice's heading, their spaces lost, head the heading.

A page prints a joint notice's issuers on one line apart by spaces (某市某区甲局 某市某区乙局
中共某市某区委丙部) over 关于印发…的通知; a copy that loses the spaces runs the names together,
a line longer than any one organ's name. Under a link to the reading of the document (关于《…》
的解读), the link was read as the notice's heading, the names as the title.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = (
    "区属各单位：\n《某市某区支持青年创新创业实施办法》已经区委、区政府同意，现印发实施。\n"
    "{signers}\n2023年8月9日\n第一条 为支持青年创新创业，制定本办法。\n"
)


@pytest.mark.parametrize(
    "issuers",
    [
        # longer together than any one organ's name may be
        "广州市天河区科技工业和信息化局广州市天河区人力资源和社会保障局中共广州市天河区委统战部",
        "某某自治区某某市某某区人力资源和社会保障局某某自治区某某市某某区住房和城乡建设局",
        "某某维吾尔自治区人力资源和社会保障厅某某维吾尔自治区财政厅某某维吾尔自治区教育厅",
    ],
)
def test_joint_bureaus_run_together_over_the_heading_are_its_issuers(issuers: str) -> None:
    text = (
        # the page's link to the reading of the document, over the heading
        "点击查看政策解读：【音频解读】关于《某市某区支持青年创新创业实施办法》的解读\n"
        f"穗天〔2023〕1号\n{issuers}\n关于印发某市某区支持青年创新创业实施办法的通知\n"
        + BODY.format(signers="某市某区科技工业和信息化局")
    )
    plan = rulegov.parse_plan(text)
    assert plan.frame.title is not None
    assert plan.frame.title.endswith("关于印发某市某区支持青年创新创业实施办法的通知")
    assert plan.title == "某市某区支持青年创新创业实施办法"


def test_a_branch_bureau_after_its_bureau_stays_one_name() -> None:
    from rulegov.parse._header_titles import run_together  # noqa: PLC0415

    assert run_together("某市公安局某某区分局") == ["某市公安局某某区分局"]
    assert run_together("广州市公安局天河区分局") == ["广州市公安局天河区分局"]
    assert run_together("某市某区甲局某市某区乙局") == ["某市某区甲局", "某市某区乙局"]
