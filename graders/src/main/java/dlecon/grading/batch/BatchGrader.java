package dlecon.grading.batch;

import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.Submission;
import dlecon.grading.model.GradeReport;
import dlecon.grading.report.CsvWriter;
import dlecon.grading.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Grades every sub-folder of a folder as one submission (its name is the student id), {@code jobs} at a time,
 * keeping only this shard's students. Each student's reports go to {@code out/<id>/}; the rows form
 * {@code out/gradebook.csv}. A submission that cannot be graded at all is scored 0 with the reason; it never stops
 * the batch.
 */
public final class BatchGrader {

    private final GradingRun run;
    private final int jobs;
    private final Shard shard;
    private final PrintStream progress;

    /**
     * @param run      grades one submission (exercises one after another)
     * @param jobs     submissions graded at once
     * @param shard    which students this run grades
     * @param progress where the progress bar goes, or null for none
     */
    public BatchGrader(GradingRun run, int jobs, Shard shard, PrintStream progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        this.run = run;
        this.jobs = jobs;
        this.shard = shard;
        this.progress = progress;
    }

    /** The student folders of {@code folder} in this shard, sorted by id (hidden folders skipped). */
    public List<Path> students(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("batch folder " + folder + " does not exist");
        }
        List<Path> all;
        try (Stream<Path> s = Files.list(folder)) {
            all = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<Path> mine = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (shard.selects(i)) {
                mine.add(all.get(i));
            }
        }
        return mine;
    }

    /** Grades this shard of {@code folder} into {@code out}; returns the gradebook written. */
    public Gradebook run(Path folder, Path out) throws IOException {
        List<Path> students = students(folder);
        Files.createDirectories(out);
        Gradebook book = new Gradebook();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (ProgressBar bar = progress == null ? null : bar(students.size())) {
            List<Future<?>> done = new ArrayList<>();
            for (Path dir : students) {
                done.add(pool.submit(() -> {
                    GradeReport r = gradeOne(dir);
                    try {
                        Reports.writeAll(r, out.resolve(r.submission()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    book.add(CsvWriter.row(r));
                    if (bar != null) {
                        bar.step();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("batch failed writing reports: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        book.write(out);
        return book;
    }

    private GradeReport gradeOne(Path dir) {
        String id = dir.getFileName().toString();
        try {
            return run.grade(Submission.read(id, dir));
        } catch (RuntimeException e) { // whatever went wrong costs this student's grade only, with the reason
            return run.failed(id, "could not be graded: " + e.getMessage());
        }
    }

    private ProgressBar bar(int size) {
        return new ProgressBarBuilder().setTaskName("grading " + shard).setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(progress)).build();
    }
}
