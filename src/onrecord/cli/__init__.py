"""The ``onrecord`` command: each command parses its options, calls the library, formats the result.

``main`` is the click group (``main.py``); the faces' commands join it from their modules.
"""

from onrecord.cli import record, serve, spark
from onrecord.cli.main import main

record.register(main)
serve.register(main)
spark.register(main)

__all__ = ["main"]
