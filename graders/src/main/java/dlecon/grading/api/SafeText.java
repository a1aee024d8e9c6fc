package dlecon.grading.api;

/**
 * Text of throwables and values that may come from a submission, obtained without running submission code: a
 * throwable's message is read only when its class belongs to the JDK or the harness (a submission's exception class
 * could override {@code getMessage()} to loop or read files), and every text is capped.
 */
public final class SafeText {

    /** Longest text kept from one message; longer ones are cut with a marker. */
    public static final int MAX_CHARS = 2000;

    private SafeText() {
    }

    /** "class: message" for trusted classes, the class name alone for a submission's own throwable classes. */
    public static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        String name = t.getClass().getName();
        if (!trusted(t.getClass())) {
            return name + " (a class of the submission; its message is not read)";
        }
        String message = t.getMessage();
        return cap(message == null ? name : name + ": " + message);
    }

    /** The message alone for trusted classes, or {@link #describe(Throwable)}. */
    public static String message(Throwable t) {
        if (t != null && trusted(t.getClass()) && t.getMessage() != null) {
            return cap(t.getMessage());
        }
        return describe(t);
    }

    /** True for classes of the JDK (boot or platform loader), the API, the harness and its libraries. */
    public static boolean trusted(Class<?> c) {
        ClassLoader l = c.getClassLoader();
        if (l == null || l == ClassLoader.getPlatformClassLoader()) {
            return true;
        }
        String n = c.getName();
        return !n.startsWith("dlecon.solution.") && (n.startsWith("dlecon.") || n.startsWith("org.opentest4j.")
                || n.startsWith("org.junit.") || n.startsWith("org.assertj.") || n.startsWith("org.quicktheories."));
    }

    /** {@code s} cut to {@link #MAX_CHARS} characters. */
    public static String cap(String s) {
        if (s == null || s.length() <= MAX_CHARS) {
            return s;
        }
        return s.substring(0, MAX_CHARS) + " ... [" + (s.length() - MAX_CHARS) + " more characters cut]";
    }
}
