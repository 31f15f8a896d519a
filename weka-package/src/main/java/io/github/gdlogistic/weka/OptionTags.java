package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.NamedOption;

import weka.core.SelectedTag;
import weka.core.Tag;

/**
 * Shows the core's option enums as Weka {@link SelectedTag}s (a drop-down list in the GUI, the option name on the
 * command line), so that the GUI, the command line and the Experimenter offer exactly the core's choices.
 */
public final class OptionTags {

    private OptionTags() {
    }

    /**
     * @param type a core option enum
     * @param <E> the enum type
     * @return one tag per constant: the ordinal as ID, the enum constant name as ID string, the option name as the
     *         readable text (what the GUI lists and the command line uses)
     */
    public static <E extends Enum<E> & NamedOption> Tag[] tagsOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        Tag[] tags = new Tag[constants.length];
        for (int i = 0; i < constants.length; i++) {
            tags[i] = new Tag(constants[i].ordinal(), constants[i].name(), constants[i].optionName());
        }
        return tags;
    }

    /**
     * @param constant the selected constant
     * @param tags the tags made by {@link #tagsOf} for its enum
     * @return the selection
     */
    public static SelectedTag select(Enum<?> constant, Tag[] tags) {
        return new SelectedTag(constant.ordinal(), tags);
    }

    /**
     * @param selection a selection from the GUI or the command line
     * @param type the core option enum it must belong to
     * @param what the option's display name, for the error message
     * @param <E> the enum type
     * @return the selected constant
     * @throws IllegalArgumentException when the selection belongs to another list of tags
     */
    public static <E extends Enum<E> & NamedOption> E constantOf(SelectedTag selection, Class<E> type, String what) {
        E[] constants = type.getEnumConstants();
        Tag selected = selection.getSelectedTag();
        if (selection.getTags().length != constants.length || selected.getID() < 0
                || selected.getID() >= constants.length
                || !constants[selected.getID()].name().equals(selected.getIDStr())) {
            throw new IllegalArgumentException(what + ": '" + selected.getReadable()
                    + "' is not one of the choices; expected one of: "
                    + String.join(", ", NamedOption.optionNames(type)));
        }
        return constants[selected.getID()];
    }

    /**
     * @param type a core option enum
     * @param <E> the enum type
     * @return the choices and what each does, one per line, for help texts
     */
    public static <E extends Enum<E> & NamedOption> String describeChoices(Class<E> type) {
        StringBuilder text = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            text.append(text.length() == 0 ? "" : "\n").append(constant.optionName()).append(": ")
                    .append(constant.description());
        }
        return text.toString();
    }
}
