"""Fit the claim-strength weights on the train split; writes src/claimcheck/strength/weights.json.

Usage: python scripts/fit_strength.py [--shared ../shared/claim-strength] [--zh bench/data/claim_strength_zh.csv]

Train split = every row whose index % 5 != 4 of each file (the fifth is held back for
bench/eval_strength.py). Two models are fitted: `en` (cue features + English word n-grams, on
the two English files) and `cues` (cue features only, on the English files and the Chinese
set's train rows), used for sentences in Chinese.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from claimcheck.strength.classify import sentence_features
from claimcheck.strength.corpus import load_labelled, split
from claimcheck.strength.model import fit

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "claimcheck" / "strength" / "weights.json"
L2 = 3e-3  # the cue-only model (Chinese)
# The English model: cue features held loosely, word n-grams more tightly (chosen by 4-fold
# cross-validation over the development fifths: mean macro-F1 0.767 -> 0.772 against 3e-3 for all).
L2_EN_CUES = 1e-4
L2_EN_WORDS = 1e-3
EPOCHS = 300
RATE = 2.0
# Since issue 9g the English model is four one-vs-rest logistic regressions ("3 or not?",
# "2 or not?", …) instead of one softmax; each binary fit takes twice the rate and half the
# L2 of the softmax fit (a binary logistic loss on one column is a two-column softmax on the
# difference of the columns, whose gradient is twice as large and whose L2 is half as strong).
# Chosen by cross-validation over the development fifths (bench/cv_strength.py --ovr).
EN_OVR = True
RATE_OVR = 2 * RATE
L2_OVR_FACTOR = 0.5
MIN_COUNT = 2  # word n-grams seen fewer times in training are not kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "claim-strength")
    parser.add_argument("--zh", type=Path, default=ROOT / "bench" / "data" / "claim_strength_zh.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    english = [row for name in ("pubmed_conclusions.csv", "press_releases.csv")
               for row in split(load_labelled(args.shared / name), "train")]
    chinese = split(load_labelled(args.zh), "train")

    full = [(sentence_features(s, "en", words=True), y) for s, y in english]
    counts = Counter(name for feats, _ in full for name in feats)
    full = [({k: v for k, v in feats.items() if counts[k] >= MIN_COUNT}, y) for feats, y in full]
    cues = [(sentence_features(s, None, words=False), y) for s, y in english + chinese]
    factor = L2_OVR_FACTOR if EN_OVR else 1.0
    models = {
        "en": _rounded(fit(full, l2=L2_EN_CUES * factor, l2_words=L2_EN_WORDS * factor,
                           epochs=EPOCHS, rate=RATE_OVR if EN_OVR else RATE,
                           class_weight=False, ovr=EN_OVR)),
        "cues": _rounded(fit(cues, l2=L2, epochs=EPOCHS, rate=RATE, class_weight=False)),
    }
    meta = {"fitted_on": {"english_train_rows": len(english), "chinese_train_rows": len(chinese)},
            "l2": L2, "l2_en_cues": L2_EN_CUES, "l2_en_words": L2_EN_WORDS, "epochs": EPOCHS, "rate": RATE, "min_count": MIN_COUNT,
            "en_ovr": EN_OVR, "rate_ovr": RATE_OVR, "l2_ovr_factor": L2_OVR_FACTOR,
            "script": "scripts/fit_strength.py"}
    losses = {"en": "ovr" if EN_OVR else "softmax", "cues": "softmax"}
    args.out.write_text(json.dumps({"meta": meta, "models": models, "losses": losses}, ensure_ascii=False,
                                   sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {args.out} ({len(models['en'])} + {len(models['cues'])} features)",
          file=sys.stderr)
    return 0


def _rounded(weights: dict[str, list[float]]) -> dict[str, list[float]]:
    return {name: [round(w, 4) for w in row] for name, row in weights.items()
            if any(abs(w) >= 5e-4 for w in row)}


if __name__ == "__main__":
    sys.exit(main())
