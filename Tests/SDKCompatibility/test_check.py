"""`palisade check` as a user runs it: text or a provider request on standard input, findings out."""

import json
import subprocess

from palisade_processes import BINARY


def _check(data: bytes) -> dict:
    result = subprocess.run([BINARY, "check"], input=data, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def test_a_request_is_inspected_segment_by_segment_with_roles():
    request = {
        "model": "gpt-4o",
        "messages": [
            {"role": "user", "content": "Look up the order for me."},
            {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
                                                  "function": {"name": "orders", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "Customer: priya.raman@fabrikam-mail.com"},
        ],
    }
    report = _check(json.dumps(request).encode())
    assert report["operation"] == "chat.completions"
    assert report["segments"] == 3
    emails = [f for f in report["findings"] if f["type"] == "EMAIL"]
    assert len(emails) == 1 and emails[0]["role"] == "tool"
    assert "invalidUTF8Sequences" not in report


def test_text_that_is_not_utf8_is_read_repaired_and_says_so():
    text = b"ref \xff\xfe then \xc3 mail priya.raman@fabrikam-mail.com"
    report = _check(text)
    assert report["invalidUTF8Sequences"] == 3
    repaired = text.decode("utf-8", errors="replace").encode()
    (email,) = [f for f in report["findings"] if f["type"] == "EMAIL"]
    start, end = email["utf8Range"]
    assert repaired[start:end] == b"priya.raman@fabrikam-mail.com"
