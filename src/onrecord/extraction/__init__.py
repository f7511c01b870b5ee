"""Raw documents to ``Article``s: plain-text pages, HTML pages, lines repeated across a site, article identity."""
