"""``python -m graphbuilder``: the same command line as the ``graphbuilder`` script."""

from graphbuilder.cli import main

if __name__ == "__main__":
    main()
