package io.github.gdlogistic.core.optim;

import java.io.Serializable;

/**
 * The learning rate of a fixed-rate method in each epoch (or iteration): constant {@code rate}, inverse scaling
 * {@code rate / (1 + decay t)} or exponential decay {@code rate exp(-decay t)}, with {@code t} the zero-based epoch.
 * Immutable.
 */
public final class RateSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    private enum Kind { CONSTANT, INVERSE_SCALING, EXPONENTIAL }

    private final Kind kind;
    private final double baseRate;
    private final double decay;

    private RateSchedule(Kind kind, double baseRate, double decay) {
        this.kind = kind;
        this.baseRate = baseRate;
        this.decay = decay;
    }

    /**
     * @param rate the learning rate
     * @return the same rate every epoch
     */
    public static RateSchedule constant(double rate) {
        return new RateSchedule(Kind.CONSTANT, rate, 0);
    }

    /**
     * @param rate the first epoch's learning rate
     * @param decay the decay per epoch
     * @return {@code rate / (1 + decay t)}
     */
    public static RateSchedule inverseScaling(double rate, double decay) {
        return new RateSchedule(Kind.INVERSE_SCALING, rate, decay);
    }

    /**
     * @param rate the first epoch's learning rate
     * @param decay the decay per epoch
     * @return {@code rate exp(-decay t)}
     */
    public static RateSchedule exponential(double rate, double decay) {
        return new RateSchedule(Kind.EXPONENTIAL, rate, decay);
    }

    /** @return the first epoch's learning rate */
    public double baseRate() {
        return baseRate;
    }

    /**
     * @param epoch the zero-based epoch (or iteration) number
     * @return the learning rate for that epoch
     */
    public double rate(int epoch) {
        switch (kind) {
            case INVERSE_SCALING:
                return baseRate / (1.0 + decay * epoch);
            case EXPONENTIAL:
                return baseRate * Math.exp(-decay * epoch);
            default:
                return baseRate;
        }
    }
}
