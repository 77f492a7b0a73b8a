"""``python -m acutimer``: the same as the ``acutimer`` command."""

import sys

from acutimer.cli import main

sys.exit(main())
