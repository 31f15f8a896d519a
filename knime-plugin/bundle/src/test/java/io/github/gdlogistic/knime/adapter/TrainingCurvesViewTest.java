package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

/** The model's second view draws the learning curve, and the threshold curve below it when tuning ran. */
class TrainingCurvesViewTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Overlapping classes along x, so training takes many iterations and thresholds matter. */
    private static TabularModel model(Object... settings) {
        TrainingTableBuilder builder = new TrainingTableBuilder(List.of(new FeatureColumn("x", ColumnKind.NUMERIC)));
        for (int i = 0; i < 60; i++) {
            double x = i / 10.0;
            builder.addRow(new Object[] {x}, (i % 7 < (i < 30 ? 2 : 5)) ? "yes" : "no");
        }
        return TabularTrainer.fit(builder.build(), KnimeSettings.config(settings), TrainingListener.NONE);
    }

    private static int pixels(BufferedImage image, Color color, int fromY, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == color.getRGB()) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void learningCurveOnlyWithoutTuning() throws IOException {
        TrainingCurvesView view = new TrainingCurvesView(model("solver", "gd", "learningRate", 0.5));
        assertFalse(view.showsThresholdCurve());
        BufferedImage image = view.render(700, 500);
        save(image, "training-curves.png");
        assertTrue(pixels(image, TrainingCurvesView.LOSS_COLOR, 0, 500) > 300, "the loss curve is drawn");
        assertEquals(0, pixels(image, TrainingCurvesView.METRIC_COLOR, 0, 500));
    }

    @Test
    void thresholdCurveBelowTheLearningCurveWhenTuned() throws IOException {
        TrainingCurvesView view = new TrainingCurvesView(model("solver", "gd", "learningRate", 0.5,
            "thresholdMetric", "f1"));
        assertTrue(view.showsThresholdCurve());
        BufferedImage image = view.render(700, 500);
        save(image, "training-curves-tuned.png");
        assertTrue(pixels(image, TrainingCurvesView.LOSS_COLOR, 0, 250) > 200, "loss curve on top");
        assertEquals(0, pixels(image, TrainingCurvesView.LOSS_COLOR, 250, 500));
        assertTrue(pixels(image, TrainingCurvesView.METRIC_COLOR, 250, 500) > 200, "threshold curve below");
        assertTrue(pixels(image, TrainingCurvesView.MARKER_COLOR, 250, 500) > 50, "the chosen threshold is marked");
    }

    @Test
    void smallSizesAndTickLabelsRead() {
        new TrainingCurvesView(model()).render(60, 40);
        assertEquals("1E-9", TrainingCurvesView.number(1e-9));
        assertEquals("0.25", TrainingCurvesView.number(0.25));
        assertEquals("1200", TrainingCurvesView.number(1200));
        assertEquals("0.6931", TrainingCurvesView.number(0.693147));
    }

    private static void save(BufferedImage image, String name) throws IOException {
        File directory = new File("target/views");
        directory.mkdirs();
        ImageIO.write(image, "png", new File(directory, name));
    }
}
