"""Constants and types shared by the reader tests (a module name of its own, so that it never
clashes with another folder's helpers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eklase_audit.io.model import ReadResult

# A lessons table as Latvian Excel saves it: two title lines and an empty line above the header.
LESSONS_TEXT = (
    "Rīgas paraugskola\r\n"
    "Stundu uzskaite: 7.b; 01.09.2025.–30.09.2025.\r\n"
    "\r\n"
    "Datums;Stunda;Klase;Priekšmets;Skolotājs;Tēma;Uzdots;Ievadīts\r\n"
    "01.09.2025.;1;7.b;Audzināšanas stunda;Gunta Ābele;Zinību diena;;01.09.2025. 10:12\r\n"
    '02.09.2025.;2;7.b;Matemātika;Pēteris Ķikāns;"Naturālie skaitļi; atkārtojums";'
    "Uzd. 1-5, 12. lpp.;02.09.2025. 15:40\r\n"
)

Writer = Callable[..., Path]
Reader = Callable[..., ReadResult]
