package dlecon.grading.api;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Values as text for failure messages: arrays, matrices, records and collections by content, never by identity
 * (never the class name and identity hash that {@code Object.toString} gives, which tell nothing and differ between
 * two gradings), long ones shortened to their first
 * {@link #MAX_ENTRIES} entries and a count. Objects of the submission's classes are named by class only (their
 * {@code toString()} is submission code, see {@link SafeText}).
 */
public final class Values {

    /** Entries shown of an array or collection; the rest are counted. */
    public static final int MAX_ENTRIES = 8;
    /** Nesting shown (a matrix is 2 levels); deeper values are elided. */
    private static final int MAX_DEPTH = 4;

    private Values() {
    }

    /** {@code value} as text (see the class comment), capped like every other text of a report. */
    public static String text(Object value) {
        StringBuilder b = new StringBuilder();
        append(b, value, 0);
        return SafeText.cap(b.toString());
    }

    private static void append(StringBuilder b, Object v, int depth) {
        if (v == null) {
            b.append("null");
        } else if (v.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(Array.get(v, i));
            }
            list(b, items, depth);
        } else if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?>) {
            b.append(v);
        } else if (!SafeText.trusted(v.getClass())) {
            b.append(v.getClass().getName());
        } else if (v.getClass().isHidden() || v.getClass().isSynthetic()) {
            b.append("<function>"); // a lambda: its name and address differ from run to run
        } else if (!overridesToString(v.getClass())) {
            b.append(v.getClass().getSimpleName());
        } else if (v instanceof Record) {
            record(b, v, depth);
        } else if (v instanceof Collection<?> c) {
            list(b, new ArrayList<>(c), depth);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            int n = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (n++ > 0) {
                    b.append(", ");
                }
                append(b, e.getKey(), depth + 1);
                b.append('=');
                append(b, e.getValue(), depth + 1);
            }
            b.append('}');
        } else {
            b.append(v);
        }
    }

    private static boolean overridesToString(Class<?> c) {
        try {
            return c.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void list(StringBuilder b, List<?> items, int depth) {
        if (depth >= MAX_DEPTH) {
            b.append("[").append(items.size()).append(" entries]");
            return;
        }
        b.append('[');
        for (int i = 0; i < Math.min(items.size(), MAX_ENTRIES); i++) {
            if (i > 0) {
                b.append(", ");
            }
            append(b, items.get(i), depth + 1);
        }
        if (items.size() > MAX_ENTRIES) {
            b.append(", ... (").append(items.size()).append(" entries)");
        }
        b.append(']');
    }

    private static void record(StringBuilder b, Object r, int depth) {
        b.append(r.getClass().getSimpleName()).append('[');
        RecordComponent[] parts = r.getClass().getRecordComponents();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(parts[i].getName()).append('=');
            try {
                parts[i].getAccessor().setAccessible(true);
                append(b, parts[i].getAccessor().invoke(r), depth + 1);
            } catch (ReflectiveOperationException | RuntimeException e) {
                b.append('?');
            }
        }
        b.append(']');
    }
}
