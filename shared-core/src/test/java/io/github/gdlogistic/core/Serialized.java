package io.github.gdlogistic.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** Test helper: Java serialization round trips, as a saved and reloaded run or model goes through them. */
public final class Serialized {

    private Serialized() {
    }

    /**
     * @param object a serializable object
     * @param <T> its type
     * @return a copy made by writing the object to bytes and reading it back
     * @throws IOException when it cannot be written or read
     * @throws ClassNotFoundException when a class of the bytes is missing
     */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
