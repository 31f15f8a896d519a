package io.github.gdlogistic.knime.adapter;

import java.util.List;

/**
 * Where the learner's dialog shows each training setting: tabs, titled groups and the settings' keys in order. The
 * first tab also holds the target and feature columns (not training settings); the node description lists the
 * options in this order.
 */
public final class DialogLayout {

    /** A titled group of settings on a tab. */
    public static final class Group {
        private final String tab;
        private final String title;
        private final List<String> keys;

        private Group(String tab, String title, String... keys) {
            this.tab = tab;
            this.title = title;
            this.keys = List.of(keys);
        }

        /** @return the tab's title */
        public String tab() {
            return tab;
        }

        /** @return the group's title */
        public String title() {
            return title;
        }

        /** @return the keys of the group's training settings, in order */
        public List<String> keys() {
            return keys;
        }
    }

    /** Title of the first tab: target, positive class and feature columns. */
    public static final String COLUMNS_TAB = "Options";

    /** The groups after the target column (whose group comes first) and the feature selection (second). */
    public static final List<Group> TRAINING_GROUPS = List.of(
            new Group("Training", "Solver", "solver", "learningRate", "schedule", "decay", "batchSize", "momentum",
                "beta1", "beta2", "epsilon", "maxIterations", "tolerance", "gradientTolerance", "seed", "threads"),
            new Group("Training", "Regularization", "lambda", "alpha", TrainingSettings.COEFFICIENT_STATISTICS),
            new Group("Training", "Model", "fitIntercept", "standardize", TrainingSettings.CLASS_WEIGHTING,
                TrainingSettings.CLASS_WEIGHTS),
            new Group("Threshold", "Threshold", "threshold", "thresholdMetric", "thresholdHoldout"));

    /** Key of the training setting shown in the Target group, below the target column. */
    public static final String TARGET_GROUP_KEY = "positiveClass";

    private DialogLayout() {
    }
}
