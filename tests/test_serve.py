"""`saring serve` against a real Prefect server: start `prefect server start` on a free loopback
port with its own PREFECT_HOME, serve the deployment in a subprocess, trigger it with `prefect
deployment run`, wait for the run, find its output and its artifacts through the Prefect client,
and stop both processes by PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from prefect.client.orchestration import SyncPrefectClient
from prefect.client.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterName,
    FlowRunFilter,
    FlowRunFilterId,
)

from tests.conftest import RAW

BIN = Path(sys.executable).parent
DEPLOYMENT = "saring-clean/nightly"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    # A session of its own: the server's workers and the flow runs' processes are stopped with it.
    with open(log, "wb") as fh:
        return subprocess.Popen(args, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_healthy(api: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text()
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"prefect server did not start:\n{log.read_text()}")


@pytest.fixture()
def prefect_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A real Prefect server (SQLite under a temporary PREFECT_HOME) and the environment to reach it."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_LOGGING_LEVEL": "INFO",
    }
    server = _start(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env,
        tmp_path / "server.log",
    )
    try:
        _wait_until_healthy(api, server, tmp_path / "server.log")
        yield api, env
    finally:
        _stop(server)


def test_served_deployment_runs_and_reports_through_a_real_server(
    prefect_server: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    api, env = prefect_server
    out = tmp_path / "out"
    serve_log = tmp_path / "serve.log"
    served = _start(
        [
            str(BIN / "saring"),
            "serve",
            "--cron",
            "0 2 * * *",
            "--raw",
            str(RAW),
            "--out",
            str(out),
            "--name",
            "nightly",
            "--workers",
            "1",
        ],
        env,
        serve_log,
    )
    client = SyncPrefectClient(api)
    try:
        with client:
            deadline = time.monotonic() + 60
            while not client.read_deployments(
                deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["nightly"]))
            ):
                assert served.poll() is None, serve_log.read_text()
                assert time.monotonic() < deadline, serve_log.read_text()
                time.sleep(0.5)
            deployment = client.read_deployment_by_name(DEPLOYMENT)
            assert [s.schedule.cron for s in deployment.schedules] == ["0 2 * * *"]  # type: ignore[union-attr]
            assert deployment.parameters["out"] == str(out.resolve())

            triggered = subprocess.run(
                [str(BIN / "prefect"), "deployment", "run", DEPLOYMENT, "--watch", "--watch-timeout", "180"],
                env=env,
                capture_output=True,
                text=True,
                timeout=240,
            )
            assert triggered.returncode == 0, triggered.stdout + triggered.stderr + serve_log.read_text()

            runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id={"any_": [deployment.id]}))
            finished = [r for r in runs if r.state is not None and r.state.is_completed()]
            assert len(finished) == 1, [(r.name, r.state) for r in runs]
            artifacts = client.read_artifacts(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[finished[0].id]))
            )
    finally:
        _stop(served)

    assert {a.key for a in artifacts if a.key} == {
        "saring-run-report",
        "saring-flags-by-rule",
        "saring-corpus",
        "saring-review",
    }
    report = next(a for a in artifacts if a.key == "saring-run-report")
    assert "| kept (corpus) | 5 |" in str(report.data)
    assert pl.read_parquet(out / "corpus" / "*.parquet").height == 5
