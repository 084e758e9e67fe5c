"""Engines that clean documents somewhere other than this machine's worker processes."""
