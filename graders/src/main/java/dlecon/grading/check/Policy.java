package dlecon.grading.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The allowlist of references a submission may make, read from {@code allowlist.txt} (rules "allow|deny PATTERN
 * [reason]"; the most specific rule wins: member with descriptor, member, class pattern with "*" (any characters,
 * e.g. "org/ejml/*_MT_*"), class, longest package prefix, then a member rule on any class "*#name"). A reference
 * that matches no rule is refused.
 */
public final class Policy {

    /** A rule's verdict and its reason. */
    public record Verdict(boolean allowed, String reason) {
    }

    private static final Verdict UNLISTED = new Verdict(false, "not on the allowlist");

    private final Map<String, Verdict> exact = new HashMap<>();
    private final Map<String, Verdict> prefixes = new HashMap<>();
    private final Map<Pattern, Verdict> classPatterns = new java.util.LinkedHashMap<>();

    private Policy() {
    }

    /** The project's allowlist (the resource beside this class). */
    public static Policy standard() {
        try (InputStream in = Policy.class.getResourceAsStream("allowlist.txt")) {
            if (in == null) {
                throw new IllegalStateException("allowlist.txt is missing from the grader's class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses rules in the format described in the class comment. */
    public static Policy parse(String text) {
        Policy p = new Policy();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+", 3);
                if (parts.length < 2 || !(parts[0].equals("allow") || parts[0].equals("deny"))) {
                    throw new IllegalArgumentException("allowlist line " + n + ": expected allow|deny PATTERN: " + s);
                }
                boolean allow = parts[0].equals("allow");
                Verdict v = new Verdict(allow, parts.length > 2 ? parts[2] : allow ? "" : "refused");
                if (parts[1].contains("*") && !parts[1].startsWith("*#")) {
                    p.classPatterns.put(glob(parts[1]), v);
                } else {
                    (parts[1].endsWith("/") ? p.prefixes : p.exact).put(parts[1], v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The verdict on a reference to member {@code name} with {@code descriptor} of class {@code owner} (internal
     * names; {@code name} null for a reference to the class itself).
     */
    public Verdict check(String owner, String name, String descriptor) {
        if (owner.startsWith("[")) { // array types: clone() and length, judged by their element type
            String element = owner.replaceFirst("^\\[+", "");
            if (element.length() == 1) {
                return new Verdict(true, "");
            }
            return check(element.substring(1, element.length() - 1), null, null);
        }
        if (name != null) {
            Optional<Verdict> m = Optional.ofNullable(exact.get(owner + "#" + name + descriptor))
                    .or(() -> Optional.ofNullable(exact.get(owner + "#" + name)));
            if (m.isPresent()) {
                return m.get();
            }
        }
        Verdict v = classPatterns.entrySet().stream().filter(e -> e.getKey().matcher(owner).matches())
                .map(Map.Entry::getValue).findFirst().orElse(exact.get(owner));
        if (v == null) {
            v = prefix(owner);
        }
        if (name != null && v.allowed()) {
            Verdict any = exact.get("*#" + name);
            if (any != null) {
                return any;
            }
        }
        return v;
    }

    /** A class pattern as a regular expression: "*" stands for any characters, everything else for itself. */
    private static Pattern glob(String pattern) {
        return Pattern.compile(java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }

    private Verdict prefix(String owner) {
        for (int slash = owner.lastIndexOf('/'); slash > 0; slash = owner.lastIndexOf('/', slash - 1)) {
            Verdict v = prefixes.get(owner.substring(0, slash + 1));
            if (v != null) {
                return v;
            }
        }
        return UNLISTED;
    }
}
