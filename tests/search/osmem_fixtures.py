"""Fixtures for the Elasticsearch engine on the osmem test server (filled in by the search-engine work)."""
