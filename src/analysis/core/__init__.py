"""Domain-free foundations.

Paths, errors, atomic files and hashing, tables, the data package, the lock, progress, lazy
facades. Imports nothing else from ``analysis``.
"""
