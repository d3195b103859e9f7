"""The built `palisade` binary run as a user runs it: `simulator`, `apps create` and `serve`.

Shared by the Python test suites (SDK compatibility, browser checks) so that each starts real
processes the same way and stops them cleanly.
"""

import os
import re
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BINARY = os.environ.get("PALISADE_BIN", str(ROOT / ".build" / "debug" / "palisade"))
UPSTREAM_KEYS = {"OPENAI_API_KEY": "sk-upstream-for-tests", "ANTHROPIC_API_KEY": "sk-ant-upstream-for-tests"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
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


def create_application(name: str, data_dir: str) -> str:
    """Registers an application and returns its key, read from what `apps create` prints once."""
    created = subprocess.run(
        [BINARY, "apps", "create", name, "--data-dir", data_dir], check=True, capture_output=True, text=True
    ).stdout
    return re.search(r"^\s+(pal_\w+)\s*$", created, re.MULTILINE).group(1)


def start_simulator() -> tuple[subprocess.Popen, str]:
    """The simulated model on a free port, and its base URL (the Anthropic form, without /v1)."""
    simulator = subprocess.Popen([BINARY, "simulator", "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = simulator.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
    assert match, f"simulator did not report its port: {line!r}"
    return simulator, f"http://127.0.0.1:{match.group(1)}"


def start_gateway(data_dir: str, config: str, upstream: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """`palisade serve` with `config` as its palisade.yaml, in front of `upstream`; returns once ready."""
    config_path = Path(data_dir) / "palisade.yaml"
    config_path.write_text(config)
    port = free_port()
    server = subprocess.Popen(
        [
            BINARY, "serve", "--config", str(config_path), "--port", str(port), "--data-dir", data_dir,
            "--openai-base-url", upstream + "/v1", "--anthropic-base-url", upstream,
        ],
        env=env if env is not None else dict(os.environ, **UPSTREAM_KEYS),
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, server)
    except Exception:
        stop(server)
        raise
    return server, url


def stop(*processes: subprocess.Popen) -> None:
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def simulated_gateway(data_dir: str, config: str):
    """A gateway in front of the simulated model for the duration of the block; yields its URL."""
    simulator, upstream = start_simulator()
    try:
        server, url = start_gateway(data_dir, config, upstream)
        try:
            yield url
        finally:
            stop(server)
    finally:
        stop(simulator)
