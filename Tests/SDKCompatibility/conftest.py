"""Starts a real `palisade serve` process in front of `palisade simulator` for the SDK tests.

Both are the built binary (PALISADE_BIN, default .build/debug/palisade), run exactly as a user
runs them; the SDKs are given only a base URL and a Palisade application key.
"""

from dataclasses import dataclass

import pytest

from palisade_processes import create_application, simulated_gateway


@dataclass
class Gateway:
    url: str
    key: str
    data_dir: str


@pytest.fixture(scope="session")
def gateway(tmp_path_factory):
    data_dir = str(tmp_path_factory.mktemp("palisade-sdk"))
    key = create_application("sdk-tests", data_dir)
    with simulated_gateway(data_dir, "applications:\n  sdk-tests:\n    redact: true\n") as url:
        yield Gateway(url=url, key=key, data_dir=data_dir)
