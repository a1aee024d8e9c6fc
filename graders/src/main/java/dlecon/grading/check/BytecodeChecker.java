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
 * refers to must be allowed. The exercise's own package is always allowed.
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
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                new ClassReader(Files.readAllBytes(f)).accept(new Visitor(own, refusals), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refusals;
    }

    private final class Visitor extends ClassVisitor {
        private final String own;
        private final List<Refusal> refusals;
        private String className = "";
        private String source = "";

        Visitor(String own, List<Refusal> refusals) {
            super(Opcodes.ASM9);
            this.own = own;
            this.refusals = refusals;
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
            return new Code(name);
        }

        void owner(String owner, String method, int line) {
            reference(owner, null, null, method, line);
        }

        void reference(String owner, String name, String descriptor, String method, int line) {
            if (owner.startsWith(own) || owner.equals(own.substring(0, own.length() - 1))) {
                return;
            }
            Policy.Verdict v = policy.check(owner, name, descriptor);
            if (!v.allowed()) {
                String ref = owner.replace('/', '.') + (name == null ? "" : "." + name);
                refusals.add(new Refusal(className, method, source, line, ref, v.reason()));
            }
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
                reference(owner, name, descriptor, method, line);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                reference(owner, name, descriptor, method, line);
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
                reference(h.getOwner(), h.getName(), h.getDesc(), method, line);
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
