"""The eleven tables an E-klase export can hold, their canonical columns and the header names
(aliases) by which a Latvian or English export may call them.

Header names are compared after :func:`normalise_header`: case, spaces, punctuation and diacritics
do not matter, so ``Priekšmets``, ``PRIEKSMETS`` and ``priekš-mets`` are the same header.
Values of vocabulary columns (lesson kind, kind of work, period...) are brought to the canonical
Latvian words of SPEC.md by :data:`VOCABULARIES`; a school's own words are added by its config.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum


class ColumnType(Enum):
    """How a column's cells are read (see ``io/parse.py``)."""

    NAME = "name"  # an identifier-like text: class, subject, teacher, student (trimmed)
    TEXT = "text"  # free text kept as written: topic, notes, reason (trimmed)
    CODE = "code"  # a mark or vocabulary word, lower-cased and trimmed: absence code, kind
    GRADE = "grade"  # a grade as E-klase writes it, trimmed: 7, 7(p.d.), 85%, nv, 5|7, S
    DATE = "date"  # pl.Date
    DATETIME = "datetime"  # pl.Datetime("us"), naive local time, rounded to the second
    INT = "int"  # pl.Int32: lesson number, number of lessons
    BOOL = "bool"  # pl.Boolean: jā/nē, ir/nav, yes/no, true/false, 1/0
    MONTH = "month"  # pl.Date, the first day of the month
    WEEKDAY = "weekday"  # pl.Int8, 1 = Monday ... 7 = Sunday
    PERIOD_START = "period_start"  # pl.Date: a date, or a month (its first day)


@dataclass(frozen=True)
class Column:
    """A canonical column of one table."""

    name: str
    type: ColumnType
    aliases: tuple[str, ...]
    # For a DATETIME column given in two cells: the headers of the date part and the time part.
    date_aliases: tuple[str, ...] = ()
    time_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSpec:
    """One table kind: the columns that identify it, when its records were entered, the rest."""

    kind: str
    identifying: tuple[str, ...]
    entered: str | None  # the "when entered" column, or None (accounts)
    optional: tuple[str, ...]
    columns: dict[str, Column] = field(repr=False)
    # Words in a file or sheet name that settle a tie between tables (normalised).
    name_hints: tuple[str, ...] = ()

    @property
    def option(self) -> str:
        """The command-line option that names a file of this table: ``--test-plan``."""
        return "--" + self.kind.replace("_", "-")

    @property
    def all_columns(self) -> tuple[str, ...]:
        extra = (self.entered,) if self.entered else ()
        return self.identifying + extra + self.optional


def normalise_header(text: str) -> str:
    """Case-, space-, punctuation- and diacritic-insensitive form of a header or value."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", stripped.casefold())


def normalise_words(text: str) -> str:
    """Like :func:`normalise_header` but keeps single spaces between words (for values)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", stripped.casefold()).split())


# --- columns shared by several tables --------------------------------------------------------

_ENTERED_AT = Column(
    "entered_at",
    ColumnType.DATETIME,
    (
        "Ievadīts",
        "Ievadīšanas laiks",
        "Ievadīts (datums un laiks)",
        "Ievades laiks",
        "Ievadīts E-klasē",
        "Ievadīšanas datums un laiks",
        "Ievadīts (datums, laiks)",
        "Ieraksta datums un laiks",
        "Ieraksta laiks",
        "Ierakstīts",
        "Saglabāts",
        "Entered",
        "Entered at",
        "Entry time",
    ),
    date_aliases=("Ievadīšanas datums", "Ievadīts (datums)", "Ievadīts datums", "Entry date"),
    time_aliases=("Ievadīšanas laiks (stunda)", "Ievadīts (laiks)", "Ievadīts laiks", "Entry hour"),
)
_DATE = Column(
    "date",
    ColumnType.DATE,
    (
        "Datums",
        "Date",
        "Diena (datums)",
        "Stundas datums",
        "Nodarbības datums",
        "Darba datums",
        "Pārbaudes darba datums",
        "Kavējuma datums",
        "Sarunas datums",
    ),
)
_CLASS = Column("class", ColumnType.NAME, ("Klase", "Class", "Klases nosaukums", "Klase/grupa"))
_SUBJECT = Column(
    "subject",
    ColumnType.NAME,
    (
        "Priekšmets",
        "Mācību priekšmets",
        "Priekšmeta nosaukums",
        "Mācību priekšmeta nosaukums",
        "Kurss",
        "Subject",
    ),
)
_TEACHER = Column(
    "teacher",
    ColumnType.NAME,
    (
        "Skolotājs",
        "Skolotāja",
        "Pedagogs",
        "Pedagoģe",
        "Skolotājs(-a)",
        "Skolotāja vārds, uzvārds",
        "Pedagoga vārds, uzvārds",
        "Teacher",
    ),
)
# In reports and conversations the teacher is usually the class teacher.
_CLASS_TEACHER = Column(
    "teacher",
    ColumnType.NAME,
    (*_TEACHER.aliases, "Klases audzinātājs", "Klases audzinātāja", "Audzinātājs", "Audzinātāja"),
)
_STUDENT = Column(
    "student",
    ColumnType.NAME,
    (
        "Skolēns",
        "Skolēna vārds, uzvārds",
        "Izglītojamais",
        "Izglītojamā vārds, uzvārds",
        "Bērns",
        "Bērna vārds, uzvārds",
        "Skolēna vārds un uzvārds",
        "Vārds, uzvārds",
        "Vārds un uzvārds",
        "Skolnieks",
        "Audzēknis",
        "Student",
        "Pupil",
        "Child",
    ),
)
_LESSON_NO = Column(
    "lesson_no",
    ColumnType.INT,
    ("Stunda", "Nr.", "Stundas Nr.", "Stundas numurs", "Stundas kārtas numurs", "Lesson"),
)
_GROUP = Column("group", ColumnType.NAME, ("Grupa", "Apakšgrupa", "Group"))
_TOPIC = Column(
    "topic",
    ColumnType.TEXT,
    ("Tēma", "Stundas tēma", "Stundas temats", "Nodarbības tēma", "Temats", "Topic"),
)
_NOTES = Column("notes", ColumnType.TEXT, ("Piezīmes", "Piezīme", "Notes"))
_GRADE = Column("grade", ColumnType.GRADE, ("Vērtējums", "Atzīme", "Grade"))
_LEARNING_AREA = Column("learning_area", ColumnType.NAME, ("Mācību joma", "Joma", "Learning area"))


def _table(
    kind: str,
    identifying: list[Column],
    entered: Column | None,
    optional: list[Column],
    name_hints: tuple[str, ...],
) -> TableSpec:
    cols = identifying + ([entered] if entered else []) + optional
    return TableSpec(
        kind=kind,
        identifying=tuple(c.name for c in identifying),
        entered=entered.name if entered else None,
        optional=tuple(c.name for c in optional),
        columns={c.name: c for c in cols},
        name_hints=tuple(normalise_header(h) for h in name_hints),
    )


TABLES: dict[str, TableSpec] = {
    spec.kind: spec
    for spec in (
        _table(
            "lessons",
            [_DATE, _CLASS, _SUBJECT, _TEACHER],
            _ENTERED_AT,
            [
                _LESSON_NO,
                _GROUP,
                _TOPIC,
                Column(
                    "homework",
                    ColumnType.TEXT,
                    (
                        "Uzdots",
                        "Mājasdarbs",
                        "Mājas darbs",
                        "Uzdotais",
                        "Mājās uzdotais",
                        "Uzdotais mājas darbs",
                        "Mājas darbi",
                        "Homework",
                    ),
                ),
                Column(
                    "homework_entered_at",
                    ColumnType.DATETIME,
                    (
                        "Uzdots ievadīts",
                        "Mājasdarbs ievadīts",
                        "Uzdotā ievadīšanas laiks",
                        "Homework entered",
                    ),
                ),
                _NOTES,
                Column("reason", ColumnType.TEXT, ("Iemesls", "Reason")),
                Column(
                    "substitute",
                    ColumnType.NAME,
                    ("Aizvietotājs", "Aizvietoja", "Aizvietotājs(-a)", "Substitute"),
                ),
                Column("held", ColumnType.BOOL, ("Notika", "Notikusi", "Held")),
                Column(
                    "kind",
                    ColumnType.CODE,
                    ("Veids", "Stundas veids", "Nodarbības veids", "Kind", "Type"),
                ),
                _LEARNING_AREA,
            ],
            ("stundas", "stundu", "zurnals", "lessons", "dienasgramata"),
        ),
        _table(
            "grades",
            [_DATE, _CLASS, _SUBJECT, _STUDENT, _GRADE],
            _ENTERED_AT,
            [
                _TEACHER,
                _LESSON_NO,
                _GROUP,
                Column(
                    "work_type",
                    ColumnType.CODE,
                    ("Darba veids", "Vērtējuma veids", "Veids", "Work type"),
                ),
                Column(
                    "submitted_at",
                    ColumnType.DATETIME,
                    (
                        "Iesniegts",
                        "Iesniegšanas laiks",
                        "Iesniegšanas datums",
                        "Nodots",
                        "Submitted",
                    ),
                ),
                Column(
                    "corrected_at",
                    ColumnType.DATETIME,
                    ("Labots", "Uzlabots", "Labošanas datums", "Uzlabošanas datums", "Corrected"),
                ),
                _LEARNING_AREA,
            ],
            ("vertejumi", "vertejums", "atzimes", "grades"),
        ),
        _table(
            "absences",
            [
                _DATE,
                _CLASS,
                _STUDENT,
                Column(
                    "code",
                    ColumnType.CODE,
                    ("Apzīmējums", "Kavējums", "Kavējuma apzīmējums", "Kavējuma veids", "Code"),
                ),
            ],
            _ENTERED_AT,
            [
                _LESSON_NO,
                _SUBJECT,
                _TEACHER,
                Column("notes", ColumnType.TEXT, ("Piezīmes", "Piezīme", "Kavējumi", "Notes")),
                Column(
                    "note_submitted_at",
                    ColumnType.DATETIME,
                    (
                        "Zīme iesniegta",
                        "Attaisnojuma zīme iesniegta",
                        "Zīmes iesniegšana",
                        "Note submitted",
                    ),
                ),
                Column(
                    "justified_at",
                    ColumnType.DATETIME,
                    ("Attaisnots", "Attaisnošanas laiks", "Attaisnots (datums)", "Justified"),
                ),
            ],
            ("kavejumi", "kavejumu", "absences", "apmekletiba"),
        ),
        _table(
            "term_grades",
            [
                _CLASS,
                _SUBJECT,
                _STUDENT,
                Column(
                    "period",
                    ColumnType.CODE,
                    ("Periods", "Semestris", "Vērtējuma periods", "Period", "Term"),
                ),
                _GRADE,
            ],
            _ENTERED_AT,
            [_TEACHER, _DATE],
            ("semestra", "gada", "semestris", "liecibas", "term"),
        ),
        _table(
            "reports",
            [
                _CLASS,
                Column(
                    "month",
                    ColumnType.MONTH,
                    ("Mēnesis", "Par mēnesi", "Izraksta mēnesis", "Atskaites mēnesis", "Month"),
                ),
            ],
            Column(
                "sent_at",
                ColumnType.DATETIME,
                ("Nosūtīts", "Izsniegts", "Izdrukāts", "Izveidots", "Sent", "Issued", "Printed"),
                date_aliases=("Nosūtīšanas datums", "Izsniegšanas datums"),
                time_aliases=("Nosūtīšanas laiks",),
            ),
            [
                _CLASS_TEACHER,
                Column(
                    "kind",
                    ColumnType.CODE,
                    ("Veids", "Atskaites veids", "Izraksta veids", "Kind", "Report"),
                ),
            ],
            ("izraksti", "izrakstu", "atskaites", "apkopojumi", "reports"),
        ),
        _table(
            "conversations",
            [
                _DATE,
                _STUDENT,
                Column(
                    "topic",
                    ColumnType.TEXT,
                    (
                        "Sarunas saturs",
                        "Saruna",
                        "Sarunas tēma",
                        "Tēma",
                        "Saturs",
                        "Conversation",
                        "Topic",
                    ),
                ),
            ],
            _ENTERED_AT,
            [
                _CLASS_TEACHER,
                _CLASS,
                Column(
                    "with_whom",
                    ColumnType.CODE,
                    ("Ar ko", "Sarunas dalībnieks", "Sarunas dalībnieki", "With"),
                ),
            ],
            ("sarunas", "individualas", "conversations"),
        ),
        _table(
            "plans",
            [
                Column("group", ColumnType.NAME, ("Grupa", "Group")),
                Column(
                    "plan_type",
                    ColumnType.CODE,
                    ("Plāna veids", "Plāns", "Veids", "Plan type", "Plan"),
                ),
                Column(
                    "period_start",
                    ColumnType.PERIOD_START,
                    ("Sākuma datums", "Periods no", "Nedēļa", "Mēnesis", "Datums no", "Start"),
                ),
            ],
            _ENTERED_AT,
            [
                _TEACHER,
                Column("topic", ColumnType.TEXT, ("Temats", "Tēma", "Topic")),
                _LEARNING_AREA,
            ],
            ("planosana", "plani", "plans", "plans"),
        ),
        _table(
            "test_plan",
            [
                _DATE,
                _CLASS,
                _SUBJECT,
                Column(
                    "scope",
                    ColumnType.TEXT,
                    (
                        "Apjoms",
                        "Pārbaudes darbs",
                        "Darba apjoms",
                        "Pārbaudes darba apjoms",
                        "Scope",
                    ),
                ),
            ],
            _ENTERED_AT,
            [
                _TEACHER,
                Column(
                    "lessons",
                    ColumnType.INT,
                    ("Stundu skaits", "Ilgums", "Ilgums (stundas)", "Lessons"),
                ),
                Column("changed_by", ColumnType.NAME, ("Mainīja", "Labojis", "Changed by")),
            ],
            ("parbaudes", "planotajs", "test"),
        ),
        _table(
            "timetable",
            [
                _CLASS,
                Column("weekday", ColumnType.WEEKDAY, ("Diena", "Nedēļas diena", "Weekday", "Day")),
                _LESSON_NO,
                _SUBJECT,
            ],
            _ENTERED_AT,
            [
                _TEACHER,
                Column("valid_from", ColumnType.DATE, ("Spēkā no", "No", "Valid from")),
                Column("valid_to", ColumnType.DATE, ("Spēkā līdz", "Līdz", "Valid to")),
            ],
            ("saraksts", "stundu saraksts", "timetable"),
        ),
        _table(
            "journals",
            [
                Column(
                    "name",
                    ColumnType.NAME,
                    ("Žurnāls", "Žurnāla nosaukums", "Nosaukums", "Journal"),
                ),
                Column("kind", ColumnType.CODE, ("Veids", "Žurnāla veids", "Kind", "Type")),
            ],
            Column(
                "created_at",
                ColumnType.DATETIME,
                ("Izveidots", "Izveidošanas datums", "Created", "Created at"),
            ),
            [_TEACHER, _CLASS],
            ("zurnali", "grupas", "journals"),
        ),
        _table(
            "accounts",
            [
                Column(
                    "user",
                    ColumnType.NAME,
                    ("Lietotājs", "Lietotājvārds", "Vārds, uzvārds", "User"),
                ),
                Column("role", ColumnType.CODE, ("Loma", "Lietotāja loma", "Role")),
                Column("active", ColumnType.BOOL, ("Aktīvs", "Piekļuve", "Active")),
            ],
            None,
            [
                Column(
                    "left_at",
                    ColumnType.DATETIME,
                    ("Izstājies", "Atskaitīts", "Aizgājis", "Darba attiecības izbeigtas", "Left"),
                ),
                Column(
                    "requested_at",
                    ColumnType.DATETIME,
                    ("Iesniegums", "Iesniegts", "Iesnieguma datums", "Requested"),
                ),
                Column(
                    "connected_at",
                    ColumnType.DATETIME,
                    ("Pieslēgts", "Pieslēgšanas datums", "Connected"),
                ),
            ],
            ("lietotaji", "accounts", "users"),
        ),
    )
}

# Header names that mean "the group" in general: the class in a table without a ``Klase`` column,
# the subject group where there is one (see GROUP_IS_CLASS_UNLESS_CLASS_PRESENT).
AMBIGUOUS_GROUP_HEADERS: tuple[str, ...] = ("Grupa", "Group")

# Identifying cells whose emptiness is data for the rules, never a rejection (SPEC "Empty cells").
EMPTY_IS_DATA: frozenset[tuple[str, str]] = frozenset(
    {
        ("grades", "grade"),
        ("term_grades", "grade"),
        ("absences", "code"),
        ("conversations", "topic"),
    }
)

# ``Grupa`` is the class in a table that has no ``Klase`` column (a preschool's exports), except in
# plans, where it is always the group the plan is for. In a lessons or grades table with both
# columns it is the subject group (SPEC "Ambiguous headers").
GROUP_IS_CLASS_UNLESS_CLASS_PRESENT: frozenset[str] = frozenset(TABLES) - {"plans"}

# Canonical values of vocabulary columns, each with the spellings an export may use. Keys are
# (table, column); matching is by :func:`normalise_words`, so diacritics and case do not matter.
VOCABULARIES: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("lessons", "kind"): {
        "stunda": ("stunda", "mācību stunda", "lesson"),
        "konsultācija": (
            "konsultācija",
            "konsultācijas",
            "individuālā konsultācija",
            "consultation",
        ),
        "fakultatīvs": ("fakultatīvs", "fakultatīvā nodarbība", "fakultatīvais", "optional"),
        "individuālais darbs": (
            "individuālais darbs",
            "individuālā nodarbība",
            "individuālās nodarbības",
            "individuālā darba stunda",
            "individual work",
        ),
        "audzināšanas stunda": (
            "audzināšanas stunda",
            "klases stunda",
            "audzināšana",
            "class hour",
        ),
        "rotaļnodarbība": ("rotaļnodarbība", "rotaļnodarbības", "play session"),
        "instruktāža": ("instruktāža", "drošības instruktāža", "briefing"),
    },
    ("grades", "work_type"): {
        "formatīvais": (
            "formatīvais",
            "formatīvs",
            "formatīvā",
            "formatīvais vērtējums",
            "f",
            "formative",
        ),
        "summatīvais": (
            "summatīvais",
            "summatīvs",
            "summatīvā",
            "summatīvais vērtējums",
            "temata noslēguma darbs",
            "summative",
        ),
        "ieskaitīts/neieskaitīts": (
            "ieskaitīts/neieskaitīts",
            "ieskaitīts neieskaitīts",
            "i/ni",
            "ieskaite",
            "pass/fail",
        ),
        "pārbaudes darbs": ("pārbaudes darbs", "p.d.", "pd", "kontroldarbs", "tests", "test"),
        "liela apjoma darbs": (
            "liela apjoma darbs",
            "liela apjoma pārbaudes darbs",
            "referāts",
            "projekts",
            "projekta darbs",
            "large work",
        ),
    },
    ("term_grades", "period"): {
        "1. semestris": (
            "1. semestris",
            "1.semestris",
            "i semestris",
            "1. sem.",
            "1 sem",
            "semester 1",
        ),
        "2. semestris": (
            "2. semestris",
            "2.semestris",
            "ii semestris",
            "2. sem.",
            "2 sem",
            "semester 2",
        ),
        "gads": ("gads", "gada", "gada vērtējums", "gala", "gala vērtējums", "year"),
        # Interim grades come twice a year (before the autumn and the spring break): the
        # semester is part of the period, so the two are not the same record.
        "starpvērtējums": ("starpvērtējums", "semestra starpvērtējums", "starpv.", "interim"),
        "1. semestra starpvērtējums": (
            "1. semestra starpvērtējums",
            "1.semestra starpvērtējums",
            "1. sem. starpvērtējums",
            "starpvērtējums 1. semestrī",
            "interim 1",
        ),
        "2. semestra starpvērtējums": (
            "2. semestra starpvērtējums",
            "2.semestra starpvērtējums",
            "2. sem. starpvērtējums",
            "starpvērtējums 2. semestrī",
            "interim 2",
        ),
        "pēcpārbaudījums": ("pēcpārbaudījums", "pēcpārbaudījuma vērtējums", "re-examination"),
    },
    ("reports", "kind"): {
        "sekmju izraksts": ("sekmju izraksts", "sekmju izraksti", "progress report"),
        "kavējumu apkopojums": (
            "kavējumu apkopojums",
            "kavējumu un uzvedības apkopojums",
            "kavējumu kopsavilkums",
            "absence summary",
        ),
        "apmeklējuma atskaite": (
            "apmeklējuma atskaite",
            "apmeklējuma pārskats",
            "attendance report",
        ),
    },
    ("plans", "plan_type"): {
        "mēneša": ("mēneša", "mēneša plāns", "mēnesis", "monthly", "month"),
        "nedēļas": ("nedēļas", "nedēļas plāns", "nedēļa", "weekly", "week"),
        "dienas": ("dienas", "dienas plāns", "diena", "daily", "day"),
    },
    ("journals", "kind"): {
        "individuālais darbs": (
            "individuālais darbs",
            "individuālā darba žurnāls",
            "individual work",
        ),
        "fakultatīvs": ("fakultatīvs", "fakultatīvā nodarbība", "fakultatīvs žurnāls", "optional"),
        "interešu izglītība": ("interešu izglītība", "interešu izglītības pulciņš", "pulciņš"),
        "mācību priekšmeta grupa": (
            "mācību priekšmeta grupa",
            "priekšmeta grupa",
            "mācību grupa",
            "subject group",
        ),
        "grupu nodarbības": ("grupu nodarbības", "grupu nodarbība"),
        "pagarinātās dienas grupa": ("pagarinātās dienas grupa", "pagarinātā dienas grupa"),
    },
    ("conversations", "with_whom"): {
        "skolēns": ("skolēns", "skolēnu", "izglītojamais", "student"),
        "vecāki": ("vecāki", "vecāks", "vecākiem", "parents"),
    },
}

# The keys by which DQ002 recognises the same record twice (SPEC "DQ002 keys"); for tables SPEC
# does not list, the identifying columns.
DUPLICATE_KEYS: dict[str, tuple[str, ...]] = {
    "lessons": ("date", "lesson_no", "class", "group", "subject"),
    "grades": ("date", "class", "subject", "student", "work_type", "grade"),
    "absences": ("date", "lesson_no", "class", "student"),
    "term_grades": ("class", "subject", "student", "period"),
    "reports": ("class", "month", "kind"),
    "plans": ("group", "plan_type", "period_start"),
}
# Columns that are the record's value rather than its identity: left out when the same record is
# matched across snapshots (a grade corrected from 5 to 5|7 is the same record).
VALUE_COLUMNS: dict[str, tuple[str, ...]] = {"grades": ("grade",), "term_grades": ()}


def duplicate_key(kind: str) -> tuple[str, ...]:
    return DUPLICATE_KEYS.get(kind, TABLES[kind].identifying)


# Provenance columns carried by every normalised row.
SOURCE_COLUMN = "_src"  # pl.UInt32: index of the input (file, sheet) in the run's input list
ROW_COLUMN = "_row"  # pl.UInt32: the row number a spreadsheet shows
