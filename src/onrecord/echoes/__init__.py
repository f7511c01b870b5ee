"""Echoes: the same quotation across articles and outlets (``fingerprints``: how two contents are found to
be the same words; ``variants``: how one differs from another, word by word). Pure rules: the store keeps
the index and the groups (``store/echoes.py``)."""
