package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.TrainingReport;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Weka's {@code -output-debug-info}: prints the core's training progress (iteration and loss) and the outcome
 * (converged or not, and why) to a stream. A disabled listener prints nothing, so the classifier uses one listener
 * either way.
 */
public final class DebugOutputListener implements TrainingListener {

    private final PrintStream out;

    private DebugOutputListener(PrintStream out) {
        this.out = out;
    }

    /**
     * @param enabled whether debug output was asked for
     * @param out where to print when enabled
     * @return a listener printing to {@code out}, or a silent one
     */
    public static DebugOutputListener create(boolean enabled, PrintStream out) {
        return new DebugOutputListener(enabled ? out : null);
    }

    /**
     * Announces the start of training.
     *
     * @param rows training rows
     * @param settings the core configuration in readable form
     */
    public void trainingStarted(int rows, String settings) {
        if (out != null) {
            out.println("GradientDescentLogistic: training on " + rows + " instances; " + settings);
        }
    }

    @Override
    public void onIteration(int iteration, int maxIterations, double loss) {
        if (out != null) {
            out.println(String.format(Locale.ROOT, "Iteration %d/%d: loss %.10g", iteration, maxIterations, loss));
        }
    }

    /**
     * Prints the outcome, including a failure to converge.
     *
     * @param report the core's training report
     */
    public void trainingFinished(TrainingReport report) {
        if (out != null) {
            out.println("GradientDescentLogistic: " + report.message() + " Final loss "
                    + String.format(Locale.ROOT, "%.10g", report.finalLoss()) + ", " + report.elapsedMillis()
                    + " ms.");
        }
    }
}
