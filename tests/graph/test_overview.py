import datetime as dt

from rulegov import Plan
from rulegov.graph import Calendar, plan_overview
from rulegov.render import to_text


def _plan():
    tasks = [
        {"id": f"t{i}", "number": str(i), "path": [str(i)], "title": f"任务{i}。"}
        for i in (1, 2, 3)
    ]
    return Plan(
        title="计划",
        issued_on=dt.date(2023, 5, 10),
        unsectioned_tasks=tasks,
        dependencies=[
            {"predecessor": "t1", "successor": "t3"},
            {"predecessor": "t2", "successor": "t3"},
        ],
    )


def test_overview_of_a_plan_from_its_date_of_issue():
    view = plan_overview(
        _plan(), durations={"t1": 5, "t2": 8, "t3": 2}, calendar=Calendar.china(2023)
    )
    assert view.waves == (("t1", "t2"), ("t3",))
    assert view.critical_chain == ("t2", "t3")
    assert view.duration == 10
    assert view.schedule.start == dt.date(2023, 5, 10)
    assert to_text(view).splitlines() == [
        "duration: 10 working days",
        "finish: 2023-05-23",
        "wave 1: 1 任务1。; 2 任务2。",
        "wave 2: 3 任务3。",
        "critical chain: 2 任务2。 -> 3 任务3。",
    ]
