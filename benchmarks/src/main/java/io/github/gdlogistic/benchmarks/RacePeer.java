package io.github.gdlogistic.benchmarks;

import java.util.concurrent.Callable;

/**
 * One tool in the peer benchmark: how our objective maps to its parameters, and a fit on a problem whose data have
 * already been converted to the tool's own format (the conversion is not timed).
 */
abstract class RacePeer {

    final String name;
    /** Our objective in the tool's parameters, for the table. */
    final String mapping;

    RacePeer(String name, String mapping) {
        this.name = name;
        this.mapping = mapping;
    }

    /**
     * @param classes number of classes
     * @return whether the tool fits this objective for that many classes
     */
    boolean handles(int classes) {
        return true;
    }

    /**
     * Converts the problem's data to the tool's format and returns the timed fit.
     *
     * @param problem the problem
     * @return one fit, returning the fitted model's probabilities
     * @throws Exception when the tool fails
     */
    abstract Callable<PeerObjective.Fitted> prepare(PeerProblem problem) throws Exception;

    /** Frees what {@link #prepare} keeps outside the returned fit (cached data of another runtime). */
    void release() {
    }
}
