package io.github.gdlogistic.knime.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks the KNIME API declarations the bundle compiles against with the list of verified signatures in
 * {@code knime-api-signatures.txt} (one line per type, supertype, constructor, method and field; see
 * {@code docs/knime-shim.md} for what each was checked against).
 *
 * <p>Against the shim (the default build) the shim must declare exactly the listed signatures: a signature changed,
 * added or dropped in the shim fails here until the list is updated, i.e. until someone has checked it against
 * KNIME. Against the real KNIME jars ({@code -Dknime.plugins=...}) every listed signature must exist in the real
 * classes (declared or inherited), which checks the list itself. The KNIME classes are looked up by name, so that
 * the test compiles whichever of the two is there; it is skipped when neither is on the test classpath.
 */
class KnimeApiSignaturesTest {

    private static final String LIST = "/knime-api-signatures.txt";
    private static final int TYPE_MODIFIERS =
        Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC;
    private static final int MEMBER_MODIFIERS = TYPE_MODIFIERS;

    @Test
    void knimeApiMatchesTheVerifiedSignatures() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> verified = verifiedSignatures();
        Class<?> dataCell;
        try {
            dataCell = Class.forName("org.knime.core.data.DataCell", false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            Assumptions.abort("No KNIME classes (shim or real) on the test classpath: " + e);
            return;
        }
        Path location = Paths.get(dataCell.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (location.toString().contains("knime-api-shim")) {
            Set<String> actual = new TreeSet<>();
            for (String className : classNames(location)) {
                actual.addAll(describe(Class.forName(className, false, getClass().getClassLoader())));
            }
            compareWithShim(verified, actual);
        } else {
            compareWithRealKnime(verified);
        }
    }

    private static void compareWithShim(Set<String> verified, Set<String> actual) throws IOException {
        List<String> missing = verified.stream().filter(line -> !actual.contains(line)).collect(Collectors.toList());
        List<String> unverified = actual.stream().filter(line -> !verified.contains(line)).collect(Collectors.toList());
        if (!missing.isEmpty() || !unverified.isEmpty()) {
            Path written = Paths.get("target", "knime-api-signatures.actual.txt");
            Files.createDirectories(written.getParent());
            Files.write(written, actual, StandardCharsets.UTF_8);
            fail("The KNIME API shim differs from the verified signatures in " + LIST + " (the shim's own are in "
                + written.toAbsolutePath() + ").\nListed but not in the shim:\n  " + String.join("\n  ", missing)
                + "\nIn the shim but not listed (check them against KNIME 5.5, then list them):\n  "
                + String.join("\n  ", unverified));
        }
    }

    private static void compareWithRealKnime(Set<String> verified) {
        List<String> absent = new ArrayList<>();
        for (String line : verified) {
            if (!existsInRealKnime(line)) {
                absent.add(line);
            }
        }
        assertTrue(absent.isEmpty(), "Listed KNIME API signatures that the real KNIME classes do not have (fix the "
            + "shim and " + LIST + "):\n  " + String.join("\n  ", absent));
    }

    private static boolean existsInRealKnime(String line) {
        String className = line.substring(0, line.indexOf(" :: "));
        String entry = line.substring(line.indexOf(" :: ") + 4);
        ClassLoader loader = KnimeApiSignaturesTest.class.getClassLoader();
        try {
            Class<?> type = Class.forName(className, false, loader);
            if (entry.startsWith("supertype ")) {
                String raw = entry.substring("supertype ".length()).replaceAll("<.*", "");
                return Class.forName(raw, false, loader).isAssignableFrom(type);
            }
            if (entry.startsWith("type ")) {
                return describe(type).contains(line);
            }
            return hierarchy(type).stream().flatMap(c -> members(c).stream()).anyMatch(entry::equals);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Set<String> verifiedSignatures() throws IOException {
        try (InputStream in = KnimeApiSignaturesTest.class.getResourceAsStream(LIST)) {
            assertTrue(in != null, LIST + " is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The classes in a folder or jar of compiled classes, by binary name, package-info left out. */
    private static List<String> classNames(Path location) throws IOException {
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(Files::isRegularFile).map(file -> location.relativize(file).toString().replace('\\', '/'))
                    .forEach(entries::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(entry -> entry.getName()).forEach(entries::add);
            }
        }
        return entries.stream().filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).sorted()
            .collect(Collectors.toList());
    }

    /** The type and its supertypes, then its public and protected members, each line prefixed by the type name. */
    private static Set<String> describe(Class<?> type) {
        String prefix = type.getName() + " :: ";
        Set<String> lines = new TreeSet<>();
        int modifiers = type.getModifiers() & TYPE_MODIFIERS & (type.isInterface() ? ~Modifier.ABSTRACT : ~0);
        lines.add(prefix + "type " + Modifier.toString(modifiers) + (modifiers == 0 ? "" : " ")
            + (type.isInterface() ? "interface " : "class ") + type.getName() + typeParameters(type.getTypeParameters()));
        if (type.getGenericSuperclass() != null && type.getGenericSuperclass() != Object.class) {
            lines.add(prefix + "supertype " + type.getGenericSuperclass().getTypeName());
        }
        for (Type superInterface : type.getGenericInterfaces()) {
            lines.add(prefix + "supertype " + superInterface.getTypeName());
        }
        members(type).forEach(member -> lines.add(prefix + member));
        return lines;
    }

    private static List<String> members(Class<?> type) {
        List<String> members = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                members.add("constructor " + modifiers(constructor.getModifiers(), false)
                    + typeParameters(constructor.getTypeParameters()) + "(" + parameters(constructor) + ")"
                    + exceptions(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                String typeParameters = typeParameters(method.getTypeParameters());
                members.add("method " + modifiers(method.getModifiers(), method.isDefault())
                    + (typeParameters.isEmpty() ? "" : typeParameters + " ") + method.getGenericReturnType().getTypeName()
                    + " " + method.getName() + "(" + parameters(method) + ")" + exceptions(method));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                members.add("field " + modifiers(field.getModifiers(), false) + field.getGenericType().getTypeName()
                    + " " + field.getName());
            }
        }
        return members;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String modifiers(int modifiers, boolean isDefault) {
        String text = Modifier.toString(modifiers & MEMBER_MODIFIERS) + (isDefault ? " default" : "");
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables).map(variable -> variable.getName() + " extends " + Arrays
            .stream(variable.getBounds()).map(Type::getTypeName).collect(Collectors.joining(" & ")))
            .collect(Collectors.joining(", ", "<", ">"));
    }

    private static String parameters(Executable executable) {
        List<String> types = Arrays.stream(executable.getGenericParameterTypes()).map(Type::getTypeName)
            .collect(Collectors.toList());
        if (executable.isVarArgs() && !types.isEmpty()) {
            String last = types.get(types.size() - 1);
            types.set(types.size() - 1, last.substring(0, last.length() - 2) + "...");
        }
        return String.join(", ", types);
    }

    private static String exceptions(Executable executable) {
        Type[] thrown = executable.getGenericExceptionTypes();
        return thrown.length == 0 ? ""
            : Arrays.stream(thrown).map(Type::getTypeName).sorted().collect(Collectors.joining(", ", " throws ", ""));
    }

    /** The type, its superclasses and all their interfaces. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (seen.add(next)) {
                all.add(next);
                if (next.getSuperclass() != null) {
                    pending.add(next.getSuperclass());
                }
                pending.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return all;
    }
}
