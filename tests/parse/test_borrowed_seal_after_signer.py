"""A signer noted as sealing with a borrowed seal: 某县某领导小组办公室(借章).

An office with no seal of its own signs under another body's seal and says so after its name,
as a copy notes the seal after a signer (盖章) or an office that seals for the body above it (代章):
``某县某工作领导小组办公室(借章)`` over the date is the signature, the office the issuer, the remark
none of its name. Before, the line was not read as a signer's: the notice had neither issuer nor
date, and the attachment's line above it (附表:…) was taken for the title.
"""

from __future__ import annotations

import datetime as dt

import rulegov

NOTICE = (
    "各镇人民政府,县级各部门:\n"
    "经研究决定,从即日起实行证明事项清单制度(详见附表)。\n"
    "今后,凡未纳入清单范围的证明事项,一律不得要求办事群众提供。\n"
    "附表:某县证明事项清单\n"
    "某县行政审批制度改革工作领导小组办公室(借章)\n"
    "2017年11月2日"
)


def test_a_signer_with_a_borrowed_seal_is_the_issuer() -> None:
    plan = rulegov.parse_plan(NOTICE)
    assert plan.issuer == "某县行政审批制度改革工作领导小组办公室"
    assert plan.issued_on == dt.date(2017, 11, 2)


def test_the_remark_in_square_brackets_reads_alike() -> None:
    plan = rulegov.parse_plan(NOTICE.replace("(借章)", "【借章】"))
    assert plan.issuer == "某县行政审批制度改革工作领导小组办公室"
