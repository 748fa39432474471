import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the classes of a jar whose class file version is older than Java 6 (picocli is compiled for Java 5) as
 * Java 8 class files with stack maps. Why: the JDK 25 AOT cache cannot pre-link such "old" classes (they need the
 * old type-inferring verifier), so it skipped all of picocli's 178 classes and every run loaded and verified them
 * from the jar. Behaviour is unchanged: only the version and the stack map frames the newer verifier needs differ.
 * Run with JDK 24+ (java.lang.classfile): java UpgradeOldClasses.java JAR
 */
public final class UpgradeOldClasses {
    private static final int OLDEST_LINKABLE = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
        int count = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                OutputStream file = Files.newOutputStream(upgraded);
                ZipOutputStream out = new ZipOutputStream(file)) {
            // Stack maps need the common superclass of types that meet at a branch: resolve them from this jar and
            // the runtime, by parsing their class files.
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    ClassModel model = classFile.parse(bytes);
                    if (model.majorVersion() < OLDEST_LINKABLE) {
                        // Every method body goes through a builder, so that its stack maps are generated.
                        bytes = classFile.transformClass(model, ClassTransform.transformingMethodBodies(
                                CodeTransform.ACCEPT_ALL).andThen(ClassTransform.endHandler(
                                        b -> b.withVersion(ClassFile.JAVA_8_VERSION, 0))));
                        count++;
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("dist: " + count + " class files older than Java 6 rewritten as Java 8 class files in " + jar);
    }

    private UpgradeOldClasses() {
    }
}
