"""Where documents come from: files, folders, URLs (safe fetching), feeds, sitemaps, web archives, tables.

Each yields ``RawDocument``s (``documents.py``); nothing here parses articles."""
