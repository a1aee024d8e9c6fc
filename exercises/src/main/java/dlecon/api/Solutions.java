package dlecon.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Binds an exercise's API to the implementation found by its fixed class name. */
public final class Solutions {

    private Solutions() {
    }

    /** {@link #load(Exercise, Class, ClassLoader)} with the context class loader. */
    public static <T> T load(Exercise exercise, Class<T> api) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(exercise, api, cl == null ? Solutions.class.getClassLoader() : cl);
    }

    /**
     * Instantiates {@link Exercise#implementationClass()} from {@code loader} through its public no-argument
     * constructor.
     *
     * @throws SolutionLoadException with a message naming the class and what is wrong with it
     */
    public static <T> T load(Exercise exercise, Class<T> api, ClassLoader loader) {
        if (!api.equals(exercise.api())) {
            throw new IllegalArgumentException(exercise + " is bound to " + exercise.api().getName() + ", not "
                    + api.getName());
        }
        String name = exercise.implementationClass();
        Class<?> c;
        try {
            c = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SolutionLoadException(exercise + ": class " + name + " is missing or cannot be loaded ("
                    + e + ")", e);
        }
        if (!api.isAssignableFrom(c)) {
            throw new SolutionLoadException(exercise + ": class " + name + " must implement " + api.getName(), null);
        }
        if (!Modifier.isPublic(c.getModifiers()) || Modifier.isAbstract(c.getModifiers())) {
            throw new SolutionLoadException(exercise + ": class " + name + " must be public and not abstract", null);
        }
        try {
            Constructor<?> k = c.getConstructor();
            return api.cast(k.newInstance());
        } catch (NoSuchMethodException e) {
            throw new SolutionLoadException(exercise + ": class " + name
                    + " needs a public constructor without arguments", e);
        } catch (InvocationTargetException e) {
            throw new SolutionLoadException(exercise + ": the constructor of " + name + " threw "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SolutionLoadException(exercise + ": cannot instantiate " + name + " (" + e + ")", e);
        }
    }
}
