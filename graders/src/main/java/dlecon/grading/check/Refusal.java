package dlecon.grading.check;

/**
 * A reference the static check refused.
 *
 * @param className the submission's class (dotted name)
 * @param method    the method holding the reference, or "" for the class header
 * @param source    the source file name, or "" when the class file does not say
 * @param line      the source line, or -1 when unknown
 * @param reference what was referred to, e.g. "java.lang.System.exit"
 * @param reason    why it is refused, e.g. "JVM exit"
 */
public record Refusal(String className, String method, String source, int line, String reference, String reason) {

    /** One line: "dlecon.solution.e1.Foo.bar (Foo.java:12): refers to java.lang.System.exit: JVM exit". */
    @Override
    public String toString() {
        String where = method.isEmpty() ? className : className + "." + method;
        String at = source.isEmpty() ? "" : " (" + source + (line > 0 ? ":" + line : "") + ")";
        return where + at + ": refers to " + reference + ": " + reason;
    }
}
