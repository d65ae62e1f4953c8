#!/usr/bin/env python3
"""Checks gold files against ANNOTATION.md: fields, types, and that each evidence is on its line.
Usage: python3 validate_gold.py gold/ES2005d.jsonl [...]"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "..", "..", "..", "..", "seeds")

def note_path(name):
    for d in (os.path.join(HERE, "notes"), SEEDS):
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    raise SystemExit(f"no note {name}")

def main(files):
    bad = 0
    for f in files:
        for n, raw in enumerate(open(f, encoding="utf-8"), 1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw)
            except ValueError as e:
                print(f"{f}:{n}: not JSON: {e}"); bad += 1; continue
            for key in ("note", "type", "text", "owner", "due", "dueText", "line", "evidence"):
                if key not in item:
                    print(f"{f}:{n}: missing {key}"); bad += 1
            if item.get("type") not in ("action", "decision", "risk"):
                print(f"{f}:{n}: bad type {item.get('type')}"); bad += 1
            if item.get("due") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["due"]):
                print(f"{f}:{n}: bad due {item['due']}"); bad += 1
            lines = open(note_path(item["note"]), encoding="utf-8").read().split("\n")
            line = item.get("line", 0)
            if not (1 <= line <= len(lines)) or item.get("evidence", "") not in lines[line - 1]:
                print(f"{f}:{n}: evidence not on line {line}: {item.get('evidence')!r}"); bad += 1
            if item.get("type") == "action" and item.get("owner") is not None:
                if item["owner"] not in open(note_path(item["note"]), encoding="utf-8").read():
                    print(f"{f}:{n}: owner {item['owner']!r} not in the note"); bad += 1
    print("OK" if bad == 0 else f"{bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
