package dlecon.grading.check;

import dlecon.api.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks every class file of one compiled exercise against a {@link Policy}: the class must lie in the exercise's
 * package, and its supertypes and every class, method, field, constant, method handle and bootstrap method its code
 * refers to must be allowed, judged both by the owner the bytecode names and by the class that declares the member
 * (see {@link Declarations}: an inherited method runs the declaring class's code). The exercise's own package is
 * always allowed. Also refused: writing a static field of any other class (the JDK's and the libraries' static state
 * outlives a test, the submission's own classes are reloaded) and declaring a finalizer (it runs outside any test).
 */
public final class BytecodeChecker {

    private final Policy policy;

    /** @param policy the allowlist */
    public BytecodeChecker(Policy policy) {
        this.policy = policy;
    }

    /** Every refused reference in the class files under {@code classes}, in file then code order. */
    public List<Refusal> check(Exercise exercise, Path classes) {
        String own = exercise.solutionPackage().replace('.', '/') + "/";
        List<Refusal> refusals = new ArrayList<>();
        Declarations declarations = new Declarations(classes);
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                new ClassReader(Files.readAllBytes(f)).accept(new Visitor(own, refusals, declarations), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refusals;
    }

    private final class Visitor extends ClassVisitor {
        private final String own;
        private final List<Refusal> refusals;
        private final Declarations declarations;
        private String className = "";
        private String source = "";

        Visitor(String own, List<Refusal> refusals, Declarations declarations) {
            super(Opcodes.ASM9);
            this.own = own;
            this.refusals = refusals;
            this.declarations = declarations;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name.replace('/', '.');
            if (!name.startsWith(own)) {
                refusals.add(new Refusal(className, "", "", -1, "package " + packageOf(name),
                        "classes must be in package " + own.substring(0, own.length() - 1).replace('/', '.')));
            }
            if (superName != null) {
                owner(superName, "", -1);
            }
            for (String i : interfaces) {
                owner(i, "", -1);
            }
        }

        @Override
        public void visitSource(String file, String debug) {
            source = file == null ? "" : file;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if (name.equals("finalize") && descriptor.equals("()V")) {
                refusals.add(new Refusal(className, name, source, -1, className + ".finalize",
                        "finalizers (code that runs outside any test)"));
            }
            return new Code(name);
        }

        void owner(String owner, String method, int line) {
            reference(owner, null, null, method, line);
        }

        /**
         * A method or field reference: judged as written and, when another class declares it, as declared; returns
         * the declaring class.
         */
        String member(String owner, String name, String descriptor, String method, int line) {
            String declaring = declarations.declaringClass(owner, name, descriptor);
            if (reference(owner, name, descriptor, method, line) && !declaring.equals(owner)) {
                reference(declaring, name, descriptor, method, line);
            }
            return declaring;
        }

        /** Judges one reference; false (and a refusal recorded) when the policy refuses it. */
        boolean reference(String owner, String name, String descriptor, String method, int line) {
            if (isOwn(owner)) {
                return true;
            }
            Policy.Verdict v = policy.check(owner, name, descriptor);
            if (!v.allowed()) {
                String ref = owner.replace('/', '.') + (name == null ? "" : "." + name);
                refusals.add(new Refusal(className, method, source, line, ref, v.reason()));
            }
            return v.allowed();
        }

        private boolean isOwn(String owner) {
            return owner.startsWith(own) || owner.equals(own.substring(0, own.length() - 1));
        }

        private final class Code extends MethodVisitor {
            private final String method;
            private int line = -1;

            Code(String method) {
                super(Opcodes.ASM9);
                this.method = method;
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                this.line = line;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                member(owner, name, descriptor, method, line);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                String declaring = member(owner, name, descriptor, method, line);
                if (opcode == Opcodes.PUTSTATIC && !isOwn(declaring)) {
                    refusals.add(new Refusal(className, method, source, line,
                            declaring.replace('/', '.') + "." + name,
                            "static state of the JDK or a library (it outlives the test)"));
                }
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                owner(type, method, line);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dims) {
                type(Type.getType(descriptor));
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                handle(bsm);
                for (Object a : args) {
                    constant(a);
                }
            }

            private void constant(Object value) {
                if (value instanceof Type t) {
                    type(t);
                } else if (value instanceof Handle h) {
                    handle(h);
                } else if (value instanceof ConstantDynamic c) {
                    handle(c.getBootstrapMethod());
                    for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
                        constant(c.getBootstrapMethodArgument(i));
                    }
                }
            }

            private void handle(Handle h) {
                member(h.getOwner(), h.getName(), h.getDesc(), method, line);
            }

            private void type(Type t) {
                Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
                if (e.getSort() == Type.OBJECT) {
                    owner(e.getInternalName(), method, line);
                }
            }
        }
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "(default package)" : internalName.substring(0, slash).replace('/', '.');
    }
}
