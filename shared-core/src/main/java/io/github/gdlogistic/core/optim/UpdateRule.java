package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;

/**
 * One step of a fixed-learning-rate solver: how a (mini-batch) gradient moves the parameters. Lifecycle: created for
 * one run with the parameter dimension, then {@link #step} once per (mini-)batch; state such as velocity or moment
 * estimates lives inside.
 */
interface UpdateRule {

    /**
     * @param point parameters, updated in place
     * @param gradient gradient of the smooth part at {@code point} (may be modified)
     * @param rate the learning rate for this step
     * @param penalty the L1 part, applied by a proximal step after the move
     */
    void step(double[] point, double[] gradient, double rate, L1Penalty penalty);

    /** Plain gradient step: {@code w <- w - rate * g}. */
    final class Plain implements UpdateRule {
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
        private final double mu;
        private final double[] velocity;

        Momentum(int dimension, double mu) {
            this.mu = mu;
            this.velocity = new double[dimension];
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
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
        private final double mu;
        private final double[] velocity;

        Nesterov(int dimension, double mu) {
            this.mu = mu;
            this.velocity = new double[dimension];
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
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
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private final double[] first;
        private final double[] second;
        private int steps;

        Adam(int dimension, double beta1, double beta2, double epsilon) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.first = new double[dimension];
            this.second = new double[dimension];
        }

        @Override
        public void step(double[] point, double[] gradient, double rate, L1Penalty penalty) {
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
