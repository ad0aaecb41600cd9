"""Cross-validation of the English strength model over the development rows only.

Usage: python bench/cv_strength.py [--folds 4|grouped] [--l2-cues 1e-4] [--l2-words 1e-3]
                                   [--epochs 300] [--class-weight]

Development rows = index % 5 in 0..3 of ../shared/claim-strength/pubmed_conclusions.csv and
press_releases.csv; the held-back fifth (index % 5 == 4) is never read. `--folds 4` validates on
each index % 5 in turn; `--folds grouped` keeps rows of one source together, since they sit on
adjacent rows (press releases: one release's title and first sentences, by `sentId`; PubMed
conclusions: blocks of 10 adjacent rows), and deals the groups to 4 folds in turn. The model is
fitted on both files at once, as scripts/fit_strength.py does, with the same features, word
minimum count, learning rate and epochs; the fit is a numpy copy of
`claimcheck.strength.model.fit` (same full-batch gradient descent, same result), only faster.
Prints macro-F1 per file and fold, and the mean.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from claimcheck.strength.classify import sentence_features
from claimcheck.strength.model import WORD_PREFIXES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from fit_strength import EPOCHS, L2_EN_CUES, L2_EN_WORDS, MIN_COUNT, RATE  # noqa: E402

FILES = ("pubmed_conclusions", "press_releases")
Row = tuple[str, int, str, str]  # sentence, label, group, file


def development_rows(shared: Path) -> list[Row]:
    """(sentence, label, group, file) of every development row of the two English files."""
    out: list[Row] = []
    for name in FILES:
        with open(shared / f"{name}.csv", encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                if i % 5 == 4:
                    continue  # held back: not read
                if name == "press_releases":
                    group = "-".join(row["sentId"].split("-")[:3])
                else:
                    group = f"{name}:{i // 10}"
                out.append((row["sentence"], int(row["label"]), f"{group}|{i % 5}", name))
    return out


def fold_of(rows: list[Row], kind: str) -> list[int]:
    """The validation fold (0..3) of each row."""
    if kind == "4":
        return [int(group.rsplit("|", 1)[1]) for _, _, group, _ in rows]
    turn: dict[str, int] = {}
    for name in FILES:  # each file's groups dealt to folds 0, 1, 2, 3, 0, … in file order
        order = dict.fromkeys(g.rsplit("|", 1)[0] for _, _, g, file in rows if file == name)
        turn.update({g: k % 4 for k, g in enumerate(order)})
    return [turn[group.rsplit("|", 1)[0]] for _, _, group, _ in rows]


def fit(feats: list[dict[str, float]], labels: list[int], *, l2: float, l2_words: float,
        epochs: int, rate: float, class_weight: bool) -> dict[str, np.ndarray]:
    """model.fit in numpy: full-batch gradient descent on the softmax loss with L2."""
    counts = Counter(name for f in feats for name in f)
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: k for k, n in enumerate(names)}
    pairs = [(r, index[n], v) for r, f in enumerate(feats) for n, v in f.items() if n in index]
    rows = np.array([p[0] for p in pairs])
    cols = np.array([p[1] for p in pairs])
    vals = np.array([p[2] for p in pairs], dtype=float)
    n, y = len(feats), np.array(labels)
    onehot = np.zeros((n, 4))
    onehot[np.arange(n), y] = 1
    balance = n / (4 * np.maximum(np.bincount(y, minlength=4), 1)) if class_weight else np.ones(4)
    penalty = np.array([l2_words if name.startswith(WORD_PREFIXES) else l2 for name in names])
    row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])  # pairs are in row order
    by_col = np.argsort(cols, kind="stable")
    c_rows, c_cols, c_vals = rows[by_col], cols[by_col], vals[by_col]
    starts = np.flatnonzero(np.r_[True, c_cols[1:] != c_cols[:-1]])
    weights = np.zeros((len(names), 4))
    for _ in range(epochs):
        logits = np.zeros((n, 4))
        logits[rows[row_starts]] = np.add.reduceat(weights[cols] * vals[:, None], row_starts,
                                                   axis=0)
        logits -= logits.max(1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(1, keepdims=True)
        step = (probs - onehot) * balance[y][:, None] / n
        grad = np.zeros_like(weights)
        grad[c_cols[starts]] = np.add.reduceat(step[c_rows] * c_vals[:, None], starts, axis=0)
        weights -= rate * (grad + penalty[:, None] * weights)
    return {name: weights[k] for name, k in index.items()}


def predict(feats: dict[str, float], weights: dict[str, np.ndarray]) -> int:
    logits = np.zeros(4)
    for name, value in feats.items():
        if name in weights:
            logits += weights[name] * value
    return int(logits.argmax())


def macro_f1(gold: list[int], pred: list[int]) -> float:
    total = 0.0
    for k in range(4):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == k == p)
        if tp:
            precision, recall = tp / pred.count(k), tp / gold.count(k)
            total += 2 * precision * recall / (precision + recall)
    return total / 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "claim-strength")
    parser.add_argument("--folds", choices=("4", "grouped"), default="4")
    parser.add_argument("--l2-cues", type=float, default=L2_EN_CUES)
    parser.add_argument("--l2-words", type=float, default=L2_EN_WORDS)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--class-weight", action="store_true")
    args = parser.parse_args(argv)
    if not all((args.shared / f"{name}.csv").is_file() for name in FILES):
        print(f"cv_strength: {args.shared} lacks {' or '.join(FILES)} (.csv)", file=sys.stderr)
        return 2
    rows = development_rows(args.shared)
    feats = [sentence_features(text, "en", words=True) for text, *_ in rows]
    folds = fold_of(rows, args.folds)
    scores: dict[str, list[float]] = {name: [] for name in FILES}
    for k in range(4):
        train = [j for j, f in enumerate(folds) if f != k]
        weights = fit([feats[j] for j in train], [rows[j][1] for j in train], l2=args.l2_cues,
                      l2_words=args.l2_words, epochs=args.epochs, rate=RATE,
                      class_weight=args.class_weight)
        for name in FILES:
            test = [j for j, f in enumerate(folds) if f == k and rows[j][3] == name]
            scores[name].append(macro_f1([rows[j][1] for j in test],
                                         [predict(feats[j], weights) for j in test]))
    for name, values in scores.items():
        print(f"{name} ({args.folds} folds): mean macro-F1 {sum(values) / 4:.3f}; folds "
              + " ".join(f"{v:.3f}" for v in values))
    return 0


if __name__ == "__main__":
    sys.exit(main())
