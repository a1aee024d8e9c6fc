package dlecon.grading.compile;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of the compiler JVM that {@link CompilerProcess} starts: warms javac up, prints a ready line, then
 * answers one JSON request per stdin line ({@code root}, {@code sources}, {@code out}, {@code classPath}) with one
 * JSON reply per stdout line ({@code ok}, {@code diagnostics}, {@code millis}, or {@code error} for a harness
 * fault). One {@link SourceCompiler} serves every request, so its file manager stays warm. The JVM ends when stdin
 * ends or its parent process does.
 */
public final class CompileMain {

    /** Exit code when the harness that started this JVM is gone. */
    static final int PARENT_GONE_EXIT = 2;

    private CompileMain() {
    }

    /** @param args the class path of the warm-up compilation (entries joined with the path separator), optional */
    public static void main(String[] args) throws IOException {
        // the protocol owns stdout: anything else printed in this JVM goes to stderr
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime()
                .halt(PARENT_GONE_EXIT))); // nothing of this JVM outlives the harness, even mid-compilation
        List<Path> classPath = args.length == 0 ? List.of() : paths(Arrays.asList(args[0].split(File.pathSeparator)));
        SourceCompiler javac = new SourceCompiler(classPath);
        javac.warmUp(); // while the harness plans its work, before the first request
        protocol.println(CompileProtocol.ready());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String reply;
            try {
                CompileProtocol.Request request = CompileProtocol.request(line);
                if (!request.classPath().equals(javac.classPath())) {
                    javac = new SourceCompiler(request.classPath());
                }
                CompileResult r = javac.compile(request.root(), request.sources(), request.out());
                reply = CompileProtocol.reply(r.ok(), r.millis(), r.diagnostics());
            } catch (StackOverflowError e) {
                reply = CompileProtocol.reply(false, 0, List.of("compilation stopped: javac ran out of stack; "
                        + "simplify deeply nested expressions or statements"));
            } catch (RuntimeException e) {
                reply = CompileProtocol.error(String.valueOf(e));
            }
            protocol.println(reply);
        }
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
