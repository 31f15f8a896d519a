package io.github.gdlogistic.core;

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
     * @param epoch the zero-based epoch (or iteration) number
     * @return the learning rate for that epoch
     */
    public double rate(double baseRate, double decay, int epoch) {
        switch (this) {
            case INVERSE_SCALING:
                return baseRate / (1.0 + decay * epoch);
            case EXPONENTIAL:
                return baseRate * Math.exp(-decay * epoch);
            default:
                return baseRate;
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
