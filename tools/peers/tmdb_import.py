"""Peer for `setu import`: translate-toolkit's tmdb (SQLite with an FTS3 index over sources) loading a TMX."""
import sys

from translate.storage import factory, tmdb

database = tmdb.TMDB(sys.argv[1], max_candidates=3, min_similarity=75, max_length=1000)
store = factory.getobject(sys.argv[2])
database.add_store(store, "hi", "en", commit=True)
