package io.github.gdlogistic.core;

/** How the classes are weighted in the loss, on top of the per-instance weights. */
public enum ClassWeighting implements NamedOption {
    /** Every class has weight one. */
    NONE("none", "All classes count equally per instance."),
    /** Each class weighted by total weight / (number of classes x class weight), as scikit-learn's "balanced". */
    BALANCED("balanced", "Rare classes count more: each class gets the same total weight."),
    /** Weights given explicitly, one per class. */
    CUSTOM("custom", "One weight per class, given explicitly.");

    private final String optionName;
    private final String description;

    ClassWeighting(String optionName, String description) {
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
     * @param name a weighting name
     * @return the matching weighting
     * @throws IllegalArgumentException when the name is unknown
     */
    public static ClassWeighting fromName(String name) {
        return NamedOption.fromName(ClassWeighting.class, name, "Class weighting");
    }
}
