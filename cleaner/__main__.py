"""``python -m cleaner``: the same as the ``cleaner`` command."""

from .cli import main

if __name__ == "__main__":
    main()
