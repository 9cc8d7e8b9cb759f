"""Entry script of the frozen app: the same `calmkit` command the wheel installs."""

import sys

from calmkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
