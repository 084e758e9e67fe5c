"""Rule files: schema, loading and validation, and the engine that applies them."""

from .loader import Rulebook, bundled_rules_dir, load_file
from .model import Rule, RuleFile, RuleSet

__all__ = ["Rule", "RuleFile", "RuleSet", "Rulebook", "bundled_rules_dir", "load_file"]
