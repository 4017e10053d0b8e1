"""Planted violations, pending records, rows that cannot be evaluated, and near misses.

Each module spoils one family of tables on purpose and records what the auditor must find.
"""

from eklase_audit.sample.planting.base import Planter

__all__ = ["Planter"]
