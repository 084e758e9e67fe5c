"""Tools for people who write rule files: explain, lint, test, scaffold, mine.

They sit beside the cleaning pipeline and only call its public pieces (``Cleaner``,
``Rulebook``, ``load_file``), so what they report is exactly what ``cleaner run`` does.
"""
