"""Sub-commands of the CLI beyond check/rules/rule: each module exposes a click ``command``."""
