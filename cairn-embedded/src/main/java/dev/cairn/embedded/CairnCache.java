package dev.cairn.embedded;

import java.nio.file.Path;

/**
 * The per-user cache holding extracted binaries and initdb'd templates: {@code $CAIRN_HOME/cache}
 * if set, else {@code $XDG_CACHE_HOME/cairn}, else {@code ~/.cache/cairn}.
 */
final class CairnCache {
    private CairnCache() {}

    static Path root() {
        String cairnHome = System.getenv("CAIRN_HOME");
        if (cairnHome != null && !cairnHome.isBlank()) {
            return Path.of(cairnHome).toAbsolutePath().resolve("cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg).toAbsolutePath().resolve("cairn");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "cairn");
    }
}
