"""The ``onrecord`` command: each command parses its options, calls the library, formats the result.

- ``main.py``: the group; ``reading.py``: ``read`` (and the batch ``ingest`` shares);
  ``record.py``: ``ingest``, ``quotes``, ``speakers``, ``speaker``, ``merge-speakers``,
  ``split-speaker``, ``echoes``, ``export``, ``errors``; ``measure.py``: ``eval``, ``train``;
  ``serve.py``; ``spark.py``;
- ``options.py``: options several commands share, defined once; ``output.py``: how they print;
  ``progress.py``: the progress bar.
"""

from onrecord.cli import measure, reading, record, serve, spark
from onrecord.cli.main import main

main.add_command(reading.read)
main.add_command(measure.eval_)
main.add_command(measure.train)
record.register(main)
serve.register(main)
spark.register(main)

__all__ = ["main"]
