package dlecon.grading.api;

import java.nio.charset.StandardCharsets;

/** Seed derivation: a stable 64-bit FNV-1a hash of a test's identity mixed with the harness salt by SplitMix64. */
public final class Seeds {

    private Seeds() {
    }

    /** The seed of the test with the given stable identity under the given salt. */
    public static long derive(long salt, String testIdentity) {
        long h = 0xcbf29ce484222325L;
        for (byte b : testIdentity.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h ^ mix(salt));
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijective avalanche of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
