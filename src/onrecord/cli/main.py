"""The ``onrecord`` group: its options, its help with the exit codes; the commands join it from their
modules (``onrecord.cli`` registers them)."""

from __future__ import annotations

import click

from onrecord.cli.options import EXIT_CODES_HELP


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="onrecord")
def main() -> None:
    """onrecord: who said what in the news."""
