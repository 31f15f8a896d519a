package io.github.gdlogistic.core;

/** The optimization algorithm used to minimize the objective. */
public enum Solver implements NamedOption {
    /** L-BFGS with a Wolfe line search; accelerated proximal gradient (FISTA) when an L1 penalty is present. */
    AUTO("auto", "Chooses its own step sizes and converges to the optimum without tuning "
            + "(L-BFGS; accelerated proximal gradient when the L1 penalty is on)."),
    /** Plain full-batch gradient descent with a fixed learning rate, starting from zero weights. */
    GD("gd", "Plain full-batch gradient descent with a fixed learning rate, as in the classic tutorials."),
    /** Mini-batch stochastic gradient descent: rows shuffled once, drawn in groups in a new order every epoch. */
    SGD("sgd", "Mini-batch stochastic gradient descent: rows shuffled once, drawn in groups in a new order every "
            + "epoch; one iteration is one epoch."),
    /** Mini-batch gradient descent with classical (heavy-ball) momentum. */
    MOMENTUM("momentum", "Mini-batch gradient descent with heavy-ball momentum."),
    /** Mini-batch gradient descent with Nesterov momentum. */
    NESTEROV("nesterov", "Mini-batch gradient descent with Nesterov's accelerated momentum."),
    /** Adam: adaptive per-coefficient step sizes from running moment estimates. */
    ADAM("adam", "Adam: mini-batch steps scaled per coefficient by running gradient moments.");

    private final String optionName;
    private final String description;

    Solver(String optionName, String description) {
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

    /** @return whether this solver uses the fixed learning rate (every solver but {@link #AUTO}) */
    public boolean usesLearningRate() {
        return this != AUTO;
    }

    /** @return whether this solver works on mini-batches of {@code batchSize} rows */
    public boolean usesMiniBatches() {
        return this == SGD || this == MOMENTUM || this == NESTEROV || this == ADAM;
    }

    /**
     * @param name a name such as {@code "auto"} or {@code "ADAM"}
     * @return the matching solver
     * @throws IllegalArgumentException when the name is unknown
     */
    public static Solver fromName(String name) {
        return NamedOption.fromName(Solver.class, name, "Solver");
    }
}
