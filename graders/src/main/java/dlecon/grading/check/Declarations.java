package dlecon.grading.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds the class that declares a member a reference names: javac writes the class the code names (a subclass, an
 * interface, the submission's own class) as the owner, but the code that runs is the declaring class's, so the rules
 * must judge that one too. Class files come from the submission's compiled folder first, then from this JVM's class
 * path (the JDK, the course API, EJML); a class found in neither ends the search.
 */
final class Declarations {

    /** A class's name, supertypes and declared members ("name" for fields, "name descriptor" for methods). */
    private record Shape(String superName, List<String> interfaces, Set<String> members) {
    }

    private final Path classes;
    private final Map<String, Optional<Shape>> shapes = new HashMap<>();

    /** @param classes the folder of the submission's compiled classes */
    Declarations(Path classes) {
        this.classes = classes;
    }

    /**
     * The class declaring method {@code name}{@code descriptor} (or field {@code name} when {@code descriptor} is
     * null) as seen from {@code owner}: the owner itself, its superclasses first, then its interfaces, depth first;
     * {@code owner} when no class file declares it.
     */
    String declaringClass(String owner, String name, String descriptor) {
        String member = descriptor == null || descriptor.startsWith("(") ? key(name, descriptor) : name;
        return find(owner, member, new HashSet<>()).orElse(owner);
    }

    private Optional<String> find(String owner, String member, Set<String> seen) {
        if (owner == null || !seen.add(owner)) {
            return Optional.empty();
        }
        Optional<Shape> s = shape(owner);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().members().contains(member)) {
            return Optional.of(owner);
        }
        Optional<String> up = find(s.get().superName(), member, seen);
        for (int i = 0; up.isEmpty() && i < s.get().interfaces().size(); i++) {
            up = find(s.get().interfaces().get(i), member, seen);
        }
        return up;
    }

    private static String key(String name, String descriptor) {
        return descriptor == null ? name : name + " " + descriptor;
    }

    private Optional<Shape> shape(String internalName) {
        return shapes.computeIfAbsent(internalName, this::read);
    }

    private Optional<Shape> read(String internalName) {
        try {
            byte[] bytes = null;
            Path own = classes.resolve(internalName + ".class");
            if (Files.isRegularFile(own)) {
                bytes = Files.readAllBytes(own);
            } else {
                try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
                    if (in != null) {
                        bytes = in.readAllBytes();
                    }
                }
            }
            if (bytes == null) {
                return Optional.empty();
            }
            Set<String> members = new HashSet<>();
            List<String> interfaces = new ArrayList<>();
            String[] superName = new String[1];
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String sup,
                                  String[] ifaces) {
                    superName[0] = sup;
                    interfaces.addAll(List.of(ifaces));
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                               Object value) {
                    members.add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    members.add(key(name, descriptor));
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return Optional.of(new Shape(superName[0], List.copyOf(interfaces), Set.copyOf(members)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
