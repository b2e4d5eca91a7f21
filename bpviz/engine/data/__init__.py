"""Data sets: generators, features, CSV files and the rule for reading a typed number."""
