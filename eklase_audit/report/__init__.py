"""Reporters: one module per output format; none computes a finding."""
