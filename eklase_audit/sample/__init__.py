"""Synthetic exports with planted violations."""
