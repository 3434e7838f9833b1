"""Write the extractor's attributions for a PolNeAR-format corpus as scorer JSONL.

Usage: python benchmarks/polnear_dev.py CORPUS_DIR OUT.jsonl
then:  python3 ../shared/tools/polnear_score.py CORPUS_DIR OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.extract.jsonl import attributions_jsonl


def main(corpus: str, out: str) -> None:
    with open(out, "w", encoding="utf-8") as sink:
        for path in sorted((Path(corpus) / "text").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for record in attributions_jsonl(path.name, text):
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
