"""Seeded pseudo-randomness that is the same on every machine and Polars version.

Rows draw their randomness from a hash of stable integer keys (class, day, lesson, student) and
the seed, computed with the SplitMix64 finaliser in plain unsigned arithmetic, so that a data set
is reproduced byte for byte from its arguments, and big tables need no Python loop.
"""

from __future__ import annotations

import hashlib
import random

import polars as pl

_MASK = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15
_M1 = 0xBF58476D1CE4E5B9
_M2 = 0x94D049BB133111EB


def salt(seed: int, purpose: str) -> int:
    """A 64-bit salt for one use of randomness: the same seed gives unrelated streams."""
    digest = hashlib.blake2b(f"{seed}:{purpose}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def mix(key: int, salt_value: int) -> int:
    """The same function as :func:`mix_expr`, on a Python int."""
    x = ((key & _MASK) ^ (salt_value & _MASK)) + _GOLDEN
    x &= _MASK
    x ^= x >> 30
    x = (x * _M1) & _MASK
    x ^= x >> 27
    x = (x * _M2) & _MASK
    x ^= x >> 31
    return x


def _u64(value: int) -> pl.Expr:
    return pl.lit(value & _MASK, dtype=pl.UInt64)


def mix_expr(key: pl.Expr, salt_value: int) -> pl.Expr:
    """A well-spread UInt64 from an integer key expression and a salt."""
    x = key.cast(pl.UInt64) ^ _u64(salt_value)
    x = x + _u64(_GOLDEN)
    x = x ^ (x // _u64(1 << 30))
    x = x * _u64(_M1)
    x = x ^ (x // _u64(1 << 27))
    x = x * _u64(_M2)
    x = x ^ (x // _u64(1 << 31))
    return x


def uniform(key: pl.Expr, salt_value: int) -> pl.Expr:
    """A float in [0, 1) from a key."""
    return (mix_expr(key, salt_value) // _u64(1 << 11)).cast(pl.Float64) / float(1 << 53)


def below(key: pl.Expr, salt_value: int, n: int) -> pl.Expr:
    """An integer in [0, n) from a key."""
    return (mix_expr(key, salt_value) % _u64(n)).cast(pl.Int64)


def combine(*keys: pl.Expr) -> pl.Expr:
    """One integer key from several small non-negative integer keys."""
    out = pl.lit(0, dtype=pl.UInt64)
    for key in keys:
        out = out * _u64(1_000_003) + key.cast(pl.UInt64)
    return out


def rng(seed: int, purpose: str) -> random.Random:
    """A Python generator for small choices (planted cases, teachers, timetables)."""
    return random.Random(salt(seed, purpose))
