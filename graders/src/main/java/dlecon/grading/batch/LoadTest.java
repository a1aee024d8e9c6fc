package dlecon.grading.batch;

import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.mutants.Mutant;
import dlecon.grading.mutants.MutantCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The batch under load: {@code LoadTest ROOT N OUT [FIXTURES]} makes a class of N submissions cycling through the
 * reference, the student template, every known-wrong implementation and (when FIXTURES is given) every hostile
 * fixture overlay (a folder whose {@code src/main/java} files replace or join the reference's), grades it twice
 * with {@code --jobs 2}, and checks that every student is in both gradebooks with identical rows. Prints the wall
 * times; exits 1 on any difference.
 */
public final class LoadTest {

    private LoadTest() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath();
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Path solutions = root.resolve("reference/src/main/java/dlecon/solution");
        List<String> kinds = new ArrayList<>(List.of("reference", "template"));
        MutantCatalog.all().forEach(m -> kinds.add("mutant:" + m.id()));
        if (args.length > 3) {
            try (Stream<Path> s = Files.list(Path.of(args[3]))) {
                s.filter(Files::isDirectory).sorted().forEach(d -> kinds.add("overlay:" + d));
            }
        }
        Path cls = out.resolve("class");
        for (int i = 0; i < n; i++) {
            String kind = kinds.get(i % kinds.size());
            Path student = cls.resolve(String.format("s%03d-%s", i, kind.replaceAll("^.*[:/]", "")));
            Path dst = student.resolve("src/main/java/dlecon/solution");
            if (kind.equals("template")) {
                FileTrees.copy(root.resolve("student-template/src/main/java/dlecon/solution"), dst);
            } else {
                FileTrees.copy(solutions, dst);
            }
            if (kind.startsWith("mutant:")) {
                String id = kind.substring(7);
                Mutant m = MutantCatalog.all().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                m.applyTo(dst);
            } else if (kind.startsWith("overlay:")) {
                FileTrees.copy(Path.of(kind.substring(8)), student);
            }
        }
        List<String> first = grade(cls, out.resolve("run1"));
        List<String> second = grade(cls, out.resolve("run2"));
        boolean same = first.equals(second) && first.size() == n + 1;
        System.out.println(same ? "identical gradebooks, " + n + " students each"
                : "GRADEBOOKS DIFFER or students missing: " + first.size() + " vs " + second.size() + " rows");
        if (!same) {
            System.exit(1);
        }
    }

    private static List<String> grade(Path cls, Path out) throws IOException {
        long start = System.nanoTime();
        GradingOptions options = GradingOptions.defaults();
        new BatchGrader(new GradingRun(options), 2, Shard.ALL, null, options.perSubmissionSeconds()).run(cls, out);
        System.out.printf(java.util.Locale.ROOT, "graded %s with --jobs 2 in %.1f s%n", cls,
                (System.nanoTime() - start) / 1e9);
        return Files.readAllLines(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8);
    }
}
