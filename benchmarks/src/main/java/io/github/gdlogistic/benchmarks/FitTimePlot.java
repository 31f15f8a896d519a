package io.github.gdlogistic.benchmarks;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The README's picture: fit time against number of rows, log-log, one line per tool. */
final class FitTimePlot {

    private final Map<String, List<double[]>> series = new LinkedHashMap<>();
    private final String title;

    /** The plot of the Weka and scikit-learn comparison. */
    FitTimePlot() {
        this("Fit time to the optimum, 20 features, binary (median)");
    }

    /** @param title the plot's title */
    FitTimePlot(String title) {
        this.title = title;
    }

    /** Adds one measurement of {@code tool}: the fit time in seconds (drawn in milliseconds). */
    void add(String tool, int rows, double seconds) {
        series.computeIfAbsent(tool, key -> new ArrayList<>()).add(new double[] {rows, seconds});
    }

    void write(Path file) throws IOException {
        // the legend beside the plot, so that no line is drawn under it however many tools there are
        XYChart chart = new XYChartBuilder().width(series.size() > 4 ? 1040 : 760).height(480)
                .title(title)
                .xAxisTitle("rows (log scale)").yAxisTitle("fit time in milliseconds (log scale)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        // One number format on both axes: plain numbers with thousands separators (1,000 rows; 0.1 to 10,000 ms).
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        for (Map.Entry<String, List<double[]>> entry : series.entrySet()) {
            entry.getValue().sort(java.util.Comparator.comparingDouble(point -> point[0]));
            double[] x = entry.getValue().stream().mapToDouble(point -> point[0]).toArray();
            double[] y = entry.getValue().stream().mapToDouble(point -> point[1] * 1e3).toArray();
            XYSeries line = chart.addSeries(entry.getKey(), x, y);
            line.setMarker(SeriesMarkers.CIRCLE);
        }
        String name = file.toString();
        BitmapEncoder.saveBitmap(chart, name.endsWith(".png") ? name.substring(0, name.length() - 4) : name,
                BitmapEncoder.BitmapFormat.PNG);
    }
}
