"""Domain-free report machinery.

House style, provenance, report configuration, the runner, the index. Knows nothing of
claims or external data: domain checks come in as callbacks.
"""
