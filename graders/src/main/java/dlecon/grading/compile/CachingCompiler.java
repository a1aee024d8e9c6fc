package dlecon.grading.compile;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link Compiler} that first looks in a {@link ClassCache}: sources compiled before (same bytes, same paths, same
 * class path, same harness build) get their classes copied, others go to the compiler, which is only asked for on the
 * first miss (a grade whose exercises all hit never starts a compiler JVM). Successful compilations are kept.
 */
public final class CachingCompiler implements Compiler {

    private final ClassCache cache;
    private final List<Path> classPath;
    private final Supplier<? extends Compiler> compiler;

    /**
     * @param classPath the class path the compiler compiles against (part of the key)
     * @param compiler  gives the compiler for misses; called on each miss
     */
    public CachingCompiler(ClassCache cache, List<Path> classPath, Supplier<? extends Compiler> compiler) {
        this.cache = cache;
        this.classPath = List.copyOf(classPath);
        this.compiler = compiler;
    }

    /** True when {@link #compile} would copy these sources' classes from the cache. */
    public boolean cached(Path root, List<Path> sources) {
        try {
            return cache.contains(cache.key(root, sources, classPath));
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    @Override
    public CompileResult compile(Path root, List<Path> sources, Path out) {
        long start = System.nanoTime();
        String key;
        try {
            key = cache.key(root, sources, classPath);
        } catch (UncheckedIOException e) {
            return compiler.get().compile(root, sources, out); // an unreadable source: javac names it
        }
        if (cache.restore(key, out)) {
            return new CompileResult(true, out, List.of(), (System.nanoTime() - start) / 1_000_000);
        }
        CompileResult r = compiler.get().compile(root, sources, out);
        if (r.ok()) {
            cache.store(key, out);
        }
        return r;
    }
}
