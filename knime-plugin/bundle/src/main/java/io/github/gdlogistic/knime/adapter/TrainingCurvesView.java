package io.github.gdlogistic.knime.adapter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.JComponent;

import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.table.TabularModel;

/**
 * The model port's picture: the learning curve (training loss per iteration) and, when the threshold was tuned, the
 * threshold curve below it (the metric per candidate threshold, the chosen threshold marked). Plain Java2D, sized for
 * KNIME's view windows (700 x 500 preferred) and redrawn to any size.
 */
public final class TrainingCurvesView extends JComponent {

    private static final long serialVersionUID = 1L;

    /** Colour of the loss curve. */
    static final Color LOSS_COLOR = new Color(31, 94, 170);
    /** Colour of the threshold curve. */
    static final Color METRIC_COLOR = new Color(200, 90, 20);
    /** Colour of the chosen threshold's marker line. */
    static final Color MARKER_COLOR = new Color(60, 140, 60);

    private static final int MARGIN_LEFT = 70;
    private static final int MARGIN_RIGHT = 20;
    private static final int MARGIN_TOP = 28;
    private static final int MARGIN_BOTTOM = 40;
    private static final int TICKS = 5;

    private final double[] iterations;
    private final double[] losses;
    private final ThresholdCurve thresholdCurve;
    private final double threshold;

    /** @param model the fitted model whose training is shown */
    public TrainingCurvesView(TabularModel model) {
        List<LossPoint> history = model.report().lossHistory();
        iterations = new double[history.size()];
        losses = new double[history.size()];
        for (int i = 0; i < history.size(); i++) {
            iterations[i] = history.get(i).iteration();
            losses[i] = history.get(i).loss();
        }
        Optional<ThresholdCurve> curve = model.thresholdCurve();
        thresholdCurve = curve.orElse(null);
        threshold = model.core().isBinary() ? model.threshold() : Double.NaN;
        setName("Training curves");
        setPreferredSize(new Dimension(700, 500));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    /** @return whether the threshold curve is drawn (the threshold was tuned) */
    public boolean showsThresholdCurve() {
        return thresholdCurve != null;
    }

    /**
     * Draws the view into an image, as on screen (works headless).
     *
     * @param width image width in pixels
     * @param height image height in pixels
     * @return the picture
     */
    public BufferedImage render(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            draw(g, getWidth(), getHeight());
        } finally {
            g.dispose();
        }
    }

    private void draw(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int panelHeight = thresholdCurve == null ? height : height / 2;
        plot(g, 0, 0, width, panelHeight, "Learning curve: training loss per iteration", "Iteration", "Loss",
            iterations, losses, LOSS_COLOR, Double.NaN);
        if (thresholdCurve != null) {
            plot(g, 0, panelHeight, width, height - panelHeight,
                "Threshold curve: " + thresholdCurve.metric().optionName() + " per threshold (chosen "
                    + number(threshold) + ", " + (thresholdCurve.heldOut() ? "held-out" : "training") + " rows)",
                "Threshold", thresholdCurve.metric().optionName(), thresholdCurve.thresholds(),
                thresholdCurve.values(), METRIC_COLOR, threshold);
        }
    }

    private static void plot(Graphics2D g, int x0, int y0, int width, int height, String title, String xLabel,
            String yLabel, double[] xs, double[] ys, Color color, double marker) {
        FontMetrics metrics = g.getFontMetrics();
        int left = x0 + MARGIN_LEFT;
        int right = x0 + width - MARGIN_RIGHT;
        int top = y0 + MARGIN_TOP;
        int bottom = y0 + height - MARGIN_BOTTOM;
        g.setColor(Color.BLACK);
        g.drawString(title, left, y0 + MARGIN_TOP - 10);
        if (right - left < 20 || bottom - top < 20) {
            return;
        }
        if (xs.length == 0) {
            g.drawString("No iterations recorded.", left + 10, (top + bottom) / 2);
            return;
        }
        double[] xRange = range(xs);
        double[] yRange = range(ys);
        g.setColor(new Color(235, 235, 235));
        for (int k = 0; k <= TICKS; k++) {
            int y = top + (bottom - top) * k / TICKS;
            g.drawLine(left, y, right, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, right - left, bottom - top);
        for (int k = 0; k <= TICKS; k++) {
            double xValue = xRange[0] + (xRange[1] - xRange[0]) * k / TICKS;
            int x = left + (right - left) * k / TICKS;
            String text = number(xValue);
            g.drawLine(x, bottom, x, bottom + 4);
            g.drawString(text, x - metrics.stringWidth(text) / 2, bottom + 4 + metrics.getAscent());
            double yValue = yRange[1] - (yRange[1] - yRange[0]) * k / TICKS;
            int y = top + (bottom - top) * k / TICKS;
            text = number(yValue);
            g.drawLine(left - 4, y, left, y);
            g.drawString(text, left - 6 - metrics.stringWidth(text), y + metrics.getAscent() / 2 - 1);
        }
        g.drawString(xLabel, (left + right - metrics.stringWidth(xLabel)) / 2, bottom + 8 + 2 * metrics.getAscent());
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(top + bottom + metrics.stringWidth(yLabel)) / 2, x0 + metrics.getAscent() + 2);
        rotated.dispose();

        if (!Double.isNaN(marker) && marker >= xRange[0] && marker <= xRange[1]) {
            int x = (int) Math.round(scale(marker, xRange, left, right));
            g.setColor(MARKER_COLOR);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
                0f));
            g.drawLine(x, top, x, bottom);
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            double x = scale(xs[i], xRange, left, right);
            double y = scale(ys[i], yRange, bottom, top);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        if (xs.length == 1) {
            int x = (int) Math.round(scale(xs[0], xRange, left, right));
            int y = (int) Math.round(scale(ys[0], yRange, bottom, top));
            g.fillOval(x - 3, y - 3, 7, 7);
        } else {
            g.draw(path);
        }
    }

    /** The finite values' range, widened a little when all are equal. */
    private static double[] range(double[] values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (low > high) {
            return new double[] {0, 1};
        }
        if (low == high) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.05;
            return new double[] {low - pad, high + pad};
        }
        return new double[] {low, high};
    }

    private static double scale(double value, double[] range, double from, double to) {
        double clamped = Double.isFinite(value) ? value : (value > 0 ? range[1] : range[0]);
        return from + (clamped - range[0]) / (range[1] - range[0]) * (to - from);
    }

    /** A tick label that reads: up to four significant digits, scientific only for very small or large values. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
            return trimZeros(parts[0]) + "E" + Integer.parseInt(parts[1]);
        }
        return trimZeros(String.format(Locale.ROOT, "%.4g", value));
    }

    private static String trimZeros(String text) {
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
