"""The record on the web: the app, its guard, the JSON API, the pages, the page cache."""
