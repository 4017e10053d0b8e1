"""Latvian words the synthetic school is made of: people's names, subjects, topics, groups.

Every capital letter with a diacritic (Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž) occurs in some name, so that an
export that loses its encoding shows it at once.
"""

from __future__ import annotations

MALE_FIRST: tuple[str, ...] = (
    "Jānis", "Andris", "Pēteris", "Kārlis", "Mārtiņš", "Edgars", "Roberts", "Artūrs", "Dāvis",
    "Emīls", "Gustavs", "Markuss", "Ralfs", "Kristaps", "Aleksandrs", "Rihards", "Oskars",
    "Toms", "Niks", "Daniels", "Ričards", "Raivis", "Valdis", "Juris", "Aivars", "Guntis",
    "Ēriks", "Rolands", "Māris", "Ģirts", "Uldis", "Imants", "Ojārs", "Krišjānis", "Mikus",
    "Miķelis", "Ansis", "Gatis", "Normunds", "Jēkabs", "Dainis", "Kaspars", "Ivars", "Viesturs",
    "Agris", "Renārs", "Reinis", "Sandis", "Ingus", "Česlavs", "Žanis", "Ūģis",
)  # fmt: skip
FEMALE_FIRST: tuple[str, ...] = (
    "Anna", "Līga", "Ilze", "Inga", "Kristīne", "Laura", "Elīza", "Marta", "Sofija", "Emīlija",
    "Alise", "Paula", "Estere", "Madara", "Evelīna", "Keita", "Amēlija", "Linda", "Santa",
    "Zane", "Dace", "Ieva", "Baiba", "Gunta", "Sanita", "Agnese", "Ināra", "Dzintra", "Māra",
    "Rūta", "Solvita", "Žanna", "Anete", "Elza", "Katrīna", "Kitija", "Luīze", "Monta", "Rēzija",
    "Viktorija", "Aiga", "Vita", "Daiga", "Sarmīte", "Inese", "Iveta", "Lāsma", "Ērika",
    "Gunita", "Velta", "Ārija", "Ņina", "Ļena", "Ķērstīne",
)  # fmt: skip
# Second given names, used only to tell apart two people who would otherwise share a name.
SECOND_NAMES_MALE: tuple[str, ...] = ("Aleksandrs", "Jānis", "Kārlis", "Pēteris", "Ernests")
SECOND_NAMES_FEMALE: tuple[str, ...] = ("Marija", "Anna", "Elizabete", "Katrīna", "Līva")
# (male form, female form)
SURNAMES: tuple[tuple[str, str], ...] = (
    ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"), ("Jansons", "Jansone"),
    ("Ozols", "Ozola"), ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"),
    ("Eglītis", "Eglīte"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"), ("Vītols", "Vītola"),
    ("Kļaviņš", "Kļaviņa"), ("Kārkliņš", "Kārkliņa"), ("Vanags", "Vanaga"), ("Lācis", "Lāce"),
    ("Ābeltiņš", "Ābeltiņa"), ("Siliņš", "Siliņa"), ("Dzenis", "Dzene"), ("Šmits", "Šmite"),
    ("Žagars", "Žagare"), ("Ķikāns", "Ķikāne"), ("Čudars", "Čudare"), ("Grīnbergs", "Grīnberga"),
    ("Lapiņš", "Lapiņa"), ("Celmiņš", "Celmiņa"), ("Rozenbergs", "Rozenberga"),
    ("Strazdiņš", "Strazdiņa"), ("Sproģis", "Sproģe"), ("Puriņš", "Puriņa"),
    ("Āboliņš", "Āboliņa"), ("Gailītis", "Gailīte"), ("Vilks", "Vilka"), ("Zeltiņš", "Zeltiņa"),
    ("Mežulis", "Mežule"), ("Ūdris", "Ūdre"), ("Ņikitins", "Ņikitina"), ("Ļebedevs", "Ļebedeva"),
    ("Ivanovs", "Ivanova"), ("Kuzņecovs", "Kuzņecova"), ("Ūsiņš", "Ūsiņa"), ("Ērglis", "Ērgle"),
    ("Gulbis", "Gulbe"), ("Krastiņš", "Krastiņa"), ("Putniņš", "Putniņa"),
    ("Avotiņš", "Avotiņa"), ("Skujiņš", "Skujiņa"), ("Ģēģeris", "Ģēģere"), ("Apinis", "Apine"),
    ("Cīrulis", "Cīrule"), ("Kalējs", "Kalēja"), ("Treimanis", "Treimane"),
    ("Ziediņš", "Ziediņa"), ("Zīverts", "Zīverte"), ("Īvāns", "Īvāne"), ("Priede", "Priede"),
    ("Zvaigzne", "Zvaigzne"), ("Šņore", "Šņore"), ("Dambis", "Dambe"), ("Paegle", "Paegle"),
)  # fmt: skip

CLASS_HOUR = "Audzināšanas stunda"
INDIVIDUAL_WORK = "Individuālais darbs"

# Weekly hours by grade band; the class hour is one of them.
SUBJECT_HOURS: dict[str, tuple[tuple[str, int], ...]] = {
    "1-3": (
        ("Latviešu valoda", 6), ("Matemātika", 5), ("Angļu valoda", 2), ("Dabaszinības", 1),
        ("Sociālās zinības", 1), ("Vizuālā māksla", 1), ("Mūzika", 2), ("Sports un veselība", 3),
        ("Dizains un tehnoloģijas", 1), (CLASS_HOUR, 1),
    ),
    "4-6": (
        ("Latviešu valoda", 4), ("Literatūra", 1), ("Matemātika", 5), ("Angļu valoda", 3),
        ("Dabaszinības", 2), ("Sociālās zinības un vēsture", 2), ("Datorika", 1),
        ("Vizuālā māksla", 1), ("Mūzika", 2), ("Sports un veselība", 3),
        ("Dizains un tehnoloģijas", 2), (CLASS_HOUR, 1),
    ),
    "7-9": (
        ("Latviešu valoda", 3), ("Literatūra", 2), ("Matemātika", 5), ("Angļu valoda", 3),
        ("Krievu valoda", 2), ("Bioloģija", 2), ("Fizika", 2), ("Ķīmija", 2), ("Ģeogrāfija", 2),
        ("Latvijas un pasaules vēsture", 2), ("Sociālās zinības", 1), ("Datorika", 1),
        ("Mūzika", 1), ("Sports un veselība", 2), ("Dizains un tehnoloģijas", 1), (CLASS_HOUR, 1),
    ),
    "10-12": (
        ("Latviešu valoda", 2), ("Literatūra", 2), ("Matemātika", 5), ("Angļu valoda", 4),
        ("Krievu valoda", 2), ("Vēsture un sociālās zinātnes", 2), ("Bioloģija", 2),
        ("Fizika", 2), ("Ķīmija", 2), ("Ģeogrāfija", 2), ("Sports un veselība", 3),
        ("Programmēšana", 2), ("Ekonomika", 2), (CLASS_HOUR, 1),
    ),
}  # fmt: skip
# Subjects a grade 1-3 class teacher teaches their own class.
PRIMARY_TEACHER_SUBJECTS: frozenset[str] = frozenset(
    {
        "Latviešu valoda",
        "Matemātika",
        "Dabaszinības",
        "Sociālās zinības",
        "Vizuālā māksla",
        "Dizains un tehnoloģijas",
        CLASS_HOUR,
    }
)
# Subjects whose teacher may also teach a second one (a small school's reality).
EXAM_SUBJECTS: tuple[str, ...] = ("Latviešu valoda", "Matemātika", "Angļu valoda")


def band_of(grade: int) -> str:
    if grade <= 3:
        return "1-3"
    if grade <= 6:
        return "4-6"
    if grade <= 9:
        return "7-9"
    return "10-12"


TOPICS: dict[str, tuple[str, ...]] = {
    "Latviešu valoda": (
        "Teikuma locekļi", "Vārdšķiras: darbības vārds", "Tiešā un netiešā runa",
        "Lietvārda dzimte un skaitlis", "Pieturzīmes salikta teikumā", "Vietniekvārdu lietojums",
        "Vārdu darināšana", "Izteiksmes līdzekļi tekstā", "Lietišķā vēstule",
        "Garumzīmes un mīkstinājumi",
    ),
    "Literatūra": (
        "Rūdolfs Blaumanis „Nāves ēnā”", "Latviešu tautasdziesmas", "Anna Brigadere „Sprīdītis”",
        "Dzejas valoda: metafora", "Jānis Poruks „Kukažiņa”", "Lasītā darba analīze",
        "Regīna Ezera „Aka”", "Mīti un teikas",
    ),
    "Matemātika": (
        "Naturālie skaitļi; atkārtojums", "Daļskaitļu saskaitīšana", "Procenti",
        "Lineāri vienādojumi", "Pitagora teorēma", "Funkcijas grafiks", "Trijstūru līdzība",
        "Kvadrātvienādojumi", "Varbūtība un statistika", "Ģeometriskās figūras",
    ),
    "Angļu valoda": (
        "My summer", "Present Simple un Present Continuous", "Travelling abroad",
        "Jobs and careers", "Past Simple", "Environment", "Writing an e-mail", "Food and health",
    ),
    "Krievu valoda": (
        "Iepazīšanās", "Ģimene un draugi", "Mana pilsēta", "Brīvais laiks",
        "Ēdieni un dzērieni", "Iepirkšanās",
    ),
    "Dabaszinības": (
        "Augu daļas", "Ūdens riņķojums dabā", "Mājdzīvnieki", "Gadalaiki", "Cilvēka ķermenis",
        "Ķermeņu īpašības", "Dzīvā un nedzīvā daba",
    ),
    "Sociālās zinības": (
        "Mana ģimene", "Drošība uz ceļa", "Latvijas simboli", "Cieņa pret citiem",
        "Nauda un tēriņi", "Mana skola",
    ),
    "Sociālās zinības un vēsture": (
        "Senās civilizācijas", "Latvijas novadi", "Pilsoniskā līdzdalība", "Ģimenes vēsture",
        "Viduslaiku pilis", "Tiesības un pienākumi",
    ),
    "Latvijas un pasaules vēsture": (
        "Senā Ēģipte", "Krusta kari Baltijā", "Latvijas valsts dibināšana", "Pirmais pasaules karš",
        "Atmoda un barikādes", "Rūpnieciskā revolūcija", "Reformācija Livonijā",
    ),
    "Vēsture un sociālās zinātnes": (
        "Demokrātijas attīstība", "Aukstais karš", "Latvija Eiropas Savienībā",
        "Cilvēktiesības", "Ekonomiskās krīzes", "Mediju pratība",
    ),
    "Bioloģija": (
        "Šūnas uzbūve", "Fotosintēze", "Ģenētikas pamati", "Ekosistēmas", "Cilvēka asinsrite",
        "Evolūcija", "Mikroorganismi",
    ),
    "Fizika": (
        "Kustība un ātrums", "Ņūtona likumi", "Elektriskā strāva", "Gaismas laušana",
        "Enerģijas nezūdamība", "Spiediens šķidrumos",
    ),
    "Ķīmija": (
        "Vielu uzbūve", "Ķīmiskās reakcijas", "Skābes un bāzes", "Periodiskā tabula",
        "Šķīdumi", "Organiskie savienojumi",
    ),
    "Ģeogrāfija": (
        "Latvijas reljefs", "Klimata joslas", "Pasaules okeāns", "Iedzīvotāju ģeogrāfija",
        "Kartes mērogs", "Dabas resursi",
    ),
    "Sociālās zinātnes": ("Sabiedrība un valsts",),
    "Datorika": (
        "Algoritmi", "Datņu pārvaldība", "Drošība internetā", "Izklājlapas",
        "Programmēšana ar Scratch",
    ),
    "Programmēšana": (
        "Mainīgie un datu tipi", "Cikli", "Funkcijas", "Saraksti un vārdnīcas", "Projekta darbs",
    ),
    "Ekonomika": (
        "Pieprasījums un piedāvājums", "Uzņēmējdarbība", "Nodokļi Latvijā", "Personīgais budžets",
    ),
    "Vizuālā māksla": ("Krāsu mācība", "Klusā daba", "Portrets", "Ainava ar akvareli"),
    "Mūzika": (
        "Latviešu tautasdziesmas", "Ritms un metrs", "Koris: dziesmu svētku repertuārs",
        "Mūzikas instrumenti",
    ),
    "Sports un veselība": (
        "Vieglatlētika: skriešana", "Basketbols", "Volejbols", "Vingrošana", "Slēpošana",
        "Rotaļas un stafetes", "Futbols",
    ),
    "Dizains un tehnoloģijas": (
        "Darbs ar koku", "Tekstila tehnoloģijas", "Ēdiena gatavošana", "Modeļa izveide",
    ),
    CLASS_HOUR: (
        "Klases noteikumi", "Drošība skolā un ārpus tās", "Karjeras izglītība", "Mācību mērķi",
        "Draudzība un cieņa", "Veselīgs dzīvesveids", "Latvijas dzimšanas diena",
        "Ziemassvētku gaidīšana",
    ),
    INDIVIDUAL_WORK: ("Atkārtošana", "Mācību vielas nostiprināšana", "Uzdevumu risināšana"),
}  # fmt: skip

OUTCOMES: tuple[str, ...] = (
    "prot izskaidrot galvenos jēdzienus",
    "spēj patstāvīgi veikt uzdevumus",
    "prot salīdzināt un secināt",
    "atpazīst un nosauc galvenās pazīmes",
    "izskaidro cēloņsakarības",
    "prot pamatot savu viedokli",
    "lieto jaunos vārdus runā",
)

HOMEWORK: tuple[str, ...] = (
    "Uzd. 3.–7., 45. lpp.",
    "Iemācīties jēdzienus",
    "Darba lapa Nr. 4",
    "Izlasīt 2. nodaļu",
    "Sagatavot īsu prezentāciju",
    "Atkārtot tēmu; uzd. 12. lpp.",
)

SUBSTITUTION_REASONS_BAD: tuple[str, ...] = ("Skolotāja slimība", "Kursi", "Aizvietoja kolēģe")

# Preschool groups and learning areas (Mazulītis 3.7-3.8).
PRESCHOOL_GROUPS: tuple[str, ...] = (
    "Zīlītes", "Mārītes", "Bitītes", "Cālīši", "Lācīši", "Sprīdīši", "Pūcītes", "Ežuki",
    "Vāverītes", "Taurenīši", "Rūķīši", "Saulītes",
)  # fmt: skip
AREA_LANGUAGE = "Valodu mācību joma"
AREA_SOCIAL = "Sociālā un pilsoniskā mācību joma"
AREA_CULTURE = "Kultūras izpratnes un pašizpausmes mākslā mācību joma"
AREA_NATURE = "Dabaszinātņu mācību joma"
AREA_MATHS = "Matemātikas mācību joma"
AREA_TECHNOLOGY = "Tehnoloģiju mācību joma"
AREA_HEALTH = "Veselības un fiziskās aktivitātes mācību joma"
# The six areas a day's main entry rotates through; health has its own entry every day.
DOMINANT_AREAS: tuple[str, ...] = (
    AREA_LANGUAGE,
    AREA_MATHS,
    AREA_NATURE,
    AREA_SOCIAL,
    AREA_CULTURE,
    AREA_TECHNOLOGY,
)
ALL_AREAS: tuple[str, ...] = (*DOMINANT_AREAS, AREA_HEALTH)
# How the integrated areas are written under the dominant one: short, lower-case.
AREA_SHORT: dict[str, str] = {
    AREA_LANGUAGE: "valodu",
    AREA_SOCIAL: "sociālā un pilsoniskā",
    AREA_CULTURE: "kultūras izpratnes un pašizpausmes mākslā",
    AREA_NATURE: "dabaszinātņu",
    AREA_MATHS: "matemātikas",
    AREA_TECHNOLOGY: "tehnoloģiju",
    AREA_HEALTH: "veselības un fiziskās aktivitātes",
}
PRESCHOOL_THEMES: tuple[str, ...] = (
    "Rudens dārzā", "Mana ģimene", "Es un mani draugi", "Latvija – mana zeme",
    "Ziemassvētku gaidīšana",
    "Sniegs un ledus", "Putni ziemā", "Profesijas", "Pavasara ziedi", "Lieldienu tradīcijas",
    "Drošība uz ceļa", "Kukaiņu pasaule", "Vasaras prieki", "Ūdens un smiltis", "Jāņu ieražas",
    "Ogas un augļi",
)  # fmt: skip
PRESCHOOL_ACTIVITIES: tuple[str, ...] = (
    "sarunas aplī un zīmēšana", "āra rotaļnodarbība", "skaitīšana ar dabas materiāliem",
    "dziesmas un ritma spēles", "eksperimenti ar ūdeni", "konstruēšana no klucīšiem",
    "pasakas lasīšana un pārstāstīšana",
)  # fmt: skip
PRESCHOOL_HEALTH: tuple[str, ...] = (
    "Rīta vingrošana un kustību rotaļas", "Pastaiga svaigā gaisā", "Sporta rotaļnodarbība zālē",
    "Stafetes un līdzsvara vingrinājumi", "Deju kustības un ritmika",
)  # fmt: skip
PRESCHOOL_HOMEWORK: tuple[str, ...] = (
    "Kopā ar vecākiem savākt rudens lapas",
    "Kopā ar vecākiem uzzīmēt savu ģimeni",
    "Kopā ar vecākiem izgatavot putnu barotavu",
)
PRESCHOOL_INDIVIDUAL: tuple[str, ...] = (
    "Logopēda nodarbība: skaņa „R”",
    "Individuālais darbs: krāsu atpazīšana",
    "Sociālā pedagoga nodarbība",
    "Individuālais darbs: skaitīšana līdz 10",
)

SCHOOL_CONVERSATION_TOPICS: tuple[str, ...] = (
    "Mācību sasniegumi matemātikā",
    "Kavējumi un to iemesli",
    "Uzvedība stundās",
    "Sagatavošanās eksāmeniem",
    "Sadarbība ar atbalsta personālu",
    "Mācību motivācija",
)
PRESCHOOL_CONVERSATION_TOPICS: tuple[str, ...] = (
    "Bērna sasniedzamie rezultāti mēneša noslēgumā",
    "Iepazīstināšana ar iekšējās kārtības noteikumiem",
)

JOURNAL_OPTIONAL: tuple[str, ...] = ("Robotika", "Debašu klubs", "Matemātikas olimpiāžu pulciņš")
JOURNAL_INTEREST: tuple[str, ...] = (
    "Koris „Dziesmu vija”",
    "Tautas dejas „Ķipari”",
    "Vizuālās mākslas pulciņš",
)
