"""Prefect flows over the `pipeline` library: wiring, retries, logging; no cleaning logic."""
