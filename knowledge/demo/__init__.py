"""Demo content of the knowledge pages: good practices, training modules, newsletters and press releases, written
in English (en.py) and translated in five mirrored modules; seed.py builds them through wagtail-localize."""
