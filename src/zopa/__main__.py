"""``python -m zopa`` runs the ``zopa`` command."""

from .cli import main

main()
