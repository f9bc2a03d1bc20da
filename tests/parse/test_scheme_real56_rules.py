"""Rules of the genre read for the fifty-sixth set of appraisal documents (``schemes/real56``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

from schemetrees import scheme_nodes


def test_a_first_row_whose_bare_serial_closes_up_to_the_raters_column_is_named_from_its_word():
    text = (
        "关于印发某区执法局年度重点工作考核表的通知\n"
        "各科室:现将考核表印发给你们,请认真执行。某区执法局2023年3月1日印发"
        "序号一级指标(分值)二级指标(分值)考核细则考核部门1执法规范(10分)案卷质量(10分)"
        "案卷评查(4分)。案卷评查合格的,得4分。法制科"
    )
    names = [(name, points) for _, name, points in scheme_nodes(text)]
    assert ("执法规范", 10.0) in names
    assert not any(name.startswith(("各科室", "某区")) for name, _ in names)


def test_a_serial_glued_to_other_words_before_a_name_opens_no_row():
    # a figure after a word of the text, not after the rater's column, is left as printed
    text = "某单位考核表\n第1执法规范(10分)。案卷评查合格的,得4分。"
    names = [(name, points) for _, name, points in scheme_nodes(text)]
    assert ("执法规范", 10.0) not in names
