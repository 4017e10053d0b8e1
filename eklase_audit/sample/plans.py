"""What the generator plants for each built-in profile, written by hand from RULES.md.

This is deliberately not read from the profile TOML files: the ground truth must come from the
rules' text, not from the configuration under test. Each profile says which rules are on, each
rule's deadline in RULES.md's words, which files the school's exports are, and their headers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from eklase_audit.sample import calendar_facts as cal


@dataclass(frozen=True)
class Deadline:
    """One deadline form of RULES.md "Deadlines, precisely", with its argument."""

    kind: str
    n: int | None = None
    time: dt.time | None = None
    month_day: tuple[int, int] | None = None  # period_start_by

    def due(self, day: dt.date, lesson_no: int | None = None) -> dt.datetime:
        """The deadline for an event whose anchor day is ``day``.

        The anchor is what the form counts from: the event's day; the month (any day in it) for
        the month forms; the week's Monday for ``previous_friday``; the period's last day for
        ``period_end`` and ``before_period_end``; the break's first day for ``before_break``; the
        period's first day for the ``period_start`` forms.
        """
        match self.kind:
            case "lesson_end":
                if lesson_no is None:
                    raise ValueError("lesson_end needs a lesson number")
                return cal.lesson_end(day, lesson_no)
            case "same_day":
                return cal.deadline_same_day(day, self.time or cal.END_OF_DAY)
            case "working_days":
                return cal.deadline_working_days(day, self._n)
            case "days":
                return cal.deadline_days(day, self._n)
            case "month_day":
                return cal.deadline_month_day(day, self._n)
            case "last_day_of_month":
                return cal.deadline_last_day_of_month(day)
            case "last_working_day_of_month":
                return cal.deadline_last_working_day_of_month(day)
            case "last_working_day_of_previous_month":
                return cal.deadline_last_working_day_of_previous_month(day)
            case "previous_friday":
                return cal.deadline_previous_friday(day, self.time or cal.END_OF_DAY)
            case "before_period_end":
                return cal.deadline_before_period_end(day, self._n)
            case "before_break":
                return cal.deadline_before_break(day)
            case "period_end":
                return cal.end_of(day)
            case "period_start_by":
                assert self.month_day is not None
                return cal.end_of(dt.date(day.year, *self.month_day))
            case "period_start_working_days":
                return cal.deadline_period_start_working_days(day, self._n)
        raise ValueError(f"no computation for {self.kind}")

    @property
    def _n(self) -> int:
        assert self.n is not None
        return self.n


def _d(kind: str, n: int | None = None, time: str | None = None) -> Deadline:
    parsed = dt.time.fromisoformat(time) if time else None
    return Deadline(kind, n=n, time=parsed)


@dataclass(frozen=True)
class RulePlan:
    """A rule that is on in the profile, with its deadline(s) as RULES.md gives them."""

    code: str
    citation: str
    deadline: Deadline | None = None  # the default, or the only one
    by: Mapping[str, Deadline] = field(default_factory=dict)  # by kind of lesson, work, journal
    counts_from: Mapping[str, str] = field(default_factory=dict)  # by kind: "submitted_at"...

    def for_kind(self, kind: str | None) -> Deadline | None:
        if kind is not None and kind in self.by:
            return self.by[kind]
        return self.deadline


@dataclass(frozen=True)
class FileSpec:
    """One export file (or one sheet of a workbook) and the headers it is written with."""

    table: str
    path: str
    shape: str  # "cp1257_csv" | "utf8_csv" | "xlsx"
    columns: tuple[tuple[str, str], ...]  # (canonical column, header as the export writes it)
    sheet: str | None = None
    title: tuple[str, ...] = ()  # CSV title lines, or the xlsx title row (one line)
    separator: str = ","
    bom: bool = False
    date_format: str = "%d.%m.%Y."
    datetime_format: str = "%d.%m.%Y. %H:%M:%S"
    month_format: str = "%Y-%m"

    @property
    def headers(self) -> dict[str, str]:
        return dict(self.columns)


@dataclass(frozen=True)
class ProfilePlan:
    id: str
    school: str
    kind: str  # "school" | "preschool"
    grade_order: tuple[int, ...]  # the grades of the first classes, in order (preschool: ())
    class_size: int
    default_students: int
    rules: Mapping[str, RulePlan]
    files: tuple[FileSpec, ...]
    as_of_month_day: tuple[int, int]  # in the school year's second calendar year
    work_types: tuple[str, ...] = ()  # kinds of graded work the school uses
    homework_column: bool = False  # the lessons export has "Uzdots ievadīts"
    exempt_mark: str | None = None  # the order's mark for an exempted student
    wrong_exempt_mark: str | None = None  # another school's mark, planted as TRM003
    # How the school's grades look. Each mix is (kind of work, share up to), the shares
    # cumulative; the last kind takes the rest.
    work_mix: tuple[tuple[str, float], ...] = ()
    work_mix_grades_1_3: tuple[tuple[str, float], ...] = ()  # where grades 1-3 differ
    percent_formative: float = 0.0  # formative grades (grades 4-12) written as a percentage
    test_mark_share: float = 0.0  # summative grades written as a test mark, 7(p.d.)
    not_done_share: float = 0.0  # summative grades written "nv" (work not done)
    # GRD002's planted grades: (grade, kind of work; None for any kind in grades 4-12)
    invalid_grades: tuple[tuple[str, str | None], ...] = ()
    # Journals: one set for each semester rather than for the year; subject and
    # extended-day groups.
    journals_each_semester: bool = False
    group_journals: bool = False

    def on(self, code: str) -> bool:
        return code in self.rules

    def rule(self, code: str) -> RulePlan:
        return self.rules[code]

    def file_for(self, table: str) -> FileSpec:
        for spec in self.files:
            if spec.table == table:
                return spec
        raise KeyError(table)

    def has_table(self, table: str) -> bool:
        return any(spec.table == table for spec in self.files)

    def as_of(self, facts: cal.SchoolYearFacts) -> dt.datetime:
        month, day = self.as_of_month_day
        return cal.end_of(dt.date(facts.end_year, month, day))


def _rules(*rules: RulePlan) -> dict[str, RulePlan]:
    return {rule.code: rule for rule in rules}


# --- headers ----------------------------------------------------------------------------------

_ENTERED = ("entered_at", "Ievadīts")


def _lessons_columns(*, extra: tuple[tuple[str, str], ...] = (), hw_time: bool = False):
    cols = [
        ("date", "Datums"),
        ("lesson_no", "Stunda"),
        ("class", "Klase"),
        ("subject", "Priekšmets"),
        ("teacher", "Skolotājs"),
        ("kind", "Veids"),
        ("topic", "Tēma"),
        ("homework", "Uzdots"),
    ]
    if hw_time:
        cols.append(("homework_entered_at", "Uzdots ievadīts"))
    cols.extend(extra)
    cols.append(_ENTERED)
    return tuple(cols)


_ABSENCES = (
    ("date", "Datums"),
    ("lesson_no", "Stunda"),
    ("class", "Klase"),
    ("subject", "Priekšmets"),
    ("teacher", "Skolotājs"),
    ("student", "Skolēns"),
    ("code", "Apzīmējums"),
)


def _grades_columns(*extra: tuple[str, str]):
    return (
        ("date", "Datums"),
        ("lesson_no", "Stunda"),
        ("class", "Klase"),
        ("subject", "Priekšmets"),
        ("teacher", "Skolotājs"),
        ("student", "Skolēns"),
        ("grade", "Vērtējums"),
        ("work_type", "Darba veids"),
        *extra,
        _ENTERED,
    )


def _term_columns(*, with_date: bool = False):
    cols = [
        ("class", "Klase"),
        ("subject", "Priekšmets"),
        ("teacher", "Skolotājs"),
        ("student", "Skolēns"),
        ("period", "Periods"),
    ]
    if with_date:
        cols.append(("date", "Datums"))
    cols.extend([("grade", "Vērtējums"), _ENTERED])
    return tuple(cols)


def _reports_columns(sent: str):
    return (
        ("class", "Klase"),
        ("month", "Mēnesis"),
        ("kind", "Atskaites veids"),
        ("teacher", "Skolotājs"),
        ("sent_at", sent),
    )


_CONVERSATIONS = (
    ("date", "Datums"),
    ("class", "Klase"),
    ("student", "Skolēns"),
    ("with_whom", "Ar ko"),
    ("topic", "Sarunas saturs"),
    ("teacher", "Skolotājs"),
    _ENTERED,
)
_TIMETABLE = (
    ("class", "Klase"),
    ("weekday", "Diena"),
    ("lesson_no", "Stunda"),
    ("subject", "Priekšmets"),
    ("teacher", "Skolotājs"),
    ("valid_from", "Spēkā no"),
    ("valid_to", "Spēkā līdz"),
    _ENTERED,
)
_JOURNALS = (
    ("name", "Žurnāls"),
    ("kind", "Veids"),
    ("class", "Klase"),
    ("teacher", "Skolotājs"),
    ("created_at", "Izveidots"),
)
_PARENT_ACCOUNTS = (
    ("user", "Lietotājs"),
    ("role", "Loma"),
    ("active", "Aktīvs"),
    ("requested_at", "Iesniegums"),
    ("connected_at", "Pieslēgts"),
)


def _csv_lessons(school: str, title: str, columns) -> FileSpec:
    return FileSpec(
        "lessons",
        "stundas.csv",
        "cp1257_csv",
        columns,
        title=(school, title),
        separator=";",
    )


def _csv_absences(school: str, columns) -> FileSpec:
    return FileSpec(
        "absences",
        "kavejumi.csv",
        "cp1257_csv",
        columns,
        title=(school, "Kavējumu uzskaite: visas klases; {span}"),
        separator=";",
    )


def _xlsx(table: str, path: str, sheet: str, columns, title: str | None = None) -> FileSpec:
    return FileSpec(table, path, "xlsx", columns, sheet=sheet, title=(title,) if title else ())


# --- the five profiles ------------------------------------------------------------------------

_DVG = "Daugavpils Valsts ģimnāzija"
_JELGAVA = "Jelgavas 4. vidusskola"
_UPESLEJA = "Upesleju sākumskola"
_AKNISTE = "Aknīstes vidusskola"
_MAZULITIS = "Liepājas pirmsskolas izglītības iestāde „Mazulītis”"

_LESSONS_TITLE = "Stundu uzskaite: visas klases; {span}"

DAUGAVPILS = ProfilePlan(
    id="daugavpils-vg",
    school=_DVG,
    kind="school",
    grade_order=(9, 12, 7, 10, 8, 11),
    class_size=22,
    default_students=66,
    rules=_rules(
        RulePlan("LES000", "17. p.", _d("lesson_end")),
        RulePlan("LES001", "17. p.", _d("lesson_end")),
        RulePlan("LES002", "17. p.", _d("lesson_end")),
        RulePlan("LES004", "20.1. p."),
        RulePlan("LES005", "20.2. p."),
        RulePlan("LES007", "20.3.1.-20.3.2. p."),
        RulePlan("HW001", "17. p.", _d("same_day", time="18:00")),
        RulePlan("ABS001", "17. p.", _d("lesson_end")),
        RulePlan("GRD001", "19. p.", _d("working_days", 10)),
        RulePlan("GRD002", "data quality"),
        RulePlan("TRM001", "21. p.", _d("period_end")),
        RulePlan("TRM002", "21. p.", _d("period_end")),
        RulePlan("REP001", "14. p.", _d("month_day", 5)),
        RulePlan("CNV001", "22. p.", _d("working_days", 1)),
        RulePlan("TST001", "18. p."),
        RulePlan("SET001", "16. p.", Deadline("period_start_by", month_day=(9, 1))),
        RulePlan(
            "SET002",
            "7.5. p.",
            None,
            by={
                kind: Deadline("period_start_by", month_day=(9, 15))
                for kind in ("individuālais darbs", "fakultatīvs", "interešu izglītība")
            },
        ),
        RulePlan("ACC001", "6., 9.1. p.", _d("same_day")),
    ),
    files=(
        _csv_lessons(
            _DVG,
            _LESSONS_TITLE,
            _lessons_columns(
                hw_time=True,
                extra=(
                    ("notes", "Piezīmes"),
                    ("substitute", "Aizvietotājs"),
                    ("reason", "Iemesls"),
                    ("held", "Notika"),
                ),
            ),
        ),
        _csv_absences(_DVG, (*_ABSENCES, _ENTERED)),
        _xlsx("grades", "vertejumi.xlsx", "Vērtējumi", _grades_columns(), "{school} — vērtējumi"),
        _xlsx(
            "term_grades",
            "semestra_vertejumi.xlsx",
            "Semestra vērtējumi",
            _term_columns(),
            "{school} — semestra un gada vērtējumi",
        ),
        FileSpec(
            "reports", "sekmju_izraksti.csv", "utf8_csv", _reports_columns("Nosūtīts"), bom=True
        ),
        FileSpec(
            "conversations",
            "individualas_sarunas.csv",
            "utf8_csv",
            _CONVERSATIONS,
            date_format="%d.%m.%Y",
            datetime_format="%d.%m.%Y %H:%M:%S",
        ),
        _xlsx(
            "test_plan",
            "parbaudes_darbu_planotajs.xlsx",
            "Pārbaudes darbi",
            (
                ("date", "Datums"),
                ("class", "Klase"),
                ("subject", "Priekšmets"),
                ("teacher", "Skolotājs"),
                ("scope", "Apjoms"),
                ("lessons", "Stundu skaits"),
                _ENTERED,
            ),
            "{school} — pārbaudes darbu plānotājs",
        ),
        _xlsx("timetable", "iestatijumi.xlsx", "Stundu saraksts", _TIMETABLE),
        _xlsx("journals", "iestatijumi.xlsx", "Žurnāli", _JOURNALS),
        _xlsx(
            "accounts",
            "lietotaji.xlsx",
            "Lietotāji",
            (
                ("user", "Lietotājs"),
                ("role", "Loma"),
                ("active", "Aktīvs"),
                ("left_at", "Izstājies"),
            ),
            "{school} — E-klases lietotāji",
        ),
    ),
    as_of_month_day=(6, 30),
    work_types=("formatīvais", "summatīvais"),
    homework_column=True,
    work_mix=(("formatīvais", 0.75), ("summatīvais", 1.0)),
    percent_formative=0.5,
    test_mark_share=0.04,
    not_done_share=0.03,
    invalid_grades=(("11", None), ("105%", None)),
)

JELGAVA = ProfilePlan(
    id="jelgava-4vsk",
    school=_JELGAVA,
    kind="school",
    grade_order=(9, 12, 3, 6, 1, 10, 7, 4, 11, 2, 8, 5),
    class_size=22,
    default_students=66,
    rules=_rules(
        RulePlan("LES000", "3.5. p.", _d("same_day")),
        RulePlan("LES001", "3.5. p.", _d("same_day")),
        RulePlan("LES002", "3.5. p.", _d("same_day")),
        RulePlan("LES006", "3.6. p."),
        RulePlan("ABS001", "3.5. p.", _d("same_day")),
        RulePlan("GRD002", "data quality"),
        RulePlan("REP001", "5.1. p.", _d("month_day", 5)),
        RulePlan("SET001", "3.2. p.", _d("period_start_working_days", 2)),
        RulePlan(
            "SET002",
            "3.3.-3.4. p.",
            _d("working_days", 10),
            by={"mācību priekšmeta grupa": _d("days", 5)},
        ),
        RulePlan("ACC002", "2.3. p.", _d("days", 7)),
    ),
    files=(
        _csv_lessons(_JELGAVA, _LESSONS_TITLE, _lessons_columns()),
        _csv_absences(_JELGAVA, (*_ABSENCES, _ENTERED)),
        _xlsx("grades", "vertejumi.xlsx", "Vērtējumi", _grades_columns(), "{school} — vērtējumi"),
        FileSpec(
            "reports", "sekmju_izraksti.csv", "utf8_csv", _reports_columns("Izsniegts"), bom=True
        ),
        _xlsx("timetable", "saraksts_un_grupas.xlsx", "Stundu saraksts", _TIMETABLE),
        _xlsx("journals", "saraksts_un_grupas.xlsx", "Žurnāli un grupas", _JOURNALS),
        FileSpec(
            "accounts",
            "lietotaji.csv",
            "utf8_csv",
            _PARENT_ACCOUNTS,
            date_format="%Y-%m-%d",
            datetime_format="%Y-%m-%d %H:%M:%S",
        ),
    ),
    as_of_month_day=(6, 30),
    work_types=("formatīvais", "summatīvais"),
    work_mix=(("formatīvais", 0.75), ("summatīvais", 1.0)),
    percent_formative=1.0,
    not_done_share=0.03,
    invalid_grades=(("11", None), ("12", None)),
    journals_each_semester=True,
    group_journals=True,
)

UPESLEJA = ProfilePlan(
    id="upeslejas-sk",
    school=_UPESLEJA,
    kind="school",
    grade_order=(4, 1, 6, 2, 5, 3),
    class_size=20,
    default_students=60,
    rules=_rules(
        RulePlan("LES000", "3.4.1. p.", _d("same_day", time="19:00")),
        RulePlan(
            "LES001",
            "3.4.1., 3.5. p.",
            _d("same_day", time="19:00"),
            by={"individuālais darbs": _d("period_end")},
        ),
        RulePlan(
            "LES002",
            "3.4.1., 3.5. p.",
            _d("same_day", time="19:00"),
            by={"individuālais darbs": _d("period_end")},
        ),
        RulePlan("HW001", "3.4.1. p.", _d("same_day", time="19:00")),
        RulePlan("ABS001", "3.4.1. p.", _d("same_day", time="19:00")),
        RulePlan("ABS003", "3.3.2. p.", _d("days", 1), counts_from={"": "note_submitted_at"}),
        RulePlan(
            "GRD001",
            "3.4.3. p.",
            None,
            by={
                "ieskaitīts/neieskaitīts": _d("next_lesson"),
                "pārbaudes darbs": _d("working_days", 3),
                "liela apjoma darbs": _d("working_days", 6),
            },
            counts_from={"improved": "corrected_at"},
        ),
        RulePlan("GRD002", "3.4.3.1.-3.4.3.3. p."),
        RulePlan("TRM001", "3.4.4.-3.4.5. p.", _d("period_end")),
        RulePlan("TRM002", "3.4.5. p.", _d("period_end")),
        RulePlan("TRM003", "3.4.6. p."),
        RulePlan("TRM004", "3.3.5., 3.4.4. p.", _d("before_break")),
        RulePlan("REP001", "3.3.4. p.", _d("month_day", 5)),
        RulePlan("REP002", "3.3.3. p.", _d("last_working_day_of_month")),
        RulePlan("CNV001", "3.4.8. p.", _d("same_day")),
        RulePlan("ACC002", "3.2.9. p.", _d("days", 7)),
    ),
    files=(
        _csv_lessons(_UPESLEJA, _LESSONS_TITLE, _lessons_columns()),
        _csv_absences(
            _UPESLEJA,
            (
                *_ABSENCES,
                ("note_submitted_at", "Zīme iesniegta"),
                ("justified_at", "Attaisnots"),
                _ENTERED,
            ),
        ),
        _xlsx(
            "grades",
            "vertejumi.xlsx",
            "Vērtējumi",
            _grades_columns(("corrected_at", "Labots")),
            "{school} — vērtējumi",
        ),
        _xlsx(
            "term_grades",
            "semestra_vertejumi.xlsx",
            "Semestra vērtējumi",
            _term_columns(with_date=True),
            "{school} — semestra, gada un starpvērtējumi",
        ),
        FileSpec(
            "reports",
            "izraksti_un_apkopojumi.csv",
            "utf8_csv",
            _reports_columns("Izdrukāts"),
            bom=True,
        ),
        FileSpec(
            "conversations",
            "individualas_sarunas.csv",
            "utf8_csv",
            _CONVERSATIONS,
            date_format="%d.%m.%Y",
            datetime_format="%d.%m.%Y %H:%M:%S",
        ),
        _xlsx("timetable", "saraksts_un_lietotaji.xlsx", "Stundu saraksts", _TIMETABLE),
        _xlsx(
            "accounts",
            "saraksts_un_lietotaji.xlsx",
            "Lietotāji",
            _PARENT_ACCOUNTS,
        ),
    ),
    as_of_month_day=(6, 30),
    work_types=("formatīvais", "pārbaudes darbs", "liela apjoma darbs", "ieskaitīts/neieskaitīts"),
    exempt_mark="a",
    wrong_exempt_mark="atb",
    work_mix=(
        ("formatīvais", 0.55),
        ("pārbaudes darbs", 0.8),
        ("liela apjoma darbs", 0.85),
        ("ieskaitīts/neieskaitīts", 1.0),
    ),
    work_mix_grades_1_3=(("formatīvais", 0.8), ("ieskaitīts/neieskaitīts", 1.0)),
    invalid_grades=(("ieskaitīts", "pārbaudes darbs"), ("7", "ieskaitīts/neieskaitīts")),
)

AKNISTE = ProfilePlan(
    id="aknistes-vsk",
    school=_AKNISTE,
    kind="school",
    grade_order=(9, 12, 5, 2, 7, 10, 1, 4, 11, 3, 6, 8),
    class_size=15,
    default_students=45,
    rules=_rules(
        RulePlan("LES000", "2. p.", _d("same_day", time="17:00")),
        RulePlan("LES001", "2. p.", _d("same_day", time="17:00")),
        RulePlan("LES002", "2. p.", _d("same_day", time="17:00")),
        RulePlan("LES003", "3.1.-3.2. p."),
        RulePlan("HW001", "2. p.", _d("same_day", time="17:00")),
        RulePlan("ABS001", "2. p.", _d("same_day", time="17:00")),
        RulePlan(
            "GRD001",
            "5.-6. p.",
            None,
            by={"formatīvais": _d("working_days", 3), "summatīvais": _d("working_days", 7)},
            counts_from={"summatīvais": "submitted_at"},
        ),
        RulePlan("GRD002", "data quality"),
        RulePlan("TRM001", "8. p.", _d("before_period_end", 3)),
        RulePlan("TRM002", "8. p.", _d("before_period_end", 3)),
        RulePlan("TRM003", "9. p."),
        RulePlan("REP001", "7. p.", _d("month_day", 5)),
    ),
    files=(
        _csv_lessons(_AKNISTE, _LESSONS_TITLE, _lessons_columns(hw_time=True)),
        _csv_absences(_AKNISTE, (*_ABSENCES, _ENTERED)),
        _xlsx(
            "grades",
            "vertejumi.xlsx",
            "Vērtējumi",
            _grades_columns(("submitted_at", "Iesniegts")),
            "{school} — vērtējumi",
        ),
        FileSpec(
            "term_grades",
            "semestra_vertejumi.csv",
            "utf8_csv",
            _term_columns(),
            date_format="%d.%m.%Y",
            datetime_format="%d.%m.%Y %H:%M:%S",
        ),
        _xlsx("timetable", "saraksts_un_izraksti.xlsx", "Stundu saraksts", _TIMETABLE),
        _xlsx(
            "reports", "saraksts_un_izraksti.xlsx", "Sekmju izraksti", _reports_columns("Nosūtīts")
        ),
    ),
    as_of_month_day=(6, 30),
    work_types=("formatīvais", "summatīvais"),
    homework_column=True,
    exempt_mark="atb",
    wrong_exempt_mark="a",
    work_mix=(("formatīvais", 0.75), ("summatīvais", 1.0)),
    percent_formative=0.6,
    not_done_share=0.03,
    invalid_grades=(("11", None), ("101%", None)),
)

MAZULITIS = ProfilePlan(
    id="liepaja-mazulitis",
    school=_MAZULITIS,
    kind="preschool",
    grade_order=(),
    class_size=18,
    default_students=54,
    rules=_rules(
        RulePlan(
            "LES001",
            "3.9., 3.14.-3.15. p.",
            _d("same_day", time="07:30"),
            by={"individuālais darbs": _d("same_day")},
        ),
        RulePlan(
            "LES002",
            "3.9.1. p.",
            _d("same_day", time="07:30"),
            by={"individuālais darbs": _d("same_day")},
        ),
        RulePlan("HW001", "3.9.2. p.", _d("same_day", time="07:30")),
        RulePlan("ABS001", "3.10. p.", _d("same_day", time="09:00")),
        RulePlan("ABS002", "3.10.1.-3.10.2. p."),
        RulePlan("GRD001", "3.13. p.", _d("month_day", 5)),
        RulePlan("GRD002", "3.13.1., 3.13.2. (otrais) p."),
        RulePlan("REP003", "3.11. p.", _d("last_day_of_month")),
        RulePlan("CNV001", "3.17. p.", _d("same_day")),
        RulePlan("PLN001", "3.5. p.", _d("last_working_day_of_previous_month")),
        RulePlan("PLN002", "3.6. p.", _d("previous_friday", time="19:00")),
        RulePlan("PRE001", "3.8. p."),
        RulePlan("PRE002", "3.7. p."),
        RulePlan("ACC002", "2.3. p.", _d("days", 7)),
    ),
    files=(
        FileSpec(
            "lessons",
            "dienasgramata.csv",
            "cp1257_csv",
            (
                ("date", "Datums"),
                ("class", "Grupa"),
                ("subject", "Priekšmets"),
                ("learning_area", "Mācību joma"),
                ("teacher", "Pedagogs"),
                ("kind", "Veids"),
                ("topic", "Tēma"),
                ("homework", "Uzdots"),
                _ENTERED,
            ),
            title=(_MAZULITIS, "Dienasgrāmata un žurnāls: visas grupas; {span}"),
            separator=";",
        ),
        FileSpec(
            "absences",
            "kavejumi.csv",
            "cp1257_csv",
            (
                ("date", "Datums"),
                ("class", "Grupa"),
                ("student", "Bērns"),
                ("code", "Apzīmējums"),
                ("notes", "Piezīmes"),
                ("teacher", "Pedagogs"),
                _ENTERED,
            ),
            title=(_MAZULITIS, "Grupas žurnāls, kavējumi: visas grupas; {span}"),
            separator=";",
        ),
        _xlsx(
            "grades",
            "sasniegumi.xlsx",
            "Sasniegumi",
            (
                ("date", "Datums"),
                ("class", "Grupa"),
                ("subject", "Priekšmets"),
                ("teacher", "Pedagogs"),
                ("student", "Bērns"),
                ("grade", "Vērtējums"),
                _ENTERED,
            ),
            "{school} — bērnu mācību sasniegumi",
        ),
        FileSpec(
            "plans",
            "planosana.csv",
            "utf8_csv",
            (
                ("group", "Grupa"),
                ("plan_type", "Plāna veids"),
                ("period_start", "Sākuma datums"),
                ("teacher", "Pedagogs"),
                ("topic", "Temats"),
                _ENTERED,
            ),
            date_format="%d.%m.%Y",
            datetime_format="%d.%m.%Y %H:%M:%S",
        ),
        _xlsx(
            "reports",
            "atskaites_un_sarunas.xlsx",
            "Apmeklējuma atskaites",
            (
                ("class", "Grupa"),
                ("month", "Mēnesis"),
                ("kind", "Atskaites veids"),
                ("teacher", "Pedagogs"),
                ("sent_at", "Izveidots"),
            ),
        ),
        _xlsx(
            "conversations",
            "atskaites_un_sarunas.xlsx",
            "Individuālās sarunas",
            (
                ("date", "Datums"),
                ("class", "Grupa"),
                ("student", "Bērns"),
                ("with_whom", "Ar ko"),
                ("topic", "Sarunas saturs"),
                ("teacher", "Pedagogs"),
                _ENTERED,
            ),
        ),
        FileSpec(
            "accounts",
            "lietotaji.csv",
            "utf8_csv",
            _PARENT_ACCOUNTS,
            date_format="%d.%m.%Y",
            datetime_format="%d.%m.%Y %H:%M:%S",
        ),
    ),
    as_of_month_day=(8, 31),
    invalid_grades=(("5", None), ("B", None)),
)

PLANS: dict[str, ProfilePlan] = {
    plan.id: plan for plan in (AKNISTE, DAUGAVPILS, JELGAVA, UPESLEJA, MAZULITIS)
}
PROFILE_IDS: tuple[str, ...] = tuple(sorted(PLANS))
