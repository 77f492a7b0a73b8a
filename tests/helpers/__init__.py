"""Shared test helpers: small routine files, source positions and an isolated user folder."""
