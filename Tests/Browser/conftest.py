"""Headless Chromium (the Debian package), driven over the DevTools protocol.

Pages are loaded from disk and inspected after Blink has laid them out, so checks see what a
reader would see: sizes of charts, overflow, scripts that ran, the security policy in force.
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import websocket

ROOT = Path(__file__).resolve().parents[2]
BINARY = os.environ.get("PALISADE_BIN", str(ROOT / ".build" / "debug" / "palisade"))


class Page:
    """One browser tab; `evaluate` returns the JSON value of an expression run in the page."""

    def __init__(self, socket: websocket.WebSocket, session: str):
        self._socket = socket
        self._session = session
        self._next_id = 100
        self.console_errors: list[str] = []

    def command(self, method: str, **params):
        self._next_id += 1
        message_id = self._next_id
        self._socket.send(json.dumps({"id": message_id, "method": method, "params": params, "sessionId": self._session}))
        while True:
            message = json.loads(self._socket.recv())
            self._note(message)
            if message.get("id") == message_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for(self, event: str) -> dict:
        while True:
            message = json.loads(self._socket.recv())
            self._note(message)
            if message.get("method") == event:
                return message.get("params", {})

    def open(self, url: str) -> None:
        self.command("Page.enable")
        self.command("Runtime.enable")
        self.command("Log.enable")
        self.command("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.command("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def _note(self, message: dict) -> None:
        if message.get("method") == "Runtime.exceptionThrown":
            self.console_errors.append(str(message["params"]["exceptionDetails"]))
        if message.get("method") == "Log.entryAdded" and message["params"]["entry"]["level"] == "error":
            self.console_errors.append(message["params"]["entry"]["text"])


@pytest.fixture
def browser_page():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "headless Chromium is installed by scripts/setup (Debian package chromium)"
    profile = tempfile.mkdtemp(prefix="palisade-chromium-")
    process = subprocess.Popen(
        [
            executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,900", "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        endpoint = None
        for line in process.stderr:
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                endpoint = match.group(1)
                break
        assert endpoint, "Chromium did not open its DevTools endpoint"
        socket = websocket.create_connection(endpoint, timeout=30)
        socket.send(json.dumps({"id": 1, "method": "Target.createTarget", "params": {"url": "about:blank"}}))
        target = _reply(socket, 1)["targetId"]
        socket.send(json.dumps({"id": 2, "method": "Target.attachToTarget", "params": {"targetId": target, "flatten": True}}))
        session = _reply(socket, 2)["sessionId"]
        yield Page(socket, session)
        socket.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


def _reply(socket: websocket.WebSocket, message_id: int) -> dict:
    while True:
        message = json.loads(socket.recv())
        if message.get("id") == message_id:
            return message["result"]
