"""Raw sheets to validated rows.

Reading sheets, validation, publication dates, curated reference tables, vocabulary, the
raw manifest.
"""
