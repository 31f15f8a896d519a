package io.github.gdlogistic.weka;

import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sets the {@link OptionMetadata}-annotated properties of one class from command-line options, failing loudly.
 *
 * <p>Weka lists and writes these options itself ({@code Option.listOptionsForClassHierarchy},
 * {@code Option.getOptionsForHierarchy}); its reading counterpart prints a stack trace and carries on when a value
 * does not parse or a setter refuses it. This class reads the same annotations but throws an exception that names
 * the option and the value, which is what the Explorer, the Experimenter and the command line then show.
 */
public final class AnnotatedOptions {

    private AnnotatedOptions() {
    }

    /**
     * Consumes the options of {@code declaringClass}'s annotated properties from {@code options} (Weka style: the
     * consumed entries become empty strings) and sets them on {@code target}. Properties whose option is absent keep
     * their value, except flags, which are set to whether the flag is present.
     *
     * @param options the command-line options
     * @param target the object to configure
     * @param declaringClass the class whose own annotated properties are read (not its superclasses')
     * @throws IllegalArgumentException naming the option and the value when a value cannot be used
     * @throws Exception when Weka's option reading fails
     */
    public static void set(String[] options, Object target, Class<?> declaringClass) throws Exception {
        for (PropertyDescriptor property : annotatedProperties(declaringClass)) {
            OptionMetadata metadata = property.getReadMethod().getAnnotation(OptionMetadata.class);
            String flag = "-" + metadata.commandLineParamName();
            Object value;
            String given;
            if (metadata.commandLineParamIsFlag()) {
                value = Utils.getFlag(metadata.commandLineParamName(), options);
                given = String.valueOf(value);
            } else {
                given = Utils.getOption(metadata.commandLineParamName(), options);
                if (given.isEmpty()) {
                    continue;
                }
                Object current = property.getReadMethod().invoke(target);
                value = parse(given, property.getPropertyType(), current, flag, metadata.displayName());
            }
            invokeSetter(property.getWriteMethod(), target, value, flag, metadata.displayName(), given);
        }
    }

    /**
     * Writes the options of {@code declaringClass}'s annotated properties in their {@code displayOrder} (the order of
     * the GUI's property sheet), in the form {@link #set} reads: a flag when it is on, otherwise the option and its
     * value ({@link SelectedTag}s by their readable text); an empty text value is left out (reading then keeps the
     * empty default).
     *
     * @param target the configured object
     * @param declaringClass the class whose own annotated properties are written (not its superclasses')
     * @return the options
     * @throws IllegalStateException when a getter cannot be called
     */
    public static List<String> get(Object target, Class<?> declaringClass) {
        List<PropertyDescriptor> properties;
        try {
            properties = annotatedProperties(declaringClass);
        } catch (IntrospectionException e) {
            throw new IllegalStateException("Cannot read the options of " + declaringClass.getName(), e);
        }
        properties.sort(Comparator.comparingInt(
                property -> property.getReadMethod().getAnnotation(OptionMetadata.class).displayOrder()));
        List<String> options = new ArrayList<>();
        for (PropertyDescriptor property : properties) {
            OptionMetadata metadata = property.getReadMethod().getAnnotation(OptionMetadata.class);
            String flag = "-" + metadata.commandLineParamName();
            Object value;
            try {
                value = property.getReadMethod().invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read the value of " + flag, e);
            }
            if (metadata.commandLineParamIsFlag()) {
                if (Boolean.TRUE.equals(value)) {
                    options.add(flag);
                }
            } else if (value != null && !value.toString().isEmpty()) {
                options.add(flag);
                options.add(value instanceof SelectedTag ? ((SelectedTag) value).getSelectedTag().getReadable()
                        : value.toString());
            }
        }
        return options;
    }

    private static List<PropertyDescriptor> annotatedProperties(Class<?> declaringClass)
            throws IntrospectionException {
        List<PropertyDescriptor> result = new ArrayList<>();
        for (PropertyDescriptor property : Introspector.getBeanInfo(declaringClass, declaringClass.getSuperclass())
                .getPropertyDescriptors()) {
            Method getter = property.getReadMethod();
            if (getter == null || property.getWriteMethod() == null) {
                continue;
            }
            OptionMetadata metadata = getter.getAnnotation(OptionMetadata.class);
            if (metadata != null && !metadata.commandLineParamName().isEmpty()) {
                result.add(property);
            }
        }
        return result;
    }

    private static Object parse(String given, Class<?> type, Object current, String flag, String displayName) {
        try {
            if (type == int.class || type == Integer.class) {
                return Integer.valueOf(given.trim());
            }
            if (type == long.class || type == Long.class) {
                return Long.valueOf(given.trim());
            }
            if (type == double.class || type == Double.class) {
                return Double.valueOf(given.trim());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(displayName + " (" + flag + "): '" + given + "' is not "
                    + (type == double.class || type == Double.class ? "a number" : "a whole number"), e);
        }
        if (type == String.class) {
            return given;
        }
        if (type == SelectedTag.class) {
            Tag[] tags = ((SelectedTag) current).getTags();
            String wanted = given.trim();
            List<String> accepted = new ArrayList<>();
            for (Tag tag : tags) {
                if (tag.getReadable().equalsIgnoreCase(wanted) || tag.getIDStr().equalsIgnoreCase(wanted)) {
                    return new SelectedTag(tag.getID(), tags);
                }
                accepted.add(tag.getReadable());
            }
            throw new IllegalArgumentException(displayName + " (" + flag + "): '" + given
                    + "' is not one of the choices; expected one of: " + String.join(", ", accepted));
        }
        throw new IllegalStateException("Option " + flag + " has a property type that cannot be read from the "
                + "command line: " + type.getName());
    }

    private static void invokeSetter(Method setter, Object target, Object value, String flag, String displayName,
            String given) throws IllegalAccessException {
        try {
            setter.invoke(target, value);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                String message = cause.getMessage();
                // The setters already name the option; add it only where a message does not.
                throw new IllegalArgumentException(message != null && message.contains(flag) ? message
                        : displayName + " (" + flag + " " + given + "): " + message, cause);
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("Setting " + flag + " to '" + given + "' failed: " + cause, cause);
        }
    }

    /**
     * The configuration with one setting changed, rebuilt (and so validated) by the core: what the classifiers'
     * setters do. A refused value leaves {@code config} as it was; the message is prefixed with the option's name.
     *
     * @param config the current configuration
     * @param option the option's name and flag, e.g. {@code "Regularization strength (-lambda)"}
     * @param setting the change
     * @return the new configuration
     * @throws IllegalArgumentException naming the option when the core refuses the value
     */
    public static io.github.gdlogistic.core.TrainingConfig rebuilt(io.github.gdlogistic.core.TrainingConfig config,
            String option, java.util.function.UnaryOperator<io.github.gdlogistic.core.TrainingConfig.Builder> setting) {
        try {
            return setting.apply(config.toBuilder()).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }
}
