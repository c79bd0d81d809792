"""Test environment: a private Prefect home, no telemetry, no network, no SARING_* leaking in."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Prefect: its settings are read at import time.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="saring-test-prefect-")
os.environ.pop("PREFECT_API_URL", None)
os.environ["DO_NOT_TRACK"] = "1"
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "60"
for key in [k for k in os.environ if k.startswith("SARING_")]:
    del os.environ[key]

import pytest  # noqa: E402

from pipeline.clean import DocumentCleaner  # noqa: E402
from pipeline.config import Settings, load_settings  # noqa: E402
from pipeline.rules import Ruleset  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "raw"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def ruleset(settings: Settings) -> Ruleset:
    return Ruleset.from_settings(settings)


@pytest.fixture(scope="session")
def cleaner(settings: Settings) -> DocumentCleaner:
    return DocumentCleaner(settings)


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[None]:
    """One temporary Prefect API for the whole session (starting one costs ~8 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
