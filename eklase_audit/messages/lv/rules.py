"""Messages of the rules area: each rule's title, what it finds, why it matters and two examples,
and the words for deadlines. The same texts feed `rules`, `explain`, the report and the README."""

_RULES: dict[str, dict[str, str]] = {
    "LES000": {
        "title": "Stunda no saraksta nav ievadīta žurnālā",
        "finds": (
            "Stunda, kas ir stundu sarakstā, bet pēc stundu ievades termiņa (LES001) žurnālā "
            "nav ierakstīta."
        ),
        "why": (
            "Ja notikusi stunda nav žurnālā, nav reģistrēta ne skolēnu apmeklētība, ne tēma; "
            "vecāki un skola redz robu."
        ),
        "example_bad": (
            "Stundu sarakstā 7.b klasei otrdienās 3. stundā ir matemātika; pārbaudē 10.10.2025. "
            "žurnālā nav ieraksta par otrdienu, 07.10.2025., 3. stundu."
        ),
        "example_good": (
            "Žurnālā ir 07.10.2025., 3. stunda, 7.b, matemātika, ievadīta 07.10.2025. plkst. 10:55."
        ),
    },
    "LES001": {
        "title": "Stunda ievadīta novēloti",
        "finds": (
            "Stunda (tēma un apmeklējums), kas žurnālā ievadīta pēc termiņa, ko kārtība nosaka "
            "šāda veida stundām."
        ),
        "why": (
            "Žurnālu vecāki un skolēni lasa tajā pašā dienā; kārtība nosaka, kad stundām tajā "
            "jābūt, un direktora vietniekam tas jāpārbauda."
        ),
        "example_bad": (
            "07.10.2025. stunda (7.b, matemātika) ievadīta 09.10.2025. plkst. 08:12; termiņš "
            "bija 07.10.2025. plkst. 17:00."
        ),
        "example_good": "07.10.2025. stunda ievadīta 07.10.2025. plkst. 14:40.",
    },
    "LES002": {
        "title": "Stundai nav tēmas",
        "finds": "Stundas ieraksts, kurā pēc stundu ievades termiņa joprojām nav tēmas.",
        "why": (
            "Tēma rāda, ko stundā mācīja: bez tās žurnāls neapliecina, ka programma ir apgūta, "
            "un skolēns, kurš stundu kavēja, nezina, kas jāapgūst."
        ),
        "example_bad": (
            "07.10.2025., 7.b, latviešu valoda: pārbaudē 10.10.2025. aile „Tēma” ir tukša."
        ),
        "example_good": (
            "07.10.2025., 7.b, latviešu valoda: tēma „Teikuma locekļi: teikuma priekšmets”."
        ),
    },
    "LES003": {
        "title": "Tēma neatbilst skolas paraugam",
        "finds": (
            "Stundas tēma, kas neatbilst kārtībā noteiktajam paraugam (piemēram, "
            "„SR: sasniedzamais rezultāts / Temats”)."
        ),
        "why": (
            "Skola nosaka vienotu tēmas pierakstu, lai katrai stundai būtu redzams "
            "sasniedzamais rezultāts; kārtība to prasa no ikviena pedagoga."
        ),
        "example_bad": "Tēma „Daļskaitļi” (nav „SR:” un sasniedzamā rezultāta).",
        "example_good": (
            "Tēma „SR: Prot saskaitīt daļskaitļus ar vienādiem saucējiem / Daļskaitļi”."
        ),
    },
    "LES004": {
        "title": "Aizvietojumam nav rīkojuma datuma un numura",
        "finds": (
            "Aizvietota stunda, kuras ailē „Iemesls” nav norādīts direktora rīkojuma datums un "
            "numurs."
        ),
        "why": (
            "Stundu aizvieto ar direktora rīkojumu; tā datums un numurs sasaista ierakstu ar "
            "rīkojumu samaksai un pārbaudēm."
        ),
        "example_bad": "Stundu aizvietoja J. Kalniņa, „Iemesls”: „slimība”.",
        "example_good": "„Iemesls”: „Rīkojums 06.10.2025. Nr. 1-11/45”.",
    },
    "LES005": {
        "title": "Nenotikušai stundai nav piezīmes",
        "finds": (
            "Stunda, kas nenotika, bet pie tās pašas klases un priekšmeta iepriekšējās stundas "
            "nav piezīmes ar iemeslu vai rīkojuma datumu un numuru."
        ),
        "why": (
            "Bez piezīmes vēlāk neviens nevar pateikt, kāpēc skolēniem nebija stundas; kārtība "
            "prasa iemeslu norādīt tur, kur to redz vecāki."
        ),
        "example_bad": (
            "7.b fizikas stunda 08.10.2025. nenotika; pie 06.10.2025. stundas nav piezīmes."
        ),
        "example_good": (
            "06.10.2025. „Piezīmes”: „08.10. stunda nenotiks: mācību ekskursija (rīkojums "
            "01.10.2025. Nr. 1-11/40)”."
        ),
    },
    "LES006": {
        "title": "Nedēļā nav audzināšanas stundas",
        "finds": (
            "Klase, kuras audzinātājs mācību nedēļā nav veicis neviena ieraksta par "
            "audzināšanas stundu (vairāki ieraksti ir pieļaujami; nedēļas, kas pilnībā ir "
            "brīvdienās, netiek skatītas)."
        ),
        "why": (
            "Kārtība prasa audzināšanas stundas ierakstu katru mācību nedēļu; ja tā nav, stunda "
            "nav notikusi vai nav reģistrēta."
        ),
        "example_bad": (
            "9.a klasei nedēļā no 13.10. līdz 17.10.2025. nav ieraksta „audzināšanas stunda”."
        ),
        "example_good": "9.a, 15.10.2025., audzināšanas stunda, tēma „Karjeras izvēle”.",
    },
    "LES007": {
        "title": "„Latvijas skolas soma” pasākums nav atzīmēts noteiktajos vārdos",
        "finds": (
            "Piezīme, kurā minēta „Latvijas skolas soma”, bet nav neviena no kārtībā noteiktajiem "
            "formulējumiem."
        ),
        "why": (
            "Programmas pasākumus uzskaita pēc šīm piezīmēm; noteiktie vārdi ļauj tos atrast un "
            "iekļaut atskaitēs."
        ),
        "example_bad": "„Piezīmes”: „bijām teātrī, skolas soma”.",
        "example_good": "„Piezīmes”: „Nodarbība „Latvijas skolas soma” ietvaros”.",
    },
    "HW001": {
        "title": "Mājasdarbs ievadīts novēloti",
        "finds": (
            "Uzdotais mājasdarbs (aile „Uzdots”), ja tāds ir, ievadīts vēlāk par kārtībā noteikto "
            "laiku."
        ),
        "why": (
            "Skolēni un vecāki vakaru plāno pēc žurnāla; novēloti ievadītu mājasdarbu nevar "
            "izpildīt laikā."
        ),
        "example_bad": (
            "07.10.2025. mājasdarbs ievadīts 07.10.2025. plkst. 21:30; termiņš bija plkst. 18:00."
        ),
        "example_good": "Mājasdarbs ievadīts 07.10.2025. plkst. 15:10.",
    },
    "ABS001": {
        "title": "Kavējums ievadīts novēloti",
        "finds": "Kavējuma atzīme, kas ievadīta pēc kārtībā noteiktā termiņa.",
        "why": (
            "Par kavējumiem vecāki uzzina no žurnāla; novēlota atzīme nozīmē, ka vecāki par "
            "bērna neierašanos uzzina par vēlu."
        ),
        "example_bad": (
            "07.10.2025. 2. stundas kavējums ievadīts 08.10.2025. plkst. 09:00; termiņš bija "
            "07.10.2025. plkst. 17:00."
        ),
        "example_good": "Kavējums ievadīts 07.10.2025. plkst. 10:05.",
    },
    "ABS002": {
        "title": "Neatļauts kavējuma apzīmējums",
        "finds": (
            "Kavējuma apzīmējums, kura kārtībā nav, vai tukša aile bez kārtībā prasītās piezīmes "
            "(piemēram, „izglītība ģimenē”)."
        ),
        "why": (
            "Apmeklējuma atskaites skaita apzīmējumus: nezināmu apzīmējumu saskaita nepareizi, "
            "bet tukša aile bez piezīmes izskatās pēc neievadīta kavējuma."
        ),
        "example_bad": "Slimam bērnam apzīmējums „s”.",
        "example_good": "Apzīmējums „NS” (slimības dēļ, ir ārsta zīme).",
    },
    "ABS003": {
        "title": "Kavējuma zīme reģistrēta novēloti",
        "finds": (
            "Attaisnojuma zīme, kas reģistrēta vēlāk, nekā kārtība pieļauj pēc tās iesniegšanas."
        ),
        "why": (
            "Kamēr zīme nav reģistrēta, kavējums skaitās neattaisnots gan atskaitēs, gan vecāku "
            "skatā."
        ),
        "example_bad": (
            "Zīme iesniegta 06.10.2025., kavējums attaisnots 09.10.2025.; termiņš bija 07.10.2025."
        ),
        "example_good": "Zīme iesniegta 06.10.2025., kavējums attaisnots 06.10.2025.",
    },
    "GRD001": {
        "title": "Vērtējums ievadīts novēloti",
        "finds": (
            "Vērtējums, kas ievadīts pēc termiņa, ko kārtība nosaka šāda veida darbam, skaitot "
            "no darba datuma, iesniegšanas vai labošanas dienas, kā noteikts profilā."
        ),
        "why": (
            "Skolēniem un vecākiem rezultāts vajadzīgs, kamēr tas vēl var palīdzēt; kārtība "
            "nosaka, cik ātri jāvērtē katrs darba veids."
        ),
        "example_bad": (
            "01.10.2025. pārbaudes darbs novērtēts 09.10.2025.; termiņš bija 06.10.2025. beigas "
            "(3 darba dienas)."
        ),
        "example_good": "Pārbaudes darbs novērtēts 03.10.2025.",
    },
    "GRD002": {
        "title": "Vērtējums neatbilst darba veidam",
        "finds": (
            "Vērtējums, kura forma neatbilst darba veidam (piemēram, skaitlis tur, kur kārtība "
            "prasa „ieskaitīts”/„neieskaitīts”, vai burts, kas nav S, T, A, P)."
        ),
        "why": (
            "No vērtējumiem aprēķina vidējos vērtējumus, liecības un kopsavilkuma žurnālus; "
            "nepareizas formas vērtējumu saskaita kļūdaini vai neņem vērā nemaz."
        ),
        "example_bad": "Darba veids „ieskaitīts/neieskaitīts”, vērtējums „7”.",
        "example_good": "Darba veids „ieskaitīts/neieskaitīts”, vērtējums „ieskaitīts”.",
    },
    "TRM001": {
        "title": "Semestra vai gada vērtējums ievadīts novēloti",
        "finds": (
            "Semestra vai gada vērtējums, kas ievadīts pēc kārtībā noteiktā termiņa "
            "(pēcpārbaudījumu vērtējumi netiek pārbaudīti)."
        ),
        "why": (
            "Perioda beigās no šiem vērtējumiem drukā liecības; novēlots vērtējums aizkavē "
            "liecības un kopsavilkuma žurnālu."
        ),
        "example_bad": "1. semestra vērtējums ievadīts 22.12.2025.; semestris beidzās 19.12.2025.",
        "example_good": "1. semestra vērtējums ievadīts 16.12.2025.",
    },
    "TRM002": {
        "title": "Trūkst semestra vai gada vērtējuma",
        "finds": (
            "Skolēns, kuram periodā ir vērtējumi mācību priekšmetā, bet pēc termiņa nav semestra "
            "vai gada vērtējuma."
        ),
        "why": (
            "Trūkstošs vērtējums nozīmē tukšu vietu liecībā un nepilnīgu kopsavilkuma žurnālu."
        ),
        "example_bad": (
            "Annai Bērziņai 1. semestrī ķīmijā ir seši vērtējumi, bet pārbaudē 05.01.2026. nav "
            "semestra vērtējuma."
        ),
        "example_good": "Anna Bērziņa, ķīmija, 1. semestris: 7.",
    },
    "TRM003": {
        "title": "Atbrīvojums ierakstīts ar nepareizu apzīmējumu",
        "finds": (
            "Atbrīvojums semestra vai gada vērtējumā, kas ierakstīts ar citu apzīmējumu, nekā "
            "nosaka kārtība, vai atbrīvojuma apzīmējums, kas lietots kā parasts vērtējums."
        ),
        "why": (
            "Liecības un Valsts izglītības informācijas sistēma atbrīvojuma apzīmējumu nolasa "
            "burtiski: vienā skolā jābūt vienam apzīmējumam."
        ),
        "example_bad": "Atbrīvota skolēna gada vērtējums sportā: „atbr.” (kārtība nosaka „atb”).",
        "example_good": "Atbrīvota skolēna gada vērtējums sportā: „atb”.",
    },
    "TRM004": {
        "title": "Pirms brīvdienām nav starpvērtējuma",
        "finds": (
            "Skolēns, kuram mācību priekšmetā līdz pēdējai darba dienai pirms rudens vai "
            "pavasara brīvdienām nav semestra starpvērtējuma."
        ),
        "why": (
            "Klases audzinātājs pirms brīvdienām drukā liecības ar starpvērtējumiem; trūkstošs "
            "vērtējums atstāj tukšu vietu liecībā, ko saņem vecāki."
        ),
        "example_bad": (
            "Jānim Ozolam matemātikā 17.10.2025., pēdējā darba dienā pirms rudens brīvdienām, "
            "nav starpvērtējuma."
        ),
        "example_good": "Starpvērtējums ievadīts 15.10.2025.",
    },
    "REP001": {
        "title": "Mēneša sekmju izraksts novēlots vai nav sagatavots",
        "finds": (
            "Klase, kuras mēneša sekmju izraksts nosūtīts, izdrukāts vai izsniegts pēc kārtībā "
            "noteiktās dienas vai nav sagatavots vispār."
        ),
        "why": (
            "Ar mēneša izrakstu vecāki seko sekmēm, katru dienu neatverot E-klasi. Papīra "
            "izraksts ir atļauts, tāpēc tas ir brīdinājums: pirms rīkoties, pārbaudiet papīra "
            "uzskaiti."
        ),
        "example_bad": (
            "7.b, 2025. gada septembris: pārbaudē 10.10.2025. izraksts nav reģistrēts (termiņš "
            "05.10.2025.)."
        ),
        "example_good": "7.b, 2025. gada septembris: nosūtīts 03.10.2025.",
    },
    "REP002": {
        "title": "Mēneša kavējumu apkopojums novēlots",
        "finds": (
            "Klase, kuras mēneša kavējumu un uzvedības apkopojums sagatavots pēc kārtībā "
            "noteiktā termiņa vai nav sagatavots vispār."
        ),
        "why": (
            "Apkopojums ir pamats sarunām par kavējumiem ar vecākiem un sociālo dienestu; "
            "novēlots tas vairs nav aktuāls."
        ),
        "example_bad": (
            "5.a, 2025. gada oktobris: apkopojums sagatavots 04.11.2025.; termiņš 31.10.2025."
        ),
        "example_good": "5.a, 2025. gada oktobris: apkopojums sagatavots 30.10.2025.",
    },
    "REP003": {
        "title": "Mēneša apmeklējuma atskaite novēlota",
        "finds": (
            "Grupa, kuras mēneša apmeklējuma atskaite izveidota pēc kārtībā noteiktā termiņa vai "
            "nav izveidota vispār."
        ),
        "why": (
            "Apmeklējuma atskaiti izmanto pašvaldības maksām un statistikai; tā laikus jāizveido "
            "par katru mēnesi."
        ),
        "example_bad": (
            "Grupa „Saulītes”, 2025. gada oktobris: atskaite izveidota 03.11.2025.; termiņš "
            "31.10.2025."
        ),
        "example_good": "Grupa „Saulītes”, 2025. gada oktobris: atskaite izveidota 31.10.2025.",
    },
    "CNV001": {
        "title": "Individuālā saruna ievadīta novēloti",
        "finds": (
            "Individuālā saruna ar skolēnu vai vecākiem, kas ievadīta pēc kārtībā noteiktā termiņa."
        ),
        "why": (
            "Sarunas ieraksts apliecina, par ko skola ar ģimeni vienojās; ja to ievada vēlu, "
            "detaļas aizmirstas."
        ),
        "example_bad": "06.10.2025. saruna ievadīta 10.10.2025.; termiņš bija 07.10.2025. beigas.",
        "example_good": "06.10.2025. saruna ievadīta 06.10.2025.",
    },
    "PLN001": {
        "title": "Mēneša plāns ievadīts novēloti",
        "finds": "Grupas mēneša plāns, kas ievadīts pēc iepriekšējā mēneša pēdējās darba dienas.",
        "why": (
            "Mēneša plāns nosaka tematu un sasniedzamos rezultātus, uz kuriem balstās viss "
            "mēnesis; kārtība prasa, lai tas būtu gatavs pirms mēneša sākuma."
        ),
        "example_bad": "2025. gada novembra plāns ievadīts 03.11.2025.; termiņš 31.10.2025.",
        "example_good": "2025. gada novembra plāns ievadīts 28.10.2025.",
    },
    "PLN002": {
        "title": "Nedēļas plāns ievadīts novēloti",
        "finds": (
            "Grupas nedēļas plāns, kas ievadīts pēc kārtībā noteiktā laika iepriekšējās nedēļas "
            "piektdienā."
        ),
        "why": (
            "Pēc nedēļas plāna pirmdienas rītā strādā pedagogi un pedagogu palīgi; kārtība prasa, "
            "lai tas būtu gatavs iepriekšējā piektdienā."
        ),
        "example_bad": (
            "Plāns nedēļai no 13.10.2025. ievadīts 12.10.2025. plkst. 20:15; termiņš bija "
            "piektdiena, 10.10.2025., plkst. 19:00."
        ),
        "example_good": "Plāns ievadīts 10.10.2025. plkst. 16:30.",
    },
    "PRE001": {
        "title": "Nedēļā nav visu septiņu mācību jomu",
        "finds": (
            "Grupas nedēļa, kurā žurnālā nav visu septiņu mācību jomu (valodu; sociālās un "
            "pilsoniskās; kultūras izpratnes un pašizpausmes mākslā; dabaszinātņu; matemātikas; "
            "tehnoloģiju; veselības un fiziskās aktivitātes)."
        ),
        "why": (
            "Pirmsskolas vadlīnijas prasa katru nedēļu īstenot visu saturu; ja kādas jomas nav, "
            "bērni daļu no tā nav apguvuši."
        ),
        "example_bad": (
            "Grupa „Saulītes”, nedēļa no 13.10. līdz 17.10.2025.: nav tehnoloģiju jomas."
        ),
        "example_good": "Nedēļā 15.10.2025. ir „Tehnoloģiju joma”.",
    },
    "PRE002": {
        "title": "Dienā nav veselības un fiziskās aktivitātes jomas",
        "finds": "Grupas diena, kurā žurnālā nav ieraksta veselības un fiziskās aktivitātes jomā.",
        "why": (
            "Kārtība prasa veselības un fiziskās aktivitātes jomu katru dienu; žurnāls apliecina, "
            "ka tā notika."
        ),
        "example_bad": "Grupa „Saulītes”, 14.10.2025.: tikai valodu un matemātikas joma.",
        "example_good": "14.10.2025. ir arī „Veselības un fiziskās aktivitātes joma”.",
    },
    "TST001": {
        "title": "Pārbaudes darbs nav plānotājā",
        "finds": (
            "Novērtēts pārbaudes darbs, kuram nav ieraksta pārbaudes darbu plānotājā, vai "
            "plānotāja ieraksts bez ilguma (1 vai 2 mācību stundas) un apjoma."
        ),
        "why": (
            "Plānotājs neļauj vienā dienā sakrāt vairākus pārbaudes darbus un rāda skolēnu "
            "slodzi; darbs ārpus plānotāja to izjauc."
        ),
        "example_bad": (
            "7.b vēstures pārbaudes darbs par 08.10.2025. novērtēts, bet plānotājā tajā dienā "
            "7.b vēsturei ieraksta nav."
        ),
        "example_good": (
            "Plānotājā: 08.10.2025., 7.b, vēsture, 1 stunda, „temata noslēguma pārbaudes darbs”."
        ),
    },
    "SET001": {
        "title": "Stundu saraksts ievadīts novēloti",
        "finds": (
            "Klases stundu saraksts, kas žurnālā ievadīts pēc kārtībā noteiktā termiņa mācību "
            "gada vai semestra sākumā."
        ),
        "why": (
            "No stundu saraksta jau pirmajā dienā ir atkarīga stundu un kavējumu ievade un "
            "pārbaudes, kas balstās sarakstā."
        ),
        "example_bad": "7.b stundu saraksts ievadīts 05.09.2025.; termiņš 01.09.2025.",
        "example_good": "7.b stundu saraksts ievadīts 29.08.2025.",
    },
    "SET002": {
        "title": "Žurnāls vai grupa izveidota novēloti",
        "finds": (
            "Žurnāls vai grupa (fakultatīvs, individuālais darbs, interešu izglītība, mācību "
            "priekšmeta grupa), kas izveidota pēc kārtībā noteiktā termiņa mācību gada vai "
            "semestra sākumā."
        ),
        "why": (
            "Kamēr žurnāla nav, tā stundas un vērtējumus nevar ievadīt, tāpēc katrs ieraksts "
            "līdz tam būs novēlots."
        ),
        "example_bad": (
            "Interešu izglītības žurnāls „Koris” izveidots 22.09.2025.; termiņš 15.09.2025."
        ),
        "example_good": "„Koris” izveidots 10.09.2025.",
    },
    "ACC001": {
        "title": "Piekļuve nav anulēta pēc aiziešanas",
        "finds": (
            "Darbinieks vai skolēns, kurš ir aizgājis, bet kuram pēc aiziešanas dienas joprojām "
            "ir aktīva piekļuve E-klasei."
        ),
        "why": (
            "Skolēnu personas datiem jābūt slēgtiem cilvēkiem, kuri skolai vairs nepieder; "
            "kārtība prasa viņu piekļuvi anulēt."
        ),
        "example_bad": (
            "Skolotāja aizgāja 31.08.2025.; pārbaudē 10.10.2025. piekļuve joprojām ir aktīva."
        ),
        "example_good": "Piekļuve slēgta 31.08.2025.",
    },
    "ACC002": {
        "title": "Vecāka konts pieslēgts novēloti",
        "finds": (
            "Vecāka vai skolēna konts, kas pieslēgts vēlāk, nekā kārtība pieļauj pēc iesnieguma."
        ),
        "why": (
            "Vecāki, kuri iesniegumu iesnieguši, bet nevar pieslēgties, neredz vērtējumus un "
            "ziņas; kārtība sola pieslēgumu nedēļas laikā."
        ),
        "example_bad": "Iesniegums 01.09.2025., pieslēgts 15.09.2025.; termiņš 08.09.2025.",
        "example_good": "Iesniegums 01.09.2025., pieslēgts 03.09.2025.",
    },
    "DQ001": {
        "title": "Ievades laiks pirms notikuma",
        "finds": (
            "Ieraksts, kas ievadīts pirms notikuma, ko tas apraksta, lai gan tas nav iespējams: "
            "vērtējums pirms darba datuma, kavējums pirms tā dienas, saruna pirms tā notika."
        ),
        "why": (
            "Šādi laiki norāda uz nepareizu datumu vai pulksteni eksportā; šo rindu termiņu "
            "pārbaudēm nevar uzticēties."
        ),
        "example_bad": "10.10.2025. darba vērtējums ievadīts 08.10.2025.",
        "example_good": "10.10.2025. darba vērtējums ievadīts 13.10.2025.",
    },
    "DQ002": {
        "title": "Tas pats ieraksts divreiz",
        "finds": (
            "Ieraksts, kas atkārtojas ar tādu pašu atslēgu (piemēram, tā pati stunda: datums, "
            "stundas numurs, klase, grupa, priekšmets). Pārējie noteikumi pārbauda tikai pirmo."
        ),
        "why": (
            "Dublikāti parasti nozīmē, ka eksports pievienots divreiz; ja tos skaitītu divreiz, "
            "visi skaitļi būtu par lielu."
        ),
        "example_bad": "Divas rindas par 07.10.2025., 3. stundu, 7.b, matemātiku.",
        "example_good": "Katrai stundai viena rinda.",
    },
    "DQ003": {
        "title": "Rinda, ko nevarēja nolasīt",
        "finds": (
            "Ievades faila rinda, ko nevarēja nolasīt (piemēram, tukšs vai neiespējams datums), "
            "ar failu, rindu, kolonnu, vērtību un iemeslu."
        ),
        "why": (
            "Nekas netiek izmests klusām: nenolasīta rinda nav pārbaudīta, un iemesls pasaka, kā "
            "eksportu salabot."
        ),
        "example_bad": "stundas.csv, 17. rinda: „Datums” „31.09.2025” nav datums.",
        "example_good": "„Datums” „30.09.2025”.",
    },
}

MESSAGES: dict[str, str] = {
    **{
        f"rule.{code}.{field}": text
        for code, fields in _RULES.items()
        for field, text in fields.items()
    },
    "rule.heading.finds": "Ko atrod",
    "rule.heading.why": "Kāpēc tas ir svarīgi",
    "rule.heading.example_bad": "Pārkāpuma piemērs",
    "rule.heading.example_good": "Pareizs ieraksts",
    "rule.heading.deadline": "Termiņš",
    "rule.heading.citation": "Avots",
    "citation.data_quality": "datu kvalitāte",
    # Deadlines in words. {n} is a number, {nth} the same as an ordinal, {time} HH:MM.
    "deadline.unchecked": "netiek pārbaudīts",
    "deadline.other": "pārējie",
    "deadline.improved": "uzlabots vērtējums (5|7): tas pats termiņš, skaitot no labošanas dienas",
    "deadline.from_rule": "tāds pats termiņš kā {rule}",
    "deadline.bell_default": (
        "stundu laiki ņemti no vispārējā zvanu saraksta; tas ir noklusējums, kas skolai "
        "jāapstiprina"
    ),
    "deadline.lesson_end": "līdz stundas beigām (pēc zvanu saraksta)",
    "deadline.same_day": "tajā pašā dienā līdz plkst. {time}",
    "deadline.same_day.end": "līdz tās pašas dienas beigām",
    "deadline.working_days": "{n} darba dienu laikā",
    "deadline.working_days.one": "{n} darba dienas laikā",
    "deadline.working_days.long": "līdz {nth} darba dienas beigām pēc {origin}",
    "deadline.days": "{n} dienu laikā",
    "deadline.days.one": "{n} dienas laikā",
    "deadline.days.long": "līdz {nth} dienas beigām pēc {origin}",
    "deadline.days.roll_forward": (
        "; ja tā nav darba diena, termiņš pārceļas uz nākamās darba dienas beigām"
    ),
    "deadline.next_lesson": "līdz nākamajai tās pašas klases un priekšmeta stundai",
    "deadline.month_day": "līdz nākamā mēneša {nth} datumam",
    "deadline.last_day_of_month": "līdz mēneša pēdējās dienas beigām",
    "deadline.last_working_day_of_month": "līdz mēneša pēdējās darba dienas beigām",
    "deadline.last_working_day_of_previous_month": (
        "līdz iepriekšējā mēneša pēdējās darba dienas beigām"
    ),
    "deadline.previous_friday": "līdz iepriekšējās nedēļas piektdienai plkst. {time}",
    "deadline.before_period_end": "ne vēlāk kā {n} dienas pirms perioda (semestra, gada) beigām",
    "deadline.before_period_end.one": (
        "ne vēlāk kā {n} dienu pirms perioda (semestra, gada) beigām"
    ),
    "deadline.before_break": "līdz pēdējai darba dienai pirms rudens vai pavasara brīvdienām",
    "deadline.period_end": "līdz perioda (semestra, gada) pēdējai dienai",
    "deadline.period_start_by": "līdz {day}. {month}",
    "deadline.period_start_working_days": (
        "līdz perioda {nth} darba dienas beigām (pirmo dienu ieskaitot)"
    ),
    # What a deadline counts from ("pēc ..."), in the genitive.
    "origin.date": "notikuma dienas",
    "origin.date.lessons": "stundas dienas",
    "origin.date.grades": "darba datuma",
    "origin.date.absences": "kavējuma dienas",
    "origin.date.conversations": "sarunas dienas",
    "origin.date.journals": "semestra pirmās dienas",
    "origin.date.timetable": "semestra pirmās dienas",
    "origin.submitted_at": "darba iesniegšanas dienas",
    "origin.corrected_at": "labojuma dienas",
    "origin.note_submitted_at": "zīmes iesniegšanas dienas",
    "origin.left_at": "aiziešanas dienas",
    "origin.requested_at": "iesnieguma dienas",
    # Months in the dative, after "līdz {day}.": "līdz 1. septembrim".
    "month.to.1": "janvārim",
    "month.to.2": "februārim",
    "month.to.3": "martam",
    "month.to.4": "aprīlim",
    "month.to.5": "maijam",
    "month.to.6": "jūnijam",
    "month.to.7": "jūlijam",
    "month.to.8": "augustam",
    "month.to.9": "septembrim",
    "month.to.10": "oktobrim",
    "month.to.11": "novembrim",
    "month.to.12": "decembrim",
}
