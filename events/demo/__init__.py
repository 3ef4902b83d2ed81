"""Demo content of the events app (see seed.py)."""
