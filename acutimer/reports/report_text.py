"""The report's words: its HTML, in the app's language, from the figures.

A QObject so that every text, counted ones included, is translated with ``self.tr``:
pyside6-lupdate (6.11) gives plural forms only to ``self.tr(text, "", n)``, not to
``QCoreApplication.translate`` with a variable count. Dates are written the way the
language writes them (the translator gives the QDate format: German "04.03.2024"),
numbers through QLocale ("6,7" in German).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from acutimer.history.outcomes import OutcomeAnswers, global_change_question, global_change_words
from acutimer.history.plurals import english_plural
from acutimer.reports.figures import DayPain, ReportFigures
from acutimer.reports.pages import html_escape


class ReportText(QObject):
    """``html(figures, generated)`` is the report's text; ``day`` and ``short_day`` write
    its dates, ``number`` its averages."""

    def html(self, f: ReportFigures, generated: date) -> str:
        days = (f.last_day - f.first_day).days + 1
        period = (
            english_plural(
                self.tr(
                    "<b>Period:</b> {first} to {last} (%n day(s)) &nbsp; <b>Made:</b> {made} "
                    "with acutimer",
                    "",
                    days,
                ),
                days,
            )
            .replace("{first}", self.day(f.first_day))
            .replace("{last}", self.day(f.last_day))
            .replace("{made}", self.day(generated))
        )
        scale = self.tr(
            "0 is no pain, 10 the worst pain imaginable, as rated just before and just after "
            "each session; a day with several sessions shows their average."
        )
        title = self.tr("Back pain self-care report")
        headings = (
            self.tr("Plan and what was done"),
            self.tr("Pain by day, before and after sessions (0–10)"),
            self.tr("Outcome questions"),
            self.tr("Routines used"),
            self.tr("Notes written after sessions"),
        )
        plan, pain, outcomes, routines, notes = (f"<h2>{h}</h2>" for h in headings)
        parts = [
            f"<h1>{title}</h1>",
            f"<p>{period}</p>",
            f"<p>{html_escape(self._summary(f))}</p>",
            plan,
            self._plan(f),
            pain,
            f"<p class='small'>{scale}</p>",
            "<p>[[chart]]</p>",
            self._pain_by_day(f.pain_by_day),
            outcomes,
            self._outcomes(f.start, f.end),
            routines,
            self._routines(f),
            notes,
            self._notes(f),
        ]
        return "".join(parts)

    # -- dates and numbers ---------------------------------------------------------------

    def day(self, day: date | None) -> str:
        #: A QDate format: a whole date in the report ("Mon 4 Mar 2024"), as a doctor
        #: reading your language expects it.
        return "–" if day is None else _date(day, self.tr("ddd d MMM yyyy"))

    def short_day(self, day: date) -> str:
        #: A QDate format: a day without its year in the report ("4 Mar").
        return _date(day, self.tr("d MMM"))

    @staticmethod
    def number(value: float) -> str:
        """One decimal at most: "6.7", "4" (German "6,7")."""
        locale = QLocale()
        return locale.toString(float(value), "f", 1).removesuffix(locale.decimalPoint() + "0")

    # -- the parts -------------------------------------------------------------------------

    def _summary(self, f: ReportFigures) -> str:
        """A few whole sentences, each one translatable text."""
        if not f.sessions:
            return self.tr("No sessions were logged in this period.")
        if f.planned:
            logged = self.tr(
                "%n session(s) logged, {done} of {planned} planned sessions done.", "", f.sessions
            )
            logged = english_plural(logged, f.sessions)
            sentences = [
                logged.replace("{done}", _int(f.done_in_plan)).replace("{planned}", _int(f.planned))
            ]
        else:
            sentences = [
                english_plural(self.tr("%n session(s) logged.", "", f.sessions), f.sessions)
            ]
        if f.before_period:
            sentences.append(
                english_plural(
                    self.tr("%n earlier session(s) before this period.", "", f.before_period),
                    f.before_period,
                )
            )
        first, last = f.first_and_last_week_pain()
        if first is not None and last is not None and len(f.weeks) > 1:
            averaged = self.tr(
                "Pain before sessions averaged {first} in the first week with ratings and "
                "{last} in the last."
            )
            sentences.append(
                averaged.replace("{first}", self.number(first)).replace("{last}", self.number(last))
            )
        if f.average_relief is not None:
            if f.average_relief >= 0:
                relief = self.tr(
                    "Right after a session, pain was on average {points} points lower than before."
                )
            else:
                relief = self.tr(
                    "Right after a session, pain was on average {points} points higher than before."
                )
            sentences.append(relief.replace("{points}", self.number(abs(f.average_relief))))
        return " ".join(sentences)

    def _plan(self, f: ReportFigures) -> str:
        weeks = english_plural(self.tr("%n week(s)", "", f.plan.weeks), f.plan.weeks)
        goal = english_plural(
            self.tr("%n session(s) a week for {weeks}", "", f.plan.sessions_per_week),
            f.plan.sessions_per_week,
        )
        goal = goal.replace("{weeks}", weeks)
        if f.plan_start:
            plan = self.tr("Plan: {goal}, started {start}.").replace(
                "{start}", self.day(f.plan_start)
            )
        else:
            plan = self.tr("Plan: {goal} (not started yet).")
        explained = self.tr(
            "A session is <i>done</i> when it ran to its end with at least half its steps; "
            "<i>stopped early</i> ones are logged but not counted."
        )
        headings = (
            self.tr("Week"),
            self.tr("Planned"),
            self.tr("Done"),
            self.tr("Logged"),
            self.tr("Stopped early"),
            self.tr("Steps skipped"),
            self.tr("Holds extended"),
        )
        head = f"<th>{headings[0]}</th>" + "".join(
            f"<th class='num'>{h}</th>" for h in headings[1:]
        )
        rows = [f"<tr>{head}</tr>"]
        if f.earlier_weeks:
            sessions = english_plural(
                self.tr("%n session(s)", "", f.earlier_week_sessions), f.earlier_week_sessions
            )
            earlier = english_plural(
                self.tr("%n earlier week(s): {sessions} logged", "", f.earlier_weeks),
                f.earlier_weeks,
            )
            rows.append(f"<tr><td colspan='7'>{earlier.replace('{sessions}', sessions)}</td></tr>")
        for w in f.weeks:
            planned = "–" if w.planned is None else _int(w.planned)
            numbers = [_int(n) for n in (w.done, w.logged, w.stopped)]
            numbers += [_int(w.skipped_steps), _int(w.extended_holds)]
            cells = "".join(f"<td class='num'>{n}</td>" for n in (planned, *numbers))
            # nowrap: a week stays on one line however much room the headings take.
            days = f"{self.short_day(w.first_day)} – {self.short_day(w.last_day)}"
            rows.append(f"<tr><td style='white-space: nowrap'>{days}</td>{cells}</tr>")
        return (
            f"<p>{html_escape(plan.replace('{goal}', goal))} {explained}</p>"
            f"<table width='100%'>{''.join(rows)}</table>"
        )

    def _pain_by_day(self, days: tuple[DayPain, ...]) -> str:
        if not days:
            none = self.tr("No pain ratings in this period.")
            return f"<p>{none}</p>"
        cells = [f"{self.short_day(d.day)}: {_rating(d.before)} → {_rating(d.after)}" for d in days]
        heading = self.tr("Before → after, by day:")
        return f"<p class='small'><b>{heading}</b> {'; '.join(cells)}.</p>"

    def _week_pain(self, a: OutcomeAnswers) -> str:
        if a.record is None:
            return self.tr("not asked")
        if a.week_pain is None:
            answer = self.tr("skipped")
        else:
            answer = self.tr("{rating} out of 10").replace("{rating}", _int(a.week_pain))
        when = self.day(a.record.started_at.date())
        return self.tr("{answer} ({day})").replace("{answer}", answer).replace("{day}", when)

    def _outcomes(self, start: OutcomeAnswers, end: OutcomeAnswers) -> str:
        change = self.tr("not asked")
        if end.asked and end.global_change is None:
            change = self.tr("skipped")
        elif end.global_change is not None:
            change = (
                self.tr("{answer} ({value} on the 1–7 scale)")
                .replace("{answer}", global_change_words(end.global_change))
                .replace("{value}", _int(end.global_change))
            )
        question = self.tr(
            "The change question: “{question}” Answers from 1 (very much improved) to 7 "
            "(very much worse)."
        ).replace("{question}", global_change_question())
        rows = (
            ("", self.tr("At the plan’s start"), self.tr("At the plan’s end")),
            (
                self.tr("Average back pain over the past week"),
                self._week_pain(start),
                self._week_pain(end),
            ),
            (self.tr("Patient Global Impression of Change"), "–", change),
        )
        head, *body = rows
        html = "<tr>" + "".join(f"<th>{html_escape(c)}</th>" for c in head) + "</tr>"
        for row in body:
            html += "<tr>" + "".join(f"<td>{html_escape(c)}</td>" for c in row) + "</tr>"
        return f"<table width='100%'>{html}</table><p class='small'>{html_escape(question)}</p>"

    def _routines(self, f: ReportFigures) -> str:
        if not f.routines:
            none = self.tr("None.")
            return f"<p>{none}</p>"
        rows = []
        for r in f.routines:
            sessions = english_plural(self.tr("%n session(s)", "", r.sessions), r.sessions)
            minutes = self.tr("{minutes} min").replace("{minutes}", _int(round(r.minutes)))
            rows.append(
                f"<tr><td>{html_escape(r.title)}</td><td class='num'>{sessions}</td>"
                f"<td class='num'>{minutes}</td></tr>"
            )
        return f"<table>{''.join(rows)}</table>"

    def _notes(self, f: ReportFigures) -> str:
        if not f.notes:
            none = self.tr("None.")
            return f"<p>{none}</p>"
        rows = "".join(
            f"<tr><td width='12%'>{self.short_day(n.day)}</td>"
            f"<td width='22%'>{html_escape(n.routine)}</td><td>{html_escape(n.text)}</td></tr>"
            for n in f.notes
        )
        more = ""
        if f.notes_left_out:
            left = english_plural(
                self.tr("%n earlier note(s) are in the CSV export.", "", f.notes_left_out),
                f.notes_left_out,
            )
            more = f"<p class='small'>{left}</p>"
        return f"<table width='100%'>{rows}</table>{more}"


def _date(day: date, fmt: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def _int(value: int) -> str:
    return QLocale().toString(value)


def _rating(value: float | None) -> str:
    return "–" if value is None else ReportText.number(value)
