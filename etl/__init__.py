"""ETL: narrative Vietnamese district reports → one tidy, traceable indicators table (see data/README.md)."""
