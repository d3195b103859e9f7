"""Durable audit through a crash: every answer the gateway gave before it was killed with
SIGKILL has its audit event on disk, and the chain still verifies.

The gateway is the built binary under concurrent load from plain HTTP clients; the checks are
the CLI an operator would run afterwards (`palisade audit verify` and `audit export`)."""

import json
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request

from palisade_processes import BINARY, create_application, start_gateway, start_simulator, stop

CLIENTS = 16
ANSWERS_BEFORE_KILL = 300

CONFIG = """\
audit:
  enabled: true
  durability: durable
  capture: full
  checkpoint_every: 50
"""


def _chat(url: str, key: str, index: int) -> str | None:
    """The request id of a 200 answer; None when the gateway did not answer (it was killed)."""
    body = json.dumps(
        {"model": "sim-gpt", "messages": [{"role": "user", "content": f"Question {index}: write to ops{index}@example.org"}]}
    ).encode()
    request = urllib.request.Request(
        url + "/v1/chat/completions",
        data=body,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
            return response.headers["X-Palisade-Request-Id"] if response.status == 200 else None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([BINARY, "audit", *arguments], capture_output=True, text=True, timeout=120)


def test_every_answer_before_a_sigkill_is_audited_and_the_chain_verifies(tmp_path):
    data_dir = str(tmp_path)
    simulator, upstream = start_simulator()
    key = create_application("crash-test", data_dir)
    server, url = start_gateway(data_dir, CONFIG, upstream, env={"OPENAI_API_KEY": "sk-upstream-for-tests", "PATH": "/usr/bin:/bin"})
    answered: list[str] = []
    failures_after_kill = threading.Event()
    killed = threading.Event()

    def client(offset: int) -> None:
        index = offset
        while not killed.is_set() or not failures_after_kill.is_set():
            request_id = _chat(url, key, index)
            if request_id is not None:
                answered.append(request_id)
            elif killed.is_set():
                failures_after_kill.set()
                return
            index += CLIENTS

    try:
        threads = [threading.Thread(target=client, args=(offset,)) for offset in range(CLIENTS)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while len(answered) < ANSWERS_BEFORE_KILL and time.monotonic() < deadline:
            time.sleep(0.01)
        # Mid-load: every client has a request in flight or about to be.
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        killed.set()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        stop(server, simulator)

    assert len(answered) >= ANSWERS_BEFORE_KILL, f"only {len(answered)} answers before the deadline"
    assert failures_after_kill.is_set(), "the kill did not interrupt the load"

    verify = _run("verify", "--data-dir", data_dir)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Intact." in verify.stdout

    export = _run("export", "--format", "jsonl", "--data-dir", data_dir)
    assert export.returncode == 0, export.stderr
    events = [json.loads(line) for line in export.stdout.splitlines()]
    audited = {event["id"] for event in events}
    missing = [request_id for request_id in answered if request_id not in audited]
    assert not missing, f"{len(missing)} of {len(answered)} answered requests have no audit event, e.g. {missing[:3]}"
    assert [event["sequence"] for event in events] == list(range(1, len(events) + 1))

    shown = _run("show", answered[-1], "--payloads", "--data-dir", data_dir)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["payloads"]["application_request"]
