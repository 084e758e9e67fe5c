"""cleaner: boilerplate cleaner and corpus normaliser for scraped news pages.

>>> from cleaner import clean
>>> clean("A Headline Here\\n\\nThe story starts here.\\n\\nShare this").body
['The story starts here.']
"""

from .config import Config
from .errors import CleanerError, InputError, RuleError
from .pipeline import Cleaner, clean
from .record import Article, Credit, Dateline, Removal

__all__ = [
    "Article", "Cleaner", "CleanerError", "Config", "Credit", "Dateline", "InputError", "Removal",
    "RuleError", "clean",
]
__version__ = "0.1.0"
