"""`python -m calmkit`."""

import sys

from calmkit.cli import main

sys.exit(main())
