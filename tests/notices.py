"""A small notice and the plan it prints, for tests of how a signature and its date are printed.

The notice is ``ORGAN``'s, printing ``PLAN_TITLE`` dated ``DAY``; tests add the signature in the
printing they check, after the notice or under the plan alone.
"""

from __future__ import annotations

import datetime as dt

ORGAN = "某区人民政府办公室"
DAY = dt.date(2023, 5, 10)
PLAN_TITLE = "某区2023年法治政府建设工作要点"
NOTICE = (
    f"{ORGAN}关于印发《{PLAN_TITLE}》的通知\n"
    "各镇人民政府、街道办事处，区政府各部门：\n"
    f"现将《{PLAN_TITLE}》印发给你们，请认真贯彻落实。\n"
)
PLAN = (
    f"{PLAN_TITLE}\n为深入推进法治政府建设，制定本要点。\n一、加强党的领导\n"
    "（一）深入学习宣传贯彻习近平法治思想。区司法局牵头，2023年6月30日前完成。\n"
    "二、推进依法行政\n（二）规范行政执法行为。区司法局牵头，2023年12月底前完成。\n"
)
