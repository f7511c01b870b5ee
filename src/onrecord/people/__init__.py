"""Speakers across articles: the pure rules that tell whether two names are one person."""
