"""Benchmarks: a bulk data generator and per-page timings, run against a generated DuckDB file."""
