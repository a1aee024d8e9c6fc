package dlecon.grading.check;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.compile.CompileResult;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.engine.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BytecodeCheckerTest {

    private static final Path REFERENCE = Path.of("../reference/src/main/java");
    private final BytecodeChecker checker = new BytecodeChecker(Policy.standard());

    private List<Refusal> checkBody(Path tmp, String imports, String body) throws IOException {
        Path src = tmp.resolve("src/dlecon/solution/e1/Probe.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package dlecon.solution.e1;\n" + imports + "\npublic class Probe {\n"
                + "  public Object run() throws Exception {\n" + body + "\n  }\n}\n");
        CompileResult r = SourceCompiler.forApi().compile(tmp.resolve("src"), List.of(src), tmp.resolve("out"));
        assertThat(r.ok()).as("probe compiles: %s", r.diagnostics()).isTrue();
        return checker.check(Exercise.E1, tmp.resolve("out"));
    }

    @ParameterizedTest(name = "{0} is refused ({1})")
    @CsvSource(delimiter = '|', value = {
        "System.exit(1); return null;|java.lang.System.exit|JVM exit",
        "Runtime.getRuntime().halt(0); return null;|java.lang.Runtime.getRuntime|process control",
        "return new ProcessBuilder(\"ls\").start();|java.lang.ProcessBuilder|processes",
        "return System.getenv(\"CI\");|java.lang.System.getenv|environment",
        "return System.getProperty(\"user.dir\");|java.lang.System.getProperty|environment",
        "return java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));|java.nio.file.Path.of|file system",
        "return new java.io.File(\"x\").delete();|java.io.File|file system",
        "return new java.net.Socket(\"localhost\", 80);|java.net.Socket|network",
        "return Class.forName(\"dlecon.solution.e1.GradientDescentSolution\");|java.lang.Class.forName|reflection",
        "return Object.class.getDeclaredMethods();|java.lang.Class.getDeclaredMethods|reflection",
        "return java.lang.invoke.MethodHandles.lookup();|java.lang.invoke.MethodHandles.lookup|method handles",
        "Thread t = new Thread(() -> { }); t.start(); return t;|java.lang.Thread|threads",
        "Thread.sleep(100000); return null;|java.lang.Thread.sleep|threads",
        "return Math.random();|java.lang.Math.random|unseeded randomness",
        "return new java.util.Random();|java.util.Random.<init>|unseeded randomness",
        "return java.util.List.of(1, 2).parallelStream().count();|java.util.List.parallelStream|threads",
        "System.setOut(null); return null;|java.lang.System.setOut|output redirection",
        "System.load(\"/tmp/x.so\"); return null;|java.lang.System.load|native code",
        "return new RuntimeException().getStackTrace();|java.lang.RuntimeException.getStackTrace|stack inspection",
        "Object o = new Object(); synchronized (o) { o.wait(); } return o;|java.lang.Object.wait|threads",
        "return Integer.getInteger(\"x\");|java.lang.Integer.getInteger|environment",
        "return new java.util.concurrent.atomic.AtomicLong();|java.util.concurrent.atomic.AtomicLong|threads",
        "return org.ejml.ops.MatrixIO.loadCSV(\"/etc/passwd\", false);|org.ejml.ops.MatrixIO.loadCSV|file system",
        "org.ejml.concurrency.EjmlConcurrency.setMaxThreads(4); return null;"
                + "|org.ejml.concurrency.EjmlConcurrency.setMaxThreads|threads",
        "return org.ejml.dense.row.CommonOps_MT_DDRM.class;|org.ejml.dense.row.CommonOps_MT_DDRM|threads",
        "org.ejml.EjmlParameters.MULT_COLUMN_SWITCH = 1; return null;"
                + "|org.ejml.EjmlParameters.MULT_COLUMN_SWITCH|global settings",
        "org.ejml.UtilEjml.EPS = 1; return null;|org.ejml.UtilEjml.EPS|static state",
        "class L extends java.util.ArrayList<Double> { } return new L().parallelStream();"
                + "|java.util.Collection.parallelStream|threads",
        "double[] a = new double[3]; java.util.Arrays.parallelSetAll(a, i -> i); return a;"
                + "|java.util.Arrays.parallelSetAll|threads",
        "return java.util.stream.StreamSupport.stream(java.util.List.of(1).spliterator(), true);"
                + "|java.util.stream.StreamSupport.stream|threads",
        "return java.util.random.RandomGenerator.getDefault();|java.util.random.RandomGenerator.getDefault|unseeded",
        "return java.util.random.RandomGeneratorFactory.of(\"L64X128MixRandom\").create();"
                + "|java.util.random.RandomGeneratorFactory.of|unseeded",
        "return java.util.UUID.randomUUID();|java.util.UUID.randomUUID|unseeded",
        "java.util.Collections.shuffle(new java.util.ArrayList<Integer>()); return null;"
                + "|java.util.Collections.shuffle|unseeded",
        "return java.util.ResourceBundle.getBundle(\"x\");|java.util.ResourceBundle.getBundle|resources",
        "java.util.Locale.setDefault(java.util.Locale.GERMANY); return null;|java.util.Locale.setDefault|static state",
        "return \"a\".intern();|java.lang.String.intern|static state",
    })
    void forbiddenReferenceIsRefusedWithClassMethodAndLine(String body, String reference, String reason,
                                                             @TempDir Path tmp) throws IOException {
        List<Refusal> refusals = checkBody(tmp, "", body);
        assertThat(refusals).anySatisfy(r -> {
            assertThat(r.reference()).isEqualTo(reference);
            assertThat(r.reason()).contains(reason);
            assertThat(r.className()).isEqualTo("dlecon.solution.e1.Probe");
            assertThat(r.method()).isEqualTo("run");
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.toString()).startsWith("dlecon.solution.e1.Probe.run (Probe.java:5): refers to "
                    + reference);
        });
    }

    @Test
    void ordinaryNumericCodeIsAllowed(@TempDir Path tmp) throws IOException {
        String body = """
                java.util.List<Double> xs = new java.util.ArrayList<>();
                java.util.random.RandomGenerator rng = new java.util.SplittableRandom(42);
                for (int i = 0; i < 3; i++) { xs.add(Math.exp(rng.nextGaussian())); }
                double[][] m = new double[2][3];
                double[] c = m[0].clone();
                System.arraycopy(c, 0, m[1], 0, 3);
                java.util.function.DoubleUnaryOperator f = x -> Math.tanh(x) + c.length;
                String s = "n=" + xs.size() + String.format("%.3f", f.applyAsDouble(0.5));
                System.out.println(s);
                assert s.length() > 0;
                org.ejml.data.DMatrixRMaj a = new org.ejml.data.DMatrixRMaj(2, 2);
                org.ejml.dense.row.CommonOps_DDRM.mult(a, a, new org.ejml.data.DMatrixRMaj(2, 2));
                double norm = org.ejml.dense.row.NormOps_DDRM.normF(a) + org.ejml.UtilEjml.EPS;
                org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr(2, 2).decompose(a.copy());
                java.util.Collections.shuffle(xs, new java.util.Random(3));
                class Local extends java.util.ArrayList<Double> { }
                double total = new Local().stream().mapToDouble(Double::doubleValue).sum() + norm;
                return java.util.stream.IntStream.range(0, 3).mapToObj(i -> xs.get(i)).sorted()
                        .map(String::valueOf).toList() + java.util.Arrays.toString(c) + a.getNumRows()
                        + new java.util.Random(7).nextInt() + Objects.hash(1, 2) + total;
                """;
        assertThat(checkBody(tmp, "import java.util.Objects;", body)).isEmpty();
    }

    @Test
    void finalizerIsRefused(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src/dlecon/solution/e1/Late.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package dlecon.solution.e1;\npublic class Late {\n"
                + "  @SuppressWarnings(\"removal\") @Override protected void finalize() { }\n}\n");
        SourceCompiler.forApi().compile(tmp.resolve("src"), List.of(src), tmp.resolve("out"));
        assertThat(checker.check(Exercise.E1, tmp.resolve("out"))).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("finalizers"));
    }

    @Test
    void classOutsideTheExercisePackageIsRefused(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src/dlecon/solution/e1/Engine.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package org.junit.platform.launcher;\npublic class Engine { }\n");
        SourceCompiler.forApi().compile(tmp.resolve("src"), List.of(src), tmp.resolve("out"));
        assertThat(checker.check(Exercise.E1, tmp.resolve("out")))
                .singleElement().satisfies(r -> assertThat(r.toString())
                        .contains("package org.junit.platform.launcher")
                        .contains("classes must be in package dlecon.solution.e1"));
    }

    @ParameterizedTest
    @EnumSource(Exercise.class)
    void referenceSolutionPassesTheCheck(Exercise e, @TempDir Path tmp) {
        Submission s = Submission.read("reference", REFERENCE);
        CompileResult r = SourceCompiler.forApi().compile(s.root(), s.sources().get(e), tmp);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(checker.check(e, tmp)).isEmpty();
    }

    @Test
    void policyResolvesTheMostSpecificRule() {
        Policy p = Policy.parse("""
                allow java/util/
                deny  java/util/concurrent/   threads
                allow java/util/concurrent/Callable
                deny  java/util/Random#<init>()V unseeded
                deny  *#parallel threads
                """);
        assertThat(p.check("java/util/List", "of", "()Ljava/util/List;").allowed()).isTrue();
        assertThat(p.check("java/util/concurrent/Executors", null, null).reason()).isEqualTo("threads");
        assertThat(p.check("java/util/concurrent/Callable", "call", "()Ljava/lang/Object;").allowed()).isTrue();
        assertThat(p.check("java/util/Random", "<init>", "()V").allowed()).isFalse();
        assertThat(p.check("java/util/Random", "<init>", "(J)V").allowed()).isTrue();
        assertThat(p.check("java/util/stream/IntStream", "parallel", "()V").allowed()).isFalse();
        assertThat(p.check("org/other/Thing", null, null).reason()).isEqualTo("not on the allowlist");
        assertThat(p.check("[[D", "clone", "()Ljava/lang/Object;").allowed()).isTrue();
        Policy g = Policy.parse("allow org/lib/\ndeny org/lib/*_MT_* threads\n");
        assertThat(g.check("org/lib/dense/Ops_MT_D", "mult", "()V").reason()).isEqualTo("threads");
        assertThat(g.check("org/lib/dense/Ops_D", "mult", "()V").allowed()).isTrue();
        assertThat(p.check("[Lorg/other/Thing;", "clone", "()Ljava/lang/Object;").allowed()).isFalse();
    }
}
