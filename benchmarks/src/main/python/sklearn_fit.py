#!/usr/bin/env python3
"""Times scikit-learn's LogisticRegression (lbfgs, unregularized, default tolerance) on a dataset written by SyntheticData.writeBinary.

Usage: sklearn_fit.py DATA.bin REPEATS
Prints one JSON line: version, median fit seconds, all fit seconds, final mean log-loss, iterations.
"""
import json
import sys
import time

import numpy as np
from scipy.special import logsumexp
from sklearn import __version__ as sklearn_version
from sklearn.linear_model import LogisticRegression


def load(path):
    with open(path, "rb") as f:
        rows, features, classes = np.frombuffer(f.read(12), dtype="<i4")
        x = np.frombuffer(f.read(8 * rows * features), dtype="<f8").reshape(rows, features)
        y = np.frombuffer(f.read(4 * rows), dtype="<i4")
    return x, y, int(classes)


def mean_log_loss(model, x, y):
    z = model.decision_function(x)
    if z.ndim == 1:
        return float(np.mean(np.logaddexp(0, -(2 * y - 1) * z)))
    return float(np.mean(logsumexp(z, axis=1) - z[np.arange(len(y)), y]))


def main():
    x, y, _ = load(sys.argv[1])
    repeats = int(sys.argv[2])
    times = []
    model = None
    for _ in range(repeats):
        model = LogisticRegression(penalty=None, solver="lbfgs", max_iter=10000)
        start = time.perf_counter()
        model.fit(x, y)
        times.append(time.perf_counter() - start)
    print(json.dumps({
        "version": sklearn_version,
        "seconds": float(np.median(times)),
        "all": times,
        "loss": mean_log_loss(model, x, y),
        "iterations": int(np.max(model.n_iter_)),
    }))


if __name__ == "__main__":
    main()
