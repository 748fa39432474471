package dev.miglint.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package uses which, read from the compiled classes' constant pools: every class, field and method type a
 * class names is in its pool, so the graph is exact without a dependency-analysis library.
 */
final class PackageGraph {
    private static final Pattern TYPE_NAME = Pattern.compile("(dev/miglint(?:/[a-z0-9_]+)*)/[A-Z$][\\w$]*");

    private final Map<String, Set<String>> uses = new TreeMap<>();

    static PackageGraph of(Path classes) throws IOException {
        PackageGraph graph = new PackageGraph();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String own = classes.relativize(file.getParent()).toString().replace('\\', '/').replace('/', '.');
                Set<String> used = graph.uses.computeIfAbsent(own, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(file)) {
                    for (String name : typeNames(in)) {
                        Matcher m = TYPE_NAME.matcher(name);
                        while (m.find()) {
                            String pkg = m.group(1).replace('/', '.');
                            if (!pkg.equals(own)) {
                                used.add(pkg);
                            }
                        }
                    }
                }
            }
        }
        return graph;
    }

    Map<String, Set<String>> uses() {
        return uses;
    }

    /** The strongly connected groups of more than one package (Tarjan): each is a cycle. */
    List<Set<String>> cycles() {
        return new Tarjan().run();
    }

    /** The UTF-8 constants other than string literals: class names, descriptors and generic signatures. */
    private static List<String> typeNames(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        BitSet literals = new BitSet(count);
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> literals.set(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (utf8[i] != null && !literals.get(i)) {
                out.add(utf8[i]);
            }
        }
        return out;
    }

    private final class Tarjan {
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> groups = new ArrayList<>();

        List<Set<String>> run() {
            for (String pkg : uses.keySet()) {
                if (!index.containsKey(pkg)) {
                    visit(pkg);
                }
            }
            return groups;
        }

        private void visit(String pkg) {
            index.put(pkg, index.size());
            low.put(pkg, index.get(pkg));
            stack.add(pkg);
            onStack.add(pkg);
            for (String next : uses.getOrDefault(pkg, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(pkg, Math.min(low.get(pkg), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(pkg, Math.min(low.get(pkg), index.get(next)));
                }
            }
            if (low.get(pkg).equals(index.get(pkg))) {
                Set<String> group = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    onStack.remove(member);
                    group.add(member);
                } while (!member.equals(pkg));
                if (group.size() > 1) {
                    groups.add(group);
                }
            }
        }
    }
}
