package dlecon.grading.cli;

import dlecon.grading.batch.Gradebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade-batch merge DIR... --out DIR}: joins shard outputs into one gradebook and report tree. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the outputs of grade-batch shards: one gradebook.csv and every student's folder.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Output folders of grade-batch shards.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Merged output folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Gradebook book = new Gradebook();
        for (Path dir : shards) {
            try {
                book.addAll(dir);
            } catch (IllegalStateException e) {
                throw new UsageError(e.getMessage());
            }
            copyStudentFolders(dir, out);
        }
        book.write(out);
        System.out.println("Merged " + shards.size() + " shard(s), " + book.size() + " student(s) into "
                + out.resolve(Gradebook.FILE).toAbsolutePath());
        return 0;
    }

    private static void copyStudentFolders(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = from.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue; // the shard's own gradebook.csv
                }
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
