"""CSV export: a file a spreadsheet opens, and that reads back as the same sessions."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from acutimer.core.summary import Ending
from acutimer.history.export import CSV_FIELDS, ExportFormatError, read_csv, write_csv
from acutimer.history.records import SessionRecord
from acutimer.history.store import HistoryStore

from .factories import summary


def test_an_export_reads_back_as_the_stored_sessions(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    base = datetime(2024, 3, 30, 23, 45, 1, 123456, tzinfo=UTC)
    store.record(summary(base), 7, 4, 'tight, "sharp" on the left\nbetter after ice')
    store.record(summary(base + timedelta(days=1), ending=Ending.STOPPED), None, 3, "Ça va")
    store.record(summary(base + timedelta(days=2), minutes=0.1))
    stored = store.sessions()

    out = tmp_path / "export.csv"
    assert write_csv(stored, out, ZoneInfo("Europe/London")) == 3

    back = read_csv(out)
    assert [(r.summary, r.pain_before, r.pain_after, r.note) for r in back] == [
        (r.summary, r.pain_before, r.pain_after, r.note) for r in stored
    ]


def test_the_sheet_shows_local_times_for_people(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    # 23:45 UTC on 30 March is 00:45 on 31 March in Paris (CET, a few hours before CEST).
    stored = _stored(tmp_path, datetime(2024, 3, 30, 23, 45, tzinfo=UTC))
    write_csv([stored], out, ZoneInfo("Europe/Paris"))
    with out.open(newline="", encoding="utf-8") as sheet:
        (row,) = list(csv.DictReader(sheet))
    assert row["started_local"] == "2024-03-31 00:45"
    assert row["started_utc"] == "2024-03-30T23:45:00.000000+00:00"
    assert row["routine"] == "Lower back" and row["active_minutes"] == "12.5"
    assert list(row) == list(CSV_FIELDS)


def _stored(tmp_path: Path, when: datetime) -> SessionRecord:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.record(summary(when), 5, 2)
    return store.sessions()[0]


def test_a_failed_export_leaves_the_earlier_file_alone(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    out.write_text("an earlier export\n")

    def broken():
        yield _stored(tmp_path, datetime(2024, 3, 4, tzinfo=UTC))
        raise OSError("disk went away")

    with pytest.raises(OSError):
        write_csv(broken(), out)
    assert out.read_text() == "an earlier export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("export")] == ["export.csv"]


def test_a_bad_value_is_reported_with_its_line_and_column(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    write_csv([_stored(tmp_path, datetime(2024, 3, 4, tzinfo=UTC))], out)
    text = out.read_text().replace(",5,2,", ",5,12,")
    out.write_text(text)
    column = CSV_FIELDS.index("pain_after") + 1
    expected = rf"export.csv:2:{column}: pain_after: a pain rating must be from 0 to 10, not 12$"
    with pytest.raises(ExportFormatError, match=expected):
        read_csv(out)


def test_a_file_that_is_not_an_export_says_what_is_missing(tmp_path: Path) -> None:
    out = tmp_path / "shopping.csv"
    out.write_text("item,quantity\nmilk,2\n")
    with pytest.raises(ExportFormatError, match=r"shopping.csv:1:1: missing columns: started_"):
        read_csv(out)
