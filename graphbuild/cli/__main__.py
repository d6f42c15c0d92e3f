"""``python -m graphbuild.cli``: the policykg command."""

from . import main

if __name__ == "__main__":
    main()
