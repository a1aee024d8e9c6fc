package dlecon.grading.api;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Resolves the parameters of grader tests (the exercise's API entry, loaded fresh for each test from the submission
 * by its fixed class name; the {@link TestSeed}; the {@link Credit}) and turns failed {@link Credit} cases into the
 * test's failure. The seed is derived from the configuration parameter {@value #SALT} (0 when absent) and the
 * test's unique id; a {@link Credit}'s count is published as the report entry {@value #CREDIT_ENTRY}. A throwable of
 * the submission's classes that escapes a test is replaced by a {@link SubmissionThrew} before JUnit reads it.
 */
public final class GradingExtension implements ParameterResolver, AfterTestExecutionCallback,
        TestExecutionExceptionHandler {

    /** JUnit configuration parameter holding the harness salt. */
    public static final String SALT = "dlecon.grading.salt";
    /**
     * JUnit configuration parameter naming the folders (path-separated) of the submission's compiled classes: the
     * exercise's and those of the exercises its suites use. When set (the harness's
     * test JVMs), every test loads them in a fresh class loader, so no static state survives from one test to the
     * next; when absent (a student's local {@code mvn test}), the classes come from the context class loader.
     */
    public static final String CLASSES = "dlecon.grading.classes";
    /**
     * JUnit configuration parameter naming a file of "unique id TAB seed" lines: the harness derives each test's seed
     * from its real id (the test JVM may see the graders under other names, see the harness's GraderAliases); tests
     * not listed derive theirs from {@value #SALT} and their own id.
     */
    public static final String SEEDS = "dlecon.grading.seeds";
    /** Report entry key carrying "passed/total" of a test's {@link Credit}. */
    public static final String CREDIT_ENTRY = "dlecon.credit";

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GradingExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        Class<?> type = p.getParameter().getType();
        return type == TestSeed.class || type == Credit.class || exerciseOf(type, c) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        Class<?> type = p.getParameter().getType();
        if (type == TestSeed.class) {
            Long listed = seeds(c).get(c.getUniqueId());
            long salt = c.getConfigurationParameter(SALT).map(Long::parseLong).orElse(0L);
            return new TestSeed(listed != null ? listed : Seeds.derive(salt, c.getUniqueId()));
        }
        if (type == Credit.class) {
            return c.getStore(NS).getOrComputeIfAbsent(Credit.class, k -> new Credit(), Credit.class);
        }
        Exercise e = exerciseOf(type, c);
        return Solutions.load(e, e.api(), loader(c));
    }

    /** The class loader of this test's submission classes: fresh per test in the harness, else the context's. */
    private static ClassLoader loader(ExtensionContext c) {
        Optional<String> dir = c.getConfigurationParameter(CLASSES);
        if (dir.isEmpty()) {
            return Thread.currentThread().getContextClassLoader();
        }
        return c.getStore(NS).getOrComputeIfAbsent(SubmissionLoader.class,
                k -> new SubmissionLoader(dir.get()), SubmissionLoader.class).loader();
    }

    /** A test's own loader of the submission's classes, closed when the test ends. */
    private record SubmissionLoader(URLClassLoader loader) implements AutoCloseable {
        SubmissionLoader(String folders) {
            this(newLoader(folders));
        }

        private static URLClassLoader newLoader(String folders) {
            String[] dirs = folders.split(java.io.File.pathSeparator);
            URL[] urls = new URL[dirs.length];
            for (int i = 0; i < dirs.length; i++) {
                try {
                    urls[i] = Path.of(dirs[i]).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException("bad classes folder " + dirs[i], e);
                }
            }
            return new SubmissionClassLoader(urls, GradingExtension.class.getClassLoader());
        }

        @Override
        public void close() throws IOException {
            loader.close();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext c) {
        Credit credit = c.getStore(NS).get(Credit.class, Credit.class);
        if (credit == null || credit.total() == 0) {
            return;
        }
        c.publishReportEntry(CREDIT_ENTRY, credit.passed() + "/" + credit.total());
        if (credit.failures().isEmpty() || c.getExecutionException().isPresent()) {
            return;
        }
        Credit.Failed first = credit.failures().get(0);
        String count = credit.failures().size() + " of " + credit.total() + " cases failed; first: " + first.name();
        if (first.cause() instanceof GradingFailure g) {
            throw new GradingFailure(count + ": " + g.what(), g.expectedText(), g.actualText(), g.tolerance())
                    .withHint(hint(c));
        }
        throw new GradingFailure(count + ": " + SafeText.describe(first.cause()), "", "", "").withHint(hint(c));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext c, Throwable t) throws Throwable {
        if (t instanceof GradingFailure g) {
            throw g.withHint(hint(c)); // the hint in the failure text itself: Maven and IDEs show it too
        }
        throw SubmissionThrew.screen(t);
    }

    /** The seeds the harness listed ({@value #SEEDS}), read once per run; empty when none are given. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> seeds(ExtensionContext c) {
        return c.getRoot().getStore(NS).getOrComputeIfAbsent("seeds", k -> {
            Map<String, Long> m = new HashMap<>();
            c.getConfigurationParameter(SEEDS).ifPresent(file -> {
                try {
                    for (String line : Files.readAllLines(Path.of(file))) {
                        int tab = line.lastIndexOf('\t');
                        if (tab > 0) {
                            m.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the tests' seeds: " + e.getMessage(), e);
                }
            });
            return m;
        }, Map.class);
    }

    /** The hint of the running test's {@link Graded}, or "". */
    private static String hint(ExtensionContext c) {
        Graded g = c.getTestMethod().map(m -> m.getAnnotation(Graded.class)).orElse(null);
        return g == null ? "" : g.hint();
    }

    /** The suite's exercise or one it uses whose API entry is {@code type}, or null. */
    private static Exercise exerciseOf(Class<?> type, ExtensionContext c) {
        GraderSuite suite = c.getRequiredTestClass().getAnnotation(GraderSuite.class);
        if (suite == null) {
            throw new ParameterResolutionException(c.getRequiredTestClass().getName() + " lacks @GraderSuite");
        }
        if (suite.exercise().api() == type) {
            return suite.exercise();
        }
        for (Exercise e : suite.uses()) {
            if (e.api() == type) {
                return e;
            }
        }
        return null;
    }
}
