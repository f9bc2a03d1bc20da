"""Units and coordination groups: membership by date."""

from __future__ import annotations

import datetime as dt

import rulegov


def test_membership_by_date():
    group = rulegov.CoordinationGroup(
        id="g",
        name="执法协调小组",
        members=[
            {"unit": "a", "since": "2023-01-01", "until": "2023-06-30"},
            {"unit": "b", "since": "2023-07-01"},
            {"unit": "c"},
        ],
    )
    assert group.members_on(dt.date(2023, 3, 1)) == ["a", "c"]
    assert group.members_on(dt.date(2023, 9, 1)) == ["b", "c"]
