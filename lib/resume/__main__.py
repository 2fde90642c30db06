"""`python -m lib.resume FILE [--jd JD_FILE] [--role ROLE] [--json]`: analyse a resume for batch use.

A bad file exits 1 with the same message the page shows (in English).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lib.errors import AppError
from lib.resume.analysis import analyze, report_data
from lib.settings import settings_for_cli


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib.resume", description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--jd", type=Path, help="a text file with the job description")
    parser.add_argument("--role", help="target role, e.g. sde, data_scientist, product_manager")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    try:
        data = args.file.read_bytes()
        job_text = args.jd.read_text(encoding="utf-8") if args.jd else None
    except OSError as error:
        print(f"error: {error.strerror}: {error.filename}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"error: the job description must be UTF-8 text: {args.jd}", file=sys.stderr)
        return 2
    try:
        max_bytes = settings_for_cli().upload_max_mb * 1024 * 1024
        analysis = analyze(data, args.file.name, max_bytes=max_bytes, role=args.role, job_text=job_text)
    except AppError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    report = report_data(analysis)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"ATS score: {report['ats_score']}/100")
    for check in report["checks"]:
        print(f"  {check['name']}: {check['points']}/{check['max']} - {check['why']}")
    print(f"Skills: {', '.join(report['skills'])}")
    if "match_rate" in report:
        print(f"Job match: {report['match_rate']}%; missing: {', '.join(item['term'] for item in report['missing'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
