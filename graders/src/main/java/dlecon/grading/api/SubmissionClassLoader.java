package dlecon.grading.api;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads a submission's classes ({@code dlecon.solution.*}) from its own folders first, everything else from the
 * harness's loader. Child-first for the solution packages means a class of the same name elsewhere on the class path
 * (the reference, in the project's own tests) can never stand in for the submission's.
 */
final class SubmissionClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    SubmissionClassLoader(URL[] urls, ClassLoader parent) {
        super("submission", urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("dlecon.solution.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name); // never the parent: a missing class is missing
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
