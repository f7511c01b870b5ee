"""Annotated corpora: reading PolNeAR and the extraction benchmark, scoring against them, training from them."""
