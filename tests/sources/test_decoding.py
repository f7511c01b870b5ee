"""Inputs: from a path or bytes to text, with one-line errors that name the input."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from onrecord.errors import BinaryInput, EmptyInput, InputError, InputTooLarge, UnsupportedInput
from onrecord.sources.decoding import DEFAULT_MAX_BYTES, decode_bytes, format_size, load_path, looks_like_html


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_reads_utf8_unchanged(tmp_path: Path):
    text = "  Headline\r\n\r\nIt\u2019s \u2018quoted\u2019 \u2014 and trailing spaces   \n\n\n"
    assert load_path(_write(tmp_path / "a.txt", text.encode("utf-8"))) == text


def test_strips_only_the_bom(tmp_path: Path):
    path = _write(tmp_path / "bom.txt", b"\xef\xbb\xbf\n Title\n")
    assert load_path(path) == "\n Title\n"


def test_utf16_with_bom(tmp_path: Path):
    path = _write(tmp_path / "u16.txt", "caf\u00e9 ok\n".encode("utf-16"))
    assert load_path(path) == "caf\u00e9 ok\n"


def test_latin1_file_reads_correctly(tmp_path: Path):
    path = _write(tmp_path / "latin1.txt", "Le caf\u00e9 est ferm\u00e9.\n".encode("latin-1"))
    assert load_path(path) == "Le caf\u00e9 est ferm\u00e9.\n"


def test_cp1252_quotes(tmp_path: Path):
    path = _write(tmp_path / "cp1252.txt", b"\x93Quoted\x94 and \x85")
    assert load_path(path) == "\u201cQuoted\u201d and \u2026"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_and_whitespace_only(tmp_path: Path, data: bytes):
    path = _write(tmp_path / "empty.txt", data)
    with pytest.raises(EmptyInput) as err:
        load_path(path)
    assert err.value.one_line() == f"{path}: empty file"
    assert err.value.input == path


def test_random_bytes_with_nuls_are_binary(tmp_path: Path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 16
    path = _write(tmp_path / "noise.txt", data)
    with pytest.raises(BinaryInput) as err:
        load_path(path)
    assert err.value.one_line().startswith(f"{path}: ")
    assert "\n" not in err.value.one_line()


def test_control_characters_without_nul_are_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50 + b"some text" * 10
    with pytest.raises(BinaryInput):
        decode_bytes(data, "ctl.bin")


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (gzip.compress(b"hello world"), "gzip"),
    ],
)
def test_known_binary_formats_are_named(tmp_path: Path, data: bytes, kind: str):
    path = _write(tmp_path / "file.txt", data)
    with pytest.raises(BinaryInput) as err:
        load_path(path)
    assert kind in err.value.message


def test_five_megabytes_is_too_large(tmp_path: Path):
    path = _write(tmp_path / "big.txt", b"word " * (1024 * 1024))  # 5,242,880 bytes
    with pytest.raises(InputTooLarge) as err:
        load_path(path)
    line = err.value.one_line()
    assert line == f"{path}: 5.2 MB is over the 2.0 MB limit; raise it with --max-bytes"
    assert "\n" not in line


def test_max_bytes_can_be_raised_and_lowered(tmp_path: Path):
    path = _write(tmp_path / "mid.txt", b"x" * 3000)
    assert len(load_path(path, max_bytes=10_000)) == 3000
    with pytest.raises(InputTooLarge) as err:
        load_path(path, max_bytes=2999)
    assert "3,000 bytes is over the 2,999-byte limit" in err.value.message


def test_default_limit():
    assert DEFAULT_MAX_BYTES == 2_000_000
    assert format_size(2_000_000) == "2.0 MB"
    assert format_size(12) == "12 bytes"


@pytest.mark.parametrize("name", ["page.html", "page.HTM", "page.html.gz"])
def test_html_by_extension_is_unsupported(tmp_path: Path, name: str):
    path = _write(tmp_path / name, b"<html><body><p>Hi</p></body></html>")
    with pytest.raises(UnsupportedInput) as err:
        load_path(path)
    assert err.value.one_line() == f"{path}: HTML input is not supported yet"


def test_html_by_content_is_unsupported(tmp_path: Path):
    path = _write(
        tmp_path / "saved.txt", b"\n<!DOCTYPE html>\n<html><head><title>x</title></head><body></body></html>"
    )
    with pytest.raises(UnsupportedInput):
        load_path(path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!doctype html><html><body>x</body></html>", True),
        ("<html lang='en'>\n<head>", True),
        ("<div class='a'><p>Story</p></div>", True),
        ("The senator said <b> tags were unrelated to the bill.", False),
        ("Plain text about 3 < 4 and 5 > 2.", False),
    ],
)
def test_looks_like_html(text: str, expected: bool):
    assert looks_like_html(text) is expected


def test_missing_path(tmp_path: Path):
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as err:
        load_path(path)
    assert err.value.one_line() == f"{path}: no such file"


def test_directory_is_not_a_file(tmp_path: Path):
    with pytest.raises(InputError) as err:
        load_path(str(tmp_path))
    assert err.value.input == str(tmp_path)
    assert "\n" not in err.value.one_line()


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = _write(tmp_path / "secret.txt", b"text")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)  # chmod 000 does not stop root
    with pytest.raises(InputError) as err:
        load_path(path)
    assert err.value.one_line() == f"{path}: cannot read: permission denied"


def test_decode_bytes_names_the_input():
    with pytest.raises(EmptyInput) as err:
        decode_bytes(b"", "stdin")
    assert err.value.one_line() == "stdin: empty file"
