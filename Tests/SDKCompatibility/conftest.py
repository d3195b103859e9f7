"""Starts a real `palisade serve` process in front of `palisade simulator` for the SDK tests.

Both are the built binary (PALISADE_BIN, default .build/debug/palisade), run exactly as a user
runs them; the SDKs are given only a base URL and a Palisade application key.
"""

import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = os.environ.get("PALISADE_BIN", str(ROOT / ".build" / "debug" / "palisade"))


@dataclass
class Gateway:
    url: str
    key: str
    data_dir: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_ready(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"palisade exited early with status {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("palisade did not become ready in time")


@pytest.fixture(scope="session")
def gateway():
    data_dir = tempfile.mkdtemp(prefix="palisade-sdk-")
    simulator = subprocess.Popen([BINARY, "simulator", "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = simulator.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
    assert match, f"simulator did not report its port: {line!r}"
    upstream = f"http://127.0.0.1:{match.group(1)}"

    created = subprocess.run(
        [BINARY, "apps", "create", "sdk-tests", "--data-dir", data_dir], check=True, capture_output=True, text=True
    ).stdout
    key = re.search(r"^\s+(pal_\w+)\s*$", created, re.MULTILINE).group(1)

    config = Path(data_dir) / "palisade.yaml"
    config.write_text("applications:\n  sdk-tests:\n    redact: true\n")

    port = _free_port()
    env = dict(os.environ, OPENAI_API_KEY="sk-upstream-for-tests", ANTHROPIC_API_KEY="sk-ant-upstream-for-tests")
    server = subprocess.Popen(
        [
            BINARY, "serve", "--config", str(config), "--port", str(port), "--data-dir", data_dir,
            "--openai-base-url", upstream + "/v1", "--anthropic-base-url", upstream,
        ],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, server)
        yield Gateway(url=url, key=key, data_dir=data_dir)
    finally:
        for process in (server, simulator):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
