package io.github.gdlogistic.knime.adapter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import io.github.gdlogistic.core.table.ModelFiles;
import io.github.gdlogistic.core.table.TabularModel;

/**
 * Stores a fitted core model as text for KNIME's model content: the core's own model file format
 * ({@link ModelFiles}), Base64-encoded. The node never looks inside; the core reads it back.
 */
public final class ModelCodec {

    /** Version of this storage layout, saved next to the model text. */
    public static final int FORMAT_VERSION = 1;

    /** What the decoded bytes are, for error messages. */
    private static final String SOURCE = "the model port content";

    private ModelCodec() {
    }

    /**
     * @param model a fitted model
     * @return the model as Base64 text
     */
    public static String encode(TabularModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ModelFiles.write(model, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the model: " + e.getMessage(), e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * @param text text written by {@link #encode}
     * @param formatVersion the format version stored with it
     * @return the model
     * @throws IOException when the text is missing ({@code null}) or is not a model written by a compatible
     *         version; the message says what is wrong and that the learner should be re-run
     */
    public static TabularModel decode(String text, int formatVersion) throws IOException {
        if (formatVersion != FORMAT_VERSION) {
            throw new IOException("Model storage format " + formatVersion + " is not supported (this version reads "
                    + FORMAT_VERSION + "); re-run the learner node");
        }
        if (text == null) {
            throw new IOException("The stored model is missing: the model port content holds no model text "
                    + "(expected the Base64 text of a model); re-run the learner node");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("The stored model is damaged (not Base64 text): " + e.getMessage()
                    + "; re-run the learner node", e);
        }
        try {
            return ModelFiles.read(new ByteArrayInputStream(bytes), SOURCE);
        } catch (IOException | RuntimeException e) {
            // Damaged content reaches the user as a damaged model, whatever reading it hits (the core's reader
            // fails with a NullPointerException on a stored null, for example).
            String detail = e instanceof IOException ? e.getMessage()
                    : SOURCE + " does not hold a GD logistic regression model (" + e + ")";
            throw new IOException("The stored model is damaged: " + detail + "; re-run the learner node", e);
        }
    }
}
