package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Loading damaged model port content gives an IOException that says so, never a raw unchecked exception. */
class ModelCodecTest {

    @Test
    void missingModelTextIsReportedAsMissing() {
        IOException error = assertThrows(IOException.class, () -> ModelCodec.decode(null, ModelCodec.FORMAT_VERSION));
        assertTrue(error.getMessage().contains("model is missing"), error.getMessage());
    }

    @Test
    void serializedNullIsReportedAsDamaged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(null);
        }
        String text = Base64.getEncoder().encodeToString(bytes.toByteArray());

        IOException error = assertThrows(IOException.class, () -> ModelCodec.decode(text, ModelCodec.FORMAT_VERSION));
        assertTrue(error.getMessage().contains("damaged"), error.getMessage());
        assertTrue(error.getMessage().contains("model port content"), error.getMessage());
    }
}
