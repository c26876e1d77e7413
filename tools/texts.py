#!/usr/bin/env python3
"""Adds, changes or lists the texts of a *Texts.resx pair (English neutral + Swedish satellite).

    python3 tools/texts.py add src/Yrkesresan.Domain/Fees/FeeTexts KEY "English {0}" "Svenska {0}" ["comment"]
    python3 tools/texts.py list src/Yrkesresan.Domain/Fees/FeeTexts
    python3 tools/texts.py remove src/Yrkesresan.Domain/Fees/FeeTexts KEY

The first argument is the path without ".resx"; both files are created when missing. Keys are C#
identifiers (they become properties of the generated class). A comment saying "same in both" marks
a text that is the same in both languages on purpose (a name or a code); the resource test allows it.
Keys are kept in alphabetical order so that diffs stay small.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def read(path: Path) -> dict:
    if not path.exists():
        return {}
    entries = {}
    for data in ET.parse(path).getroot().findall("data"):
        value = data.find("value")
        comment = data.find("comment")
        entries[data.get("name")] = (value.text or "" if value is not None else "", comment.text if comment is not None else None)
    return entries


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write(path: Path, entries: dict) -> None:
    lines = [HEADER]
    for key in sorted(entries, key=str.lower):
        value, comment = entries[key]
        lines.append(f'  <data name="{key}" xml:space="preserve">\n    <value>{esc(value)}</value>\n')
        if comment:
            lines.append(f"    <comment>{esc(comment)}</comment>\n")
        lines.append("  </data>\n")
    lines.append("</root>\n")
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: list) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    command, base = argv[0], Path(argv[1].removesuffix(".resx"))
    neutral, swedish = base.with_name(base.name + ".resx"), base.with_name(base.name + ".sv.resx")
    en, sv = read(neutral), read(swedish)
    if command == "list":
        for key in sorted(en, key=str.lower):
            print(f"{key}\n  en: {en[key][0]}\n  sv: {sv.get(key, ('(missing)',))[0]}")
        return 0
    if command == "remove":
        for key in argv[2:]:
            en.pop(key, None)
            sv.pop(key, None)
    elif command == "add":
        if len(argv) < 5:
            print(__doc__)
            return 2
        key, english, svenska = argv[2], argv[3], argv[4]
        comment = argv[5] if len(argv) > 5 else None
        if not key.isidentifier():
            print(f"{key} is not a C# identifier")
            return 2
        en[key] = (english, comment)
        sv[key] = (svenska, comment)
    else:
        print(__doc__)
        return 2
    write(neutral, en)
    write(swedish, sv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
