"""``Article`` text to ``Statement``s, as spaCy components over a ``Doc`` (``pipeline.py`` says the order)."""
