package dlecon.grading.mutation;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dlecon.api.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the mutants of the reference: parses each source file of an exercise with JavaParser and applies the
 * expression and statement operators to every node inside a solution region, except exception messages, throw
 * statements, assertions and annotations. Edits that give the same file are kept once.
 */
public final class MutantGenerator {

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** The reference's sources of the exercises and their mutants. */
    public record Generated(Map<String, String> sources, List<SourceMutant> mutants) {
        public Generated {
            sources = Map.copyOf(sources);
            mutants = List.copyOf(mutants);
        }
    }

    /**
     * The mutants of the given exercises of a {@code dlecon/solution} folder, ordered by exercise, file and position.
     *
     * @throws IllegalStateException when a file does not parse
     */
    public Generated generate(Path solutions, List<Exercise> exercises) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<SourceMutant> mutants = new ArrayList<>();
        for (Exercise e : exercises) {
            String dir = e.name().toLowerCase(java.util.Locale.ROOT);
            for (Path f : javaFiles(solutions.resolve(dir))) {
                String rel = dir + "/" + f.getFileName();
                String text = read(f);
                sources.put(rel, text);
                mutants.addAll(mutate(e, rel, text));
            }
        }
        return new Generated(sources, mutants);
    }

    /** The mutants of one file. */
    List<SourceMutant> mutate(Exercise exercise, String file, String text) {
        SolutionRegions regions = SolutionRegions.of(text);
        if (regions.isEmpty()) {
            return List.of();
        }
        ParseResult<CompilationUnit> parsed = parser.parse(text);
        CompilationUnit cu = parsed.getResult().filter(r -> parsed.isSuccessful()).orElseThrow(() ->
                new IllegalStateException(file + " does not parse: " + parsed.getProblems()));
        SourceText src = new SourceText(text);
        ExpressionMutations expressions = new ExpressionMutations(src);
        StatementMutations statements = new StatementMutations(src);
        List<Edit> edits = new ArrayList<>();
        cu.walk(node -> {
            if (node.getRange().isEmpty() || !regions.contains(node.getRange().get().begin.line,
                    node.getRange().get().end.line) || excluded(node)) {
                return;
            }
            if (node instanceof Expression e) {
                edits.addAll(expressions.of(e));
            } else if (node instanceof Statement s) {
                edits.addAll(statements.of(s));
            }
        });
        List<SourceMutant> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Edit edit : edits) {
            int begin = src.begin(edit.target());
            int end = src.end(edit.target());
            String replacement = edit.replacement();
            String before = text.substring(begin, end);
            if (before.equals(replacement)) {
                continue;
            }
            // the smallest form of the edit: two edits giving the same file are one mutant
            int head = 0;
            while (head < before.length() && head < replacement.length()
                    && before.charAt(head) == replacement.charAt(head)) {
                head++;
            }
            int tail = 0;
            while (tail < before.length() - head && tail < replacement.length() - head
                    && before.charAt(before.length() - 1 - tail) == replacement.charAt(replacement.length() - 1 - tail)) {
                tail++;
            }
            if (!seen.add((begin + head) + ":" + (end - tail) + ":" + replacement.substring(head,
                    replacement.length() - tail))) {
                continue;
            }
            String[] diff = src.diff(begin, end, replacement);
            out.add(new SourceMutant(exercise, file, enclosing(edit.target()), src.line(begin), edit.operator(), begin,
                    end, replacement, diff[0], diff[1], 1, changesConstant(edit.target())));
        }
        return numbered(out);
    }

    /** Occurrence numbers for mutants with equal file, method and text, in the order of their position. */
    private static List<SourceMutant> numbered(List<SourceMutant> mutants) {
        List<SourceMutant> sorted = new ArrayList<>(mutants);
        sorted.sort(java.util.Comparator.comparingInt(SourceMutant::begin).thenComparingInt(SourceMutant::end)
                .thenComparing(SourceMutant::replacement));
        Map<String, Integer> count = new HashMap<>();
        List<SourceMutant> out = new ArrayList<>();
        for (SourceMutant m : sorted) {
            int n = count.merge(String.join("\t", m.file(), m.method(), m.original(), m.mutated()), 1, Integer::sum);
            out.add(n == 1 ? m : m.withOccurrence(n));
        }
        return out;
    }

    /** Exception messages, throw statements, assertions, annotations and string concatenations are not mutated. */
    private static boolean excluded(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ThrowStmt || n instanceof AssertStmt || n instanceof AnnotationExpr) {
                return true;
            }
            if (n instanceof ObjectCreationExpr o && o.getType().getNameAsString().matches(".*(Exception|Error)")) {
                return true;
            }
            if (n instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS && concatenatesText(b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean concatenatesText(BinaryExpr b) {
        return b.getLeft() instanceof StringLiteralExpr || b.getRight() instanceof StringLiteralExpr
                || (b.getLeft() instanceof BinaryExpr l && l.getOperator() == BinaryExpr.Operator.PLUS
                && concatenatesText(l));
    }

    /** True inside the initialiser of a static final field other files may inline (a compile-time constant). */
    private static boolean changesConstant(Node node) {
        return node.findAncestor(FieldDeclaration.class).filter(f -> f.isStatic() && f.isFinal() && !f.isPrivate())
                .isPresent();
    }

    /** {@code Type.method(ParamTypes)} of the declaration holding the node, {@code Type.<field name>} for fields. */
    private static String enclosing(Node node) {
        String member = "<class>";
        Node n = node;
        for (; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> c) {
                member = c.getNameAsString() + c.getParameters().stream().map(p -> p.getType().asString())
                        .collect(Collectors.joining(", ", "(", ")"));
                break;
            }
            if (n instanceof FieldDeclaration f) {
                member = "<field " + f.getVariable(0).getNameAsString() + ">";
                break;
            }
            if (n instanceof InitializerDeclaration) {
                member = "<initializer>";
                break;
            }
        }
        List<String> types = new ArrayList<>();
        for (; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                types.add(0, t.getNameAsString());
            }
        }
        return String.join(".", types) + "." + member;
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot list " + dir, ex);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
