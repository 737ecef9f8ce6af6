#!/usr/bin/env python3
"""Generate Sources/PlanModel/Search/PinyinTable.swift from pypinyin's per-character table.

Usage (from the repository root):
    pip install pypinyin==0.55.0
    python3 tools/pinyin/generate.py            # writes the Swift file
    python3 tools/pinyin/generate.py --check    # exits 1 if the committed file is out of date

Source: pypinyin's `pypinyin/pinyin_dict.json` (loaded by `pypinyin.pinyin_dict`): one entry per
code point with every reading, derived from the public pinyin-data set (mozillazg/pinyin-data,
itself built from Unicode's Unihan database, kHanyuPinyin / kXHC1983 / kMandarin ...). MIT licence.
Only the per-character table is used, never pypinyin's phrase (word) list.

Each reading is reduced to plain ASCII: tone marks are stripped; ü is written both as `v` and as
`u` (so 绿 reads lv and lu); ê becomes e. The Swift file holds one line per toneless reading, listing
every character that has it, in code point order. Characters outside the CJK Unified Ideographs blocks
(〇, compatibility ideographs, private-use code points) are written as \\u{...} escapes so that no
editor or Unicode normalisation can change them.
"""

import argparse
import sys
import unicodedata
from pathlib import Path

import pypinyin
from pypinyin.pinyin_dict import pinyin_dict

OUTPUT = Path("Sources/PlanModel/Search/PinyinTable.swift")

UNIFIED_BLOCKS = [
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0x3400, 0x4DBF),  # Extension A
    (0x20000, 0x2A6DF),  # B
    (0x2A700, 0x2B73F),  # C
    (0x2B740, 0x2B81F),  # D
    (0x2B820, 0x2CEAF),  # E
    (0x2CEB0, 0x2EBEF),  # F
    (0x2EBF0, 0x2EE5F),  # I
    (0x30000, 0x3134F),  # G
    (0x31350, 0x323AF),  # H
]


def is_unified(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in UNIFIED_BLOCKS)


def toneless(reading: str) -> list[str]:
    """'lǜ' -> ['lv', 'lu']; 'zhòng' -> ['zhong']; 'ê̄' -> ['e']."""
    kept = []
    for ch in unicodedata.normalize("NFD", reading.strip()):
        if unicodedata.combining(ch) and ch != "\u0308":  # keep the diaeresis of ü for now
            continue
        kept.append(ch)
    plain = unicodedata.normalize("NFC", "".join(kept)).lower()
    forms = [plain.replace("ü", "v"), plain.replace("ü", "u")] if "ü" in plain else [plain]
    for form in forms:
        if not form.isascii() or not form.isalpha():
            raise SystemExit(f"generate.py: reading {reading!r} does not reduce to ASCII letters ({form!r})")
    return forms


def spelled(cp: int) -> str:
    return chr(cp) if is_unified(cp) else "\\u{%X}" % cp


def render() -> str:
    by_reading: dict[str, set[int]] = {}
    for cp, readings in pinyin_dict.items():
        for reading in readings.split(","):
            for form in toneless(reading):
                by_reading.setdefault(form, set()).add(cp)
    # For a character with more than one toneless reading, the one pypinyin lists first (its
    # most common reading): sorting by pinyin reads 合 as he, not ge.
    primary: dict[str, set[int]] = {}
    for cp, readings in pinyin_dict.items():
        forms: list[str] = []
        for reading in readings.split(","):
            for form in toneless(reading):
                if form not in forms:
                    forms.append(form)
        if len(forms) > 1:
            primary.setdefault(forms[0], set()).add(cp)
    readings = sorted(by_reading)
    pairs = sum(len(v) for v in by_reading.values())
    version = pypinyin.__version__
    out = [
        "// GENERATED FILE — do not edit. Regenerate with `python3 tools/pinyin/generate.py`",
        "// (see tools/pinyin/README.md).",
        "//",
        f"// Source: pypinyin {version} (PyPI), file pypinyin/pinyin_dict.json — the per-character",
        "// pinyin table derived from the public pinyin-data set (github.com/mozillazg/pinyin-data, built",
        "// from Unicode's Unihan database). MIT licence. Per-character readings only, no word list.",
        f"// {len(pinyin_dict)} characters, {len(readings)} toneless readings, {pairs} character-reading pairs.",
        "// Tone marks stripped; ü written both as v and as u; ê as e.",
        "// Format: one line per toneless reading: the reading, a colon, then every character that has it.",
        f"// `primary`: the same format, for the {sum(len(v) for v in primary.values())} characters with more than one toneless reading:",
        "// the reading pypinyin lists first (its most common), which sorting uses.",
        "",
        "/// The complete per-character pinyin table, parsed once by `PinyinIndex`.",
        "enum PinyinTable {",
        "  /// Where the table comes from.",
        f'  static let source = "pypinyin {version} pinyin_dict (pinyin-data / Unihan)"',
        "  /// Number of distinct code points in the table.",
        f"  static let characterCount = {len(pinyin_dict)}",
        "  /// Number of distinct toneless readings.",
        f"  static let readingCount = {len(readings)}",
        "  /// `reading:characters` lines.",
        '  static let text = """',
    ]
    for r in readings:
        out.append("    " + r + ":" + "".join(spelled(cp) for cp in sorted(by_reading[r])))
    out.append('    """')
    out.append("  /// `reading:characters` lines: the first-listed reading of each polyphonic character.")
    out.append('  static let primary = """')
    for r in sorted(primary):
        out.append("    " + r + ":" + "".join(spelled(cp) for cp in sorted(primary[r])))
    out.append('    """')
    out.append("}")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file differs")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python3 tools/pinyin/generate.py", file=sys.stderr)
            sys.exit(1)
        print(f"{args.output} is up to date")
        return
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text.encode('utf-8'))} bytes, {len(pinyin_dict)} characters)")


if __name__ == "__main__":
    main()
