package dlecon.tools.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates student stubs from reference sources (convention in {@code reference/README.md}):
 * a {@code // BEGIN SOLUTION: <task>} ... {@code // END SOLUTION} region, which must be the whole remaining body of a
 * method or constructor, becomes {@code throw new UnsupportedOperationException("TODO <task>");}; a
 * {@code // BEGIN REMOVE} ... {@code // END REMOVE} region is deleted. Everything else is copied unchanged.
 */
public final class TemplateGenerator {

    private static final Pattern BEGIN_SOLUTION = Pattern.compile("^(\\s*)// BEGIN SOLUTION:\\s*(E[1-7]\\b.*\\S)\\s*$");
    private static final Pattern END_SOLUTION = Pattern.compile("^\\s*// END SOLUTION\\s*$");
    private static final Pattern BEGIN_REMOVE = Pattern.compile("^\\s*// BEGIN REMOVE\\s*$");
    private static final Pattern END_REMOVE = Pattern.compile("^\\s*// END REMOVE\\s*$");
    private static final Pattern ANY_MARKER = Pattern.compile("//\\s*(BEGIN|END)\\s+(SOLUTION|REMOVE)");
    private static final Pattern CLOSING_BRACE = Pattern.compile("^\\s*}\\s*$");

    private TemplateGenerator() {
    }

    /** The result of one file: the stub text and how many regions it replaced or removed. */
    public record Result(String text, int solutionRegions, int removedRegions) {
    }

    /**
     * Generates the stub version of one source file.
     *
     * @param file   name used in error messages
     * @param source the reference source text
     * @throws MarkerException on an unbalanced, nested or misplaced marker
     */
    public static Result generate(String file, String source) {
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int solutions = 0;
        int removes = 0;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher begin = BEGIN_SOLUTION.matcher(line);
            if (begin.matches()) {
                int end = findEnd(file, lines, i, END_SOLUTION, "// END SOLUTION");
                if (end + 1 >= lines.length || !CLOSING_BRACE.matcher(lines[end + 1]).matches()) {
                    throw new MarkerException(file, end + 1,
                            "// END SOLUTION must be followed directly by the closing brace of the method");
                }
                String task = begin.group(2).replace("\\", "\\\\").replace("\"", "\\\"");
                out.add(begin.group(1) + "throw new UnsupportedOperationException(\"TODO " + task + "\");");
                solutions++;
                i = end + 1;
            } else if (BEGIN_REMOVE.matcher(line).matches()) {
                i = findEnd(file, lines, i, END_REMOVE, "// END REMOVE") + 1;
                removes++;
            } else if (ANY_MARKER.matcher(line).find()) {
                throw new MarkerException(file, i + 1, "marker out of place or malformed: " + line.trim()
                        + " (expected '// BEGIN SOLUTION: E<n> <task>' or '// BEGIN REMOVE')");
            } else {
                out.add(line);
                i++;
            }
        }
        return new Result(String.join("\n", out), solutions, removes);
    }

    private static int findEnd(String file, String[] lines, int begin, Pattern end, String endText) {
        for (int j = begin + 1; j < lines.length; j++) {
            if (end.matcher(lines[j]).matches()) {
                return j;
            }
            if (ANY_MARKER.matcher(lines[j]).find()) {
                throw new MarkerException(file, j + 1, "markers do not nest; expected " + endText + " first");
            }
        }
        throw new MarkerException(file, begin + 1, "region opened here is never closed with " + endText);
    }

    /**
     * Generates every {@code .java} file below {@code sourceRoot} into {@code targetRoot} (same relative paths).
     *
     * @return the number of solution regions replaced in all files
     */
    public static int generateTree(Path sourceRoot, Path targetRoot) {
        int regions = 0;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                Path rel = sourceRoot.relativize(p);
                Result r = generate(rel.toString(), Files.readString(p, StandardCharsets.UTF_8));
                Path target = targetRoot.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.writeString(target, r.text(), StandardCharsets.UTF_8);
                regions += r.solutionRegions();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regions;
    }

    /** Command line: {@code TemplateGenerator SOURCE_ROOT TARGET_ROOT}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: TemplateGenerator SOURCE_ROOT TARGET_ROOT");
            System.exit(2);
        }
        int n = generateTree(Path.of(args[0]), Path.of(args[1]));
        System.out.println("generated stubs for " + n + " solution regions into " + args[1]);
    }
}
