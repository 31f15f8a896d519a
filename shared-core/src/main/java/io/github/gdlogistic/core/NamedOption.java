package io.github.gdlogistic.core;

import java.util.Locale;

/**
 * An enumerated option with a user-facing name and help text, shared by the option enums so that both hosts
 * parse and display them the same way.
 */
public interface NamedOption {

    /** @return the short name used on command lines and in settings files, e.g. {@code "auto"} */
    String optionName();

    /** @return one sentence a user understands, for GUIs and help texts */
    String description();

    /**
     * Looks up an option constant by its {@link #optionName()} or enum constant name, ignoring case.
     *
     * @param type the enum class
     * @param name the name given by the user
     * @param what what the option is called, for the error message
     * @param <E> the enum type
     * @return the constant
     * @throws IllegalArgumentException naming the value and the accepted names when nothing matches
     */
    static <E extends Enum<E> & NamedOption> E fromName(Class<E> type, String name, String what) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.optionName().equals(wanted) || constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return constant;
                }
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(constant.optionName());
        }
        throw new IllegalArgumentException(what + " '" + name + "' is not known; expected one of: " + accepted);
    }

    /**
     * @param type the enum class
     * @param <E> the enum type
     * @return the option names of all constants, in declaration order
     */
    static <E extends Enum<E> & NamedOption> String[] optionNames(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].optionName();
        }
        return names;
    }
}
