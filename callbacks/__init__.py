"""Thin Dash callbacks: read inputs, call pure builders, return outputs."""
