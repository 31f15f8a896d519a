#!/usr/bin/env python3
"""Times scikit-learn's LogisticRegression (lbfgs, default tolerance) on a dataset written by SyntheticData.writeBinary.

Usage: sklearn_fit.py DATA.bin REPEATS [LAMBDA]
Without LAMBDA (or 0) the fit is unregularized; with it, C = 1 / (LAMBDA * rows), the same objective as the core's
mean log-loss + LAMBDA / 2 * ||w||^2 (scikit-learn's lbfgs leaves the intercept unpenalized).
Prints one JSON line: version, median fit seconds, all fit seconds, final mean log-loss, the objective with the
LAMBDA penalty (centered coefficients for more than two classes), iterations, and the BLAS numpy runs on.
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


def blas():
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown (threadpoolctl missing)"
    for pool in threadpool_info():
        if pool.get("user_api") == "blas":
            return "%s %s %s, %s, %d threads" % (pool.get("internal_api"), pool.get("version"),
                                                 pool.get("architecture"), pool.get("threading_layer"),
                                                 pool.get("num_threads"))
    return "none found"


def main():
    x, y, _ = load(sys.argv[1])
    repeats = int(sys.argv[2])
    lam = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    times = []
    model = None
    for _ in range(repeats):
        if lam > 0:
            model = LogisticRegression(C=1.0 / (lam * len(y)), solver="lbfgs", max_iter=10000)
        else:
            model = LogisticRegression(penalty=None, solver="lbfgs", max_iter=10000)
        start = time.perf_counter()
        model.fit(x, y)
        times.append(time.perf_counter() - start)
    coef = model.coef_ if model.coef_.shape[0] == 1 else model.coef_ - model.coef_.mean(axis=0)
    loss = mean_log_loss(model, x, y)
    print(json.dumps({
        "version": sklearn_version,
        "objective": loss + 0.5 * lam * float(np.sum(coef * coef)),
        "blas": blas(),
        "seconds": float(np.median(times)),
        "all": times,
        "loss": loss,
        "iterations": int(np.max(model.n_iter_)),
    }))


if __name__ == "__main__":
    main()
