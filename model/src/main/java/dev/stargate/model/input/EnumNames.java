package dev.stargate.model.input;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum constants are written in inputs and outputs as lower snake case: FIRST_FIT ↔ first_fit. */
public final class EnumNames {
    private EnumNames() {}

    public static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    public static List<String> all(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> of((Enum<?>) c)).toList();
    }

    /** The constant written as {@code text}, or null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E c : type.getEnumConstants()) {
            if (of(c).equals(text)) return c;
        }
        return null;
    }
}
