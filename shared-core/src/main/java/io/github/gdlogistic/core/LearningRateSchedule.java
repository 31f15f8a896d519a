package io.github.gdlogistic.core;

import io.github.gdlogistic.core.optim.RateSchedule;

/** How the learning rate of the fixed-rate solvers changes from epoch to epoch. */
public enum LearningRateSchedule implements NamedOption {
    /** The same rate every epoch. */
    CONSTANT("constant", "The same learning rate in every epoch."),
    /** {@code rate / (1 + decay * epoch)}. */
    INVERSE_SCALING("inverse", "Learning rate / (1 + decay x epoch)."),
    /** {@code rate * exp(-decay * epoch)}. */
    EXPONENTIAL("exponential", "Learning rate x exp(-decay x epoch).");

    private final String optionName;
    private final String description;

    LearningRateSchedule(String optionName, String description) {
        this.optionName = optionName;
        this.description = description;
    }

    @Override
    public String optionName() {
        return optionName;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * @param baseRate the configured learning rate
     * @param decay the decay parameter
     * @return this schedule for the fixed-rate optimizer
     */
    public RateSchedule schedule(double baseRate, double decay) {
        switch (this) {
            case INVERSE_SCALING:
                return RateSchedule.inverseScaling(baseRate, decay);
            case EXPONENTIAL:
                return RateSchedule.exponential(baseRate, decay);
            default:
                return RateSchedule.constant(baseRate);
        }
    }

    /**
     * @param name a schedule name
     * @return the matching schedule
     * @throws IllegalArgumentException when the name is unknown
     */
    public static LearningRateSchedule fromName(String name) {
        return NamedOption.fromName(LearningRateSchedule.class, name, "Learning-rate schedule");
    }
}
