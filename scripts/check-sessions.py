#!/usr/bin/env python3
"""Validates every ccmm session file under the given folders against
docs/session.schema.json (JSON Schema 2020-12, Python's jsonschema).

scripts/test runs it over the files the tests wrote. A file counts as a
session when it is JSON with a top-level "ccmm_session" member; a test that
writes a deliberately broken session names it *.bad.json, and it is skipped.
"""
import json
import os
import sys

import jsonschema

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "docs", "session.schema.json"), encoding="utf-8") as handle:
    schema = json.load(handle)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

checked, failures = 0, []
for folder in sys.argv[1:]:
    for directory, _, names in os.walk(folder):
        for name in sorted(names):
            path_ = os.path.join(directory, name)
            # Regular files only: the safety tests leave FIFOs and links to
            # /dev/zero named *.json, and opening a FIFO would wait forever.
            if os.path.islink(path_) or not os.path.isfile(path_):
                continue
            if not name.endswith(".json") or name.endswith(".bad.json"):
                continue
            path = os.path.join(directory, name)
            try:
                with open(path, encoding="utf-8") as handle:
                    document = json.load(handle)
            except (OSError, ValueError):
                continue
            if not isinstance(document, dict) or "ccmm_session" not in document:
                continue
            checked += 1
            for error in validator.iter_errors(document):
                where = "$" + "".join(f"[{p!r}]" for p in error.absolute_path)
                failures.append(f"{path}: {where}: {error.message}")

for failure in failures:
    print(failure, file=sys.stderr)
print(f"session schema: {checked} session files checked, {len(failures)} problems")
sys.exit(1 if failures else 0)
