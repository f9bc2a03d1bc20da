"""A signature a copy cut short is the organ the notice's heading names in full.

A page may lose the last character of the signature under a notice (``某市人民政府办公`` for
``某市人民政府办公室``); the notice's heading names the organ whole, and the issuer is that organ.
A signature that is an organ of its own stays the issuer.
"""

from __future__ import annotations

import pytest

import rulegov

HEAD = [
    "某市人民政府办公室关于印发2019年政务公开工作要点的通知",
    "各区人民政府,市政府直属各单位:",
    "经市政府同意,现将《某市2019年政务公开工作要点》印发给你们,请结合实际认真贯彻落实。",
]
BODY = [
    "某市2019年政务公开工作要点",
    "一、深化重点领域信息公开",
    "(一)推进决策和执行公开。加大政策出台和落实情况公开力度。",
]


@pytest.mark.parametrize("signer", ["某市人民政府办公", "某市人民政府办"])
def test_a_signature_cut_short_is_the_headings_organ(signer: str) -> None:
    plan = rulegov.parse_plan("\n".join([*HEAD, signer, "2019年6月21日", *BODY]))
    assert plan.issuer == "某市人民政府办公室"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2019-06-21"


def test_a_signature_that_names_an_organ_stays_the_issuer() -> None:
    plan = rulegov.parse_plan("\n".join([*HEAD, "某市人民政府", "2019年6月21日", *BODY]))
    assert plan.issuer == "某市人民政府"
