"""Every command's `--help` reads as wrapped paragraphs: no sentence is cut by a line break that
the source text carried (the argument parser wraps at the terminal's width on its own, so a
hard break mid-sentence shows as a short line followed by one that would have fit on it)."""

import re
import subprocess

from palisade_processes import BINARY

WIDTH = 80


def _help(*command: str) -> str:
    result = subprocess.run([BINARY, *command, "--help"], capture_output=True, text=True, timeout=60,
                            env={"COLUMNS": str(WIDTH), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return result.stdout


def _subcommands(text: str) -> list[str]:
    section = text.split("SUBCOMMANDS:", 1)
    if len(section) < 2:
        return []
    return [match.group(1) for match in re.finditer(r"^  ([a-z][a-z-]*)\b", section[1], re.MULTILINE)]


def _help_texts() -> dict[tuple[str, ...], str]:
    """Every command and subcommand, with its help text."""
    texts = {(): _help()}
    for name in _subcommands(texts[()]):
        texts[(name,)] = _help(name)
        for child in _subcommands(texts[(name,)]):
            texts[(name, child)] = _help(name, child)
    return texts


def _broken_lines(text: str) -> list[str]:
    """Lines of the overview that end mid-sentence although the next line's first word fits."""
    overview = text.split("USAGE:", 1)[0].splitlines()
    broken = []
    for line, following in zip(overview, overview[1:]):
        if not line.strip() or not following.strip() or following.startswith(" ") or line.startswith(" "):
            continue
        if line.rstrip()[-1] in ".:)":
            continue
        first_word = following.split()[0]
        # The parser leaves the last column free.
        if len(line.rstrip()) + 1 + len(first_word) < WIDTH:
            broken.append(f"{line!r} / {following!r}")
    return broken


def test_every_help_overview_wraps_as_paragraphs():
    texts = _help_texts()
    assert len(texts) > 20, list(texts)
    broken = {" ".join(command) or "palisade": lines for command, text in texts.items() if (lines := _broken_lines(text))}
    assert broken == {}
