package io.github.gdlogistic.compare;

import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.table.TabularModel;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws the pictures of {@code ./compare} on breast-cancer-wisconsin-diagnostic, from models trained through
 * GradientDescentLogistic: the learning curve (loss per iteration) of one training run per solver, and the
 * threshold-tuning curve (metric per decision threshold, on held-out data) for each tuning metric.
 *
 * <p>Arguments: {@code -data FILE.arff -images DIR}.
 */
public final class CompareCharts {

    /** Regularization used for the pictures: a finite optimum, so every solver has a point to converge to. */
    static final String LAMBDA = "0.001";

    /**
     * The class whose probability the threshold picture thresholds and tunes, named on the picture. This is the one
     * place that decides it: the picture's models are trained with {@code -positive-class} set to it, so their
     * threshold and tuning refer to it whatever the ARFF's class order (breast-cancer-wisconsin-diagnostic.arff has
     * {@code {malignant,benign}}, whose default positive class would be benign). Malignant, as a medical reader
     * expects: the positive finding. {@link #positiveClass} checks that the data have it.
     */
    static final String POSITIVE_CLASS = "malignant";

    private CompareCharts() {
    }

    /**
     * @param arguments {@code -data FILE.arff -images DIR}
     * @throws Exception when training or drawing fails
     */
    public static void main(String[] arguments) throws Exception {
        String dataFile = Utils.getOption("data", arguments);
        Path images = Paths.get(Utils.getOption("images", arguments));
        Files.createDirectories(images);
        Instances data = DataSource.read(dataFile);
        data.setClassIndex(data.numAttributes() - 1);
        String name = data.relationName();

        Path learning = images.resolve("learning-curve.png");
        learningCurve(data, name, learning);
        System.out.println("Wrote " + learning);
        Path threshold = images.resolve("threshold-tuning.png");
        thresholdCurves(data, name, threshold);
        System.out.println("Wrote " + threshold);
    }

    /**
     * Returns {@link #POSITIVE_CLASS} after checking that the data can have it as the positive class: a two-class
     * attribute with that value, in either position ({@code -positive-class} chooses it).
     *
     * @param data the data of the picture, class attribute set
     * @return the positive class value
     * @throws IllegalArgumentException when the class attribute does not have two values, one of them this class
     */
    static String positiveClass(Instances data) {
        if (data.numClasses() != 2 || data.classAttribute().indexOfValue(POSITIVE_CLASS) < 0) {
            throw new IllegalArgumentException("The threshold picture needs a two-class attribute with the value '"
                    + POSITIVE_CLASS + "' (its positive class); found " + data.classAttribute());
        }
        return POSITIVE_CLASS;
    }

    private static TabularModel train(Instances data, String options) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions(options));
        classifier.buildClassifier(data);
        return classifier.fittedModel();
    }

    private static void learningCurve(Instances data, String name, Path file) throws Exception {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Learning curve on " + name + " (lambda = " + LAMBDA + ")")
                .xAxisTitle("iteration (full-batch) or epoch (mini-batch)")
                .yAxisTitle("training objective (log scale)")
                .build();
        chart.getStyler().setYAxisLogarithmic(true);
        // Label the sub-decades too (0.06, 0.07, ..., 0.7): the curves span about one decade.
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
        chart.getStyler().setYAxisDecimalPattern("0.0#");
        chart.getStyler().setXAxisLogarithmic(false);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        String[][] runs = {
            {"auto (L-BFGS), default", "-solver auto"},
            {"gd, learning rate 0.5", "-solver gd -learning-rate 0.5"},
            {"sgd, learning rate 0.05", "-solver sgd -learning-rate 0.05"},
            {"adam, learning rate 0.01", "-solver adam -learning-rate 0.01"}
        };
        for (String[] run : runs) {
            TabularModel model = train(data, run[1] + " -max-iterations 200 -lambda " + LAMBDA);
            List<LossPoint> history = model.report().lossHistory();
            double[] iterations = new double[history.size()];
            double[] losses = new double[history.size()];
            for (int i = 0; i < history.size(); i++) {
                iterations[i] = history.get(i).iteration();
                losses[i] = history.get(i).loss();
            }
            String label = String.format(Locale.ROOT, "%s: %d iterations, final %.5f", run[0],
                    model.report().iterations(), model.report().finalLoss());
            XYSeries series = chart.addSeries(label, iterations, losses);
            series.setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
    }

    private static void thresholdCurves(Instances data, String name, Path file) throws Exception {
        String positive = positiveClass(data);
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Threshold tuning on " + name + " (positive class: " + positive + ", lambda = " + LAMBDA + ")")
                .xAxisTitle("decision threshold on P(" + positive + ")")
                .yAxisTitle("metric on the 30% of rows held out").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideS);
        chart.getStyler().setYAxisMin(0.8);
        chart.getStyler().setYAxisMax(1.0);
        String[] metrics = {"accuracy", "f1", "balanced-accuracy", "mcc"};
        Color[] colors = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728)};
        for (int m = 0; m < metrics.length; m++) {
            String metric = metrics[m];
            TabularModel model = train(data, "-lambda " + LAMBDA + " -threshold-metric " + metric
                    + " -threshold-holdout 0.3 -seed 1 -positive-class " + Utils.quote(positive));
            if (!model.positiveClass().equals(Optional.of(positive))) {
                throw new IllegalStateException("The " + metric + " model's positive class is "
                        + model.positiveClass().orElse("(none)") + ", not " + positive);
            }
            ThresholdCurve curve = model.thresholdCurve().orElseThrow(() -> new IllegalStateException(
                    "No threshold curve for metric " + metric));
            String label = String.format(Locale.ROOT, "%s: best %.4f at threshold %.3f", metric, curve.bestValue(),
                    curve.bestThreshold());
            XYSeries series = chart.addSeries(label, curve.thresholds(), curve.values());
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(colors[m]);
            XYSeries best = chart.addSeries(metric + " best", new double[] {curve.bestThreshold()},
                    new double[] {curve.bestValue()});
            best.setMarker(SeriesMarkers.DIAMOND);
            best.setShowInLegend(false);
            best.setMarkerColor(colors[m]);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
    }
}
