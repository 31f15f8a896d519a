package io.github.gdlogistic.core.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Saves and loads {@link TabularModel}s with Java serialization. Loading accepts only this project's model classes
 * and the JDK types they hold, and turns a damaged or foreign file into an {@link IOException} that names the file;
 * saving writes to a temporary file first, so an existing model file is never left half-written.
 */
public final class ModelFiles {

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "io.github.gdlogistic.core.**;java.lang.*;java.util.*;[D;[[D;[I;[Z;maxdepth=20;!*");

    private ModelFiles() {
    }

    /**
     * @param model the model
     * @param file the target file; replaced atomically where the file system allows
     * @throws IOException naming the file when its folder does not exist, it is a folder, or writing fails
     */
    public static void save(TabularModel model, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot save the model to '" + file + "': it is a folder; expected a file name");
        }
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("Cannot save the model to '" + file + "': the folder '" + folder
                    + "' does not exist; create it first or choose another file");
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(model, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * @param model the model
     * @param out the stream (not closed)
     * @throws IOException when writing fails
     */
    public static void write(TabularModel model, OutputStream out) throws IOException {
        ObjectOutputStream objects = new ObjectOutputStream(new BufferedOutputStream(out));
        objects.writeObject(model);
        objects.flush();
    }

    /**
     * Whether a file starts like a model file written by {@link #save}: a Java serialization stream whose first
     * object is a {@link TabularModel}. Reads only the first bytes; says nothing about the rest being intact.
     *
     * @param file a file
     * @return whether it is (the start of) a model file; false for a missing or unreadable file
     */
    public static boolean isModelFile(Path file) {
        byte[] expected = TabularModel.class.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] start = new byte[8 + expected.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(start, 0, start.length) < start.length) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        // stream magic and version, a new object, a new class description, the class name's length and the name
        boolean header = (start[0] & 0xff) == 0xac && (start[1] & 0xff) == 0xed && start[4] == 0x73 && start[5] == 0x72
                && ((start[6] & 0xff) << 8 | (start[7] & 0xff)) == expected.length;
        return header && java.util.Arrays.equals(java.util.Arrays.copyOfRange(start, 8, start.length), expected);
    }

    /**
     * @param file a file written by {@link #save}
     * @return the model
     * @throws IOException naming the file when it is missing, damaged or not a model file
     */
    public static TabularModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * @param in a stream positioned at a model written by {@link #write}
     * @param source what the stream is, for error messages
     * @return the model
     * @throws IOException naming the source when the content is damaged or not a model
     */
    public static TabularModel read(InputStream in, String source) throws IOException {
        Object object;
        try {
            ObjectInputStream objects = new ObjectInputStream(new BufferedInputStream(in));
            objects.setObjectInputFilter(FILTER);
            object = objects.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IOException("'" + source + "' is not a readable GD logistic regression model (damaged, "
                    + "truncated or a different kind of file): " + e, e);
        }
        if (object == null) {
            throw new IOException("'" + source + "' holds no model (an empty, null object); expected a GD logistic "
                    + "regression model");
        }
        if (!(object instanceof TabularModel)) {
            throw new IOException("'" + source + "' holds a " + object.getClass().getName()
                    + ", not a GD logistic regression model");
        }
        return (TabularModel) object;
    }
}
