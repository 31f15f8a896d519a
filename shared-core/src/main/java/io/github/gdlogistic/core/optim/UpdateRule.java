package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;

import java.io.Serializable;

/**
 * How a (mini-batch) gradient moves the parameters in a {@link FixedRateOptimizer}: plain gradient descent,
 * heavy-ball momentum, Nesterov momentum or Adam. Each rule owns its settings; state such as velocity or moment
 * estimates lives inside, is created on the first step (for the parameter dimension then seen) and is serialized with
 * the optimizer. One instance serves one run.
 */
public interface UpdateRule extends Serializable {

    /**
     * @param point parameters, updated in place
     * @param gradient gradient of the smooth part at {@code point} (may be modified)
     * @param rate the learning rate for this step
     * @param penalty the L1 part, applied by a proximal step after the move
     */
    void step(double[] point, double[] gradient, double rate, L1Penalty penalty);

    /** @return a short name for reports, e.g. "momentum 0.9" */
    String description();

    /** Plain gradient step: {@code w <- w - rate * g}. */
    final class Plain implements UpdateRule {
        private static final long serialVersionUID = 1L;

        @Override
        public String description() {
            return "plain";
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
            for (int i = 0; i < point.length; i++) {
                point[i] -= rate * gradient[i];
            }
            penalty.applyProximal(point, rate);
        }
    }

    /**
     * Heavy-ball momentum: {@code v <- mu v - rate g; w <- prox(w + v)}, after which the velocity is the step
     * actually taken, so that a coordinate the L1 step holds at zero does not build up speed (the inertial proximal
     * gradient method).
     */
    final class Momentum implements UpdateRule {
        private static final long serialVersionUID = 1L;
        private final double mu;
        private double[] velocity;

        /** @param mu the momentum coefficient, in [0, 1) */
        public Momentum(double mu) {
            this.mu = mu;
        }

        @Override
        public String description() {
            return "momentum " + mu;
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
            if (velocity == null) {
                velocity = new double[point.length];
            }
            for (int i = 0; i < point.length; i++) {
                velocity[i] = mu * velocity[i] - rate * gradient[i];
                double moved = point[i] + velocity[i];
                point[i] = moved;
                penalty.applyProximal(point, i, rate);
                velocity[i] += point[i] - moved;
            }
        }
    }

    /**
     * Nesterov momentum in the form that needs the gradient at the stored (look-ahead) point {@code p = x + mu v}
     * only: {@code v' <- mu v - rate g; p <- p - mu v + (1 + mu) v'}. With an L1 penalty the same method in its
     * proximal form (as FISTA with a constant momentum): {@code x' = prox(p - rate g)}, {@code v' = x' - x},
     * {@code p' = x' + mu v'}, which is the update above when the penalty is off.
     */
    final class Nesterov implements UpdateRule {
        private static final long serialVersionUID = 1L;
        private final double mu;
        private double[] velocity;

        /** @param mu the momentum coefficient, in [0, 1) */
        public Nesterov(double mu) {
            this.mu = mu;
        }

        @Override
        public String description() {
            return "Nesterov momentum " + mu;
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
            if (velocity == null) {
                velocity = new double[point.length];
            }
            if (!penalty.isActive()) {
                for (int i = 0; i < point.length; i++) {
                    double previous = velocity[i];
                    velocity[i] = mu * previous - rate * gradient[i];
                    point[i] += -mu * previous + (1 + mu) * velocity[i];
                }
                return;
            }
            for (int i = 0; i < point.length; i++) {
                double previousX = point[i] - mu * velocity[i];
                point[i] -= rate * gradient[i];
                penalty.applyProximal(point, i, rate);
                velocity[i] = point[i] - previousX;
                point[i] += mu * velocity[i];
            }
        }
    }

    /** Adam with bias-corrected first and second moment estimates; the L1 step uses each coordinate's step size. */
    final class Adam implements UpdateRule {
        private static final long serialVersionUID = 1L;
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private double[] first;
        private double[] second;
        private int steps;

        /**
         * @param beta1 first-moment decay, in [0, 1)
         * @param beta2 second-moment decay, in [0, 1)
         * @param epsilon denominator offset, &gt; 0
         */
        public Adam(double beta1, double beta2, double epsilon) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
        }

        @Override
        public String description() {
            return "Adam";
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
            if (first == null) {
                first = new double[point.length];
                second = new double[point.length];
            }
            steps++;
            double correction1 = 1 - Math.pow(beta1, steps);
            double correction2 = 1 - Math.pow(beta2, steps);
            for (int i = 0; i < point.length; i++) {
                double g = gradient[i];
                first[i] = beta1 * first[i] + (1 - beta1) * g;
                second[i] = beta2 * second[i] + (1 - beta2) * g * g;
                double coordinateStep = rate / (Math.sqrt(second[i] / correction2) + epsilon);
                point[i] -= coordinateStep * first[i] / correction1;
                penalty.applyProximal(point, i, coordinateStep);
            }
        }
    }
}
