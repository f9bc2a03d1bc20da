"""Task tables: pipe or tab rows with columns such as 序号 / 工作任务 / 牵头单位 / 完成时限.

A header row names the columns; each data row becomes a task. A row with neither number nor task
(a merged cell in the original) continues the row above it. A non-empty category column (类别,
重点领域) opens an unnumbered section.
"""

from __future__ import annotations

__all__ = ["COLUMNS", "FIELD_COLUMNS", "read_columns"]

# Column heading (normalised) -> what the column holds.
COLUMNS: dict[str, str] = {
    "序号": "number",
    "编号": "number",
    "工作任务": "title",
    "重点任务": "title",
    "主要任务": "title",
    "任务": "title",
    "工作内容": "title",
    "任务名称": "title",
    "目标任务": "title",
    "具体措施": "measures",
    "工作措施": "measures",
    "主要措施": "measures",
    "具体内容": "measures",
    "任务措施": "measures",
    "工作要求": "measures",
    "牵头单位": "牵头单位",
    "牵头部门": "牵头单位",
    "责任单位": "责任单位",
    "责任部门": "责任单位",
    "配合单位": "配合单位",
    "配合部门": "配合单位",
    "协办单位": "配合单位",
    "参与单位": "配合单位",
    "督办单位": "督办单位",
    "完成时限": "完成时限",
    "时间节点": "完成时限",
    "完成时间": "完成时限",
    "时限": "完成时限",
    "时间安排": "完成时限",
    "类别": "group",
    "重点领域": "group",
    "领域": "group",
    "项目": "group",
    "类型": "group",
    "备注": "note",
}
FIELD_COLUMNS = frozenset({"牵头单位", "责任单位", "配合单位", "督办单位", "完成时限"})
"""Columns read as labelled fields (their value is the label used)."""


def read_columns(cells: list[str]) -> dict[int, str] | None:
    """The meaning of each column of a header row, or None if it is not a task-table header.

    Examples:
        >>> read_columns(["序号", "工作任务", "牵头单位", "完成时限"])
        {0: 'number', 1: 'title', 2: '牵头单位', 3: '完成时限'}
        >>> read_columns(["1", "加强培训", "区司法局"]) is None
        True
    """
    columns: dict[int, str] = {}
    for index, cell in enumerate(cells):
        meaning = COLUMNS.get(cell.replace(" ", ""))
        if meaning is not None:
            columns[index] = meaning
    known = set(columns.values())
    if len(columns) < 2 or not known & {"title", "measures"}:
        return None
    return columns
