"""English language facts."""
from .structure import *  # noqa: F401,F403
from .values import *  # noqa: F401,F403
