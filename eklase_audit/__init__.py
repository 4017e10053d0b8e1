"""eklase-audit: audits E-klase journal exports against a school's order on using the journal."""

__version__ = "0.1.0"
