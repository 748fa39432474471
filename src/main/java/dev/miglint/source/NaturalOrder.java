package dev.miglint.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders names with digit runs compared as numbers: {@code 9_x.sql} before {@code 10_x.sql}, {@code v1.9} before {@code v1.10}. */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The numeric segments of a version such as {@code 1_10}, {@code 2.1} or {@code v1.2}: [1, 10], [2, 1], [1, 2]. */
    public static List<BigInteger> versionSegments(String version) {
        List<BigInteger> out = new ArrayList<>();
        for (String part : version.split("[._]")) {
            String digits = part.replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                out.add(new BigInteger(digits));
            }
        }
        // trailing zeros do not count: 1.0 is 1 (as in Flyway's MigrationVersion)
        while (out.size() > 1 && out.get(out.size() - 1).signum() == 0) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public static final Comparator<String> VERSIONS = (a, b) -> {
        List<BigInteger> x = versionSegments(a);
        List<BigInteger> y = versionSegments(b);
        for (int k = 0; k < Math.max(x.size(), y.size()); k++) {
            BigInteger p = k < x.size() ? x.get(k) : BigInteger.ZERO;
            BigInteger q = k < y.size() ? y.get(k) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
