package dlecon.tools.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of GitHub Actions expressions the course's workflows use: string, number and boolean literals, context
 * paths ({@code inputs.shards}, {@code needs.plan.outputs.list}, {@code steps.grade.outputs.result}, ...),
 * {@code ==}, {@code !=} (GitHub's loose equality, {@link #same}), {@code !}, {@code &&}, {@code ||} in GitHub's
 * precedence, parentheses, and the functions (any letter case) {@code always()},
 * {@code success()}, {@code failure()}, {@code cancelled()}, {@code fromJSON(x)}, {@code toJSON(x)}. A path that
 * is not in the contexts evaluates to null (as on GitHub); anything else is refused with the expression named.
 */
final class Expressions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:('(?:[^']|'')*')|(-?\\d+(?:\\.\\d+)?)|([A-Za-z_][\\w.\\-]*)|(==|!=|&&|\\|\\||[!(),]))");

    private final Function<String, Object> contexts;
    private final boolean failed;
    private List<String> tokens;
    private int pos;

    /**
     * @param contexts resolves a dotted path (e.g. "matrix.shard") to its value, null when absent
     * @param failed   whether a previous step of the job failed (for success() and failure())
     */
    Expressions(Function<String, Object> contexts, boolean failed) {
        this.contexts = contexts;
        this.failed = failed;
    }

    /** Replaces every {@code ${{ expr }}} in {@code text} by the expression's value as text. */
    String substitute(String text) {
        Matcher m = TEMPLATE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(asText(evaluate(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The value of an {@code if:} condition (with or without {@code ${{ }}}); absent means success(). */
    boolean condition(String text) {
        if (text == null || text.isBlank()) {
            return !failed;
        }
        String t = text.strip();
        if (t.startsWith("${{") && t.endsWith("}}")) {
            t = t.substring(3, t.length() - 2);
        }
        boolean statusFunction = t.matches(".*\\b(always|success|failure|cancelled)\\(\\).*");
        boolean value = truthy(evaluate(t));
        return statusFunction ? value : value && !failed;
    }

    /** Evaluates one expression (without the {@code ${{ }}}). */
    Object evaluate(String expression) {
        tokens = tokenize(expression);
        pos = 0;
        Object v = or();
        if (pos != tokens.size()) {
            throw new IllegalArgumentException("cannot read the expression '" + expression.strip() + "' at '"
                    + tokens.get(pos) + "'");
        }
        return v;
    }

    private Object or() {
        Object left = and();
        while (accept("||")) {
            Object right = and();
            left = truthy(left) ? left : right;
        }
        return left;
    }

    private Object and() {
        Object left = equality();
        while (accept("&&")) {
            Object right = equality();
            left = truthy(left) ? right : left;
        }
        return left;
    }

    private Object equality() {
        Object left = unary();
        if (accept("==")) {
            return same(left, unary());
        }
        if (accept("!=")) {
            return !same(left, unary());
        }
        return left;
    }

    private Object unary() {
        if (accept("!")) {
            return !truthy(unary());
        }
        return primary();
    }

    private Object primary() {
        String t = next();
        if (t.equals("(")) {
            Object v = or();
            expect(")");
            return v;
        }
        if (t.startsWith("'")) {
            return t.substring(1, t.length() - 1).replace("''", "'");
        }
        if (t.matches("-?\\d.*")) {
            return Double.parseDouble(t);
        }
        switch (t) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default: break;
        }
        if (accept("(")) {
            List<Object> args = new ArrayList<>();
            if (!accept(")")) {
                do {
                    args.add(or());
                } while (accept(","));
                expect(")");
            }
            return call(t, args);
        }
        return contexts.apply(t);
    }

    private Object call(String function, List<Object> args) {
        switch (function.toLowerCase(Locale.ROOT)) {
            case "always": return true;
            case "success": return !failed;
            case "failure": return failed;
            case "cancelled": return false;
            case "fromjson":
                try {
                    return JSON.readValue(asText(args.get(0)), Object.class);
                } catch (IOException e) {
                    throw new IllegalArgumentException("fromJSON of invalid JSON: " + args.get(0), e);
                }
            case "tojson":
                try {
                    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(args.get(0));
                } catch (IOException e) {
                    throw new IllegalArgumentException(e);
                }
            default:
                throw new IllegalArgumentException("the rehearsal does not know the function " + function + "()");
        }
    }

    /**
     * GitHub's loose equality: strings compare ignoring case; values of different types are compared as numbers
     * (null 0, false 0, true 1, a string its number, '' 0, other text NaN); arrays and objects only to themselves.
     */
    static boolean same(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.equalsIgnoreCase(y);
        }
        if (a instanceof Map<?, ?> || a instanceof List<?> || b instanceof Map<?, ?> || b instanceof List<?>) {
            return a == b;
        }
        if (a == null && b == null || a instanceof Boolean && a.equals(b)) {
            return true;
        }
        return number(a) == number(b); // NaN equals nothing
    }

    private static double number(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        String s = v.toString().strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return s.startsWith("0x") ? Long.parseLong(s.substring(2), 16) : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** GitHub's falsy values: null, false, 0, "" (and NaN). */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0 && !Double.isNaN(n.doubleValue());
        }
        return !(v instanceof String s) || !s.isEmpty();
    }

    /** A value as the text a {@code ${{ }}} substitution produces. */
    static String asText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return v.toString();
    }

    private static List<String> tokenize(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.length() && !expression.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read the expression '" + expression.strip() + "'");
            }
            for (int g = 1; g <= 4; g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g));
                }
            }
            at = m.end();
        }
        return out;
    }

    private boolean accept(String t) {
        if (pos < tokens.size() && tokens.get(pos).equals(t)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!accept(t)) {
            throw new IllegalArgumentException("expected '" + t + "' in the expression");
        }
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("the expression ends too early");
        }
        return tokens.get(pos++);
    }
}
