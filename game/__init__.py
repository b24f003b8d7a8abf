"""Citizen Score: a serious game about living under a social credit score."""

__version__ = "0.1.0"
