package dev.cairn.catalog.source;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.SnapshotCodec;
import dev.cairn.db.DevDatabases;
import java.util.ArrayList;
import java.util.List;

/**
 * Two catalogs read as one server major prints them, so that comparing them compares schemas and not the
 * way two majors print the same view or default. The major is the live database's when a side is one, else the
 * project's {@code postgres.version}, else a snapshot's, else the default; the other side is built (or a snapshot
 * rebuilt) on a scratch server of that major.
 *
 * @param notices one sentence per decision worth telling (a rebuilt snapshot, live databases of two majors)
 */
public record SameMajor(Catalog from, Catalog to, int major, List<String> notices) {

    /** @param configured the project's major ({@link DevDatabases#DEFAULT_MAJOR} when it sets none) */
    public static SameMajor load(CatalogSource from, CatalogSource to, int configured) {
        List<String> notices = new ArrayList<>();
        Side a = Side.of(from);
        Side b = Side.of(to);
        if (a.live() != null && b.live() != null && a.live().major() != b.live().major()) {
            notices.add(from.describe() + " runs PostgreSQL " + a.live().major() + " and " + to.describe() + " runs "
                    + b.live().major() + ": text the server prints (view queries, defaults, routine bodies) may differ"
                    + " between majors even where the schemas are the same.");
        }
        int major;
        if (a.live() != null || b.live() != null) {
            major = a.live() != null ? a.live().major() : b.live().major();
        } else if (configured != DevDatabases.DEFAULT_MAJOR) {
            major = configured;
        } else {
            major = a.snapshotMajor().orElse(b.snapshotMajor().orElse(DevDatabases.defaultMajor()));
        }
        return new SameMajor(a.catalogOn(major, notices), b.catalogOn(major, notices), major, List.copyOf(notices));
    }

    /** One side, with what is known before a major is chosen: a live database read, a snapshot file read (once). */
    private record Side(CatalogSource source, LiveDatabaseSource.Live live, SnapshotCodec.Snapshot snapshot) {

        static Side of(CatalogSource source) {
            return new Side(source, source instanceof LiveDatabaseSource l ? l.loadLive() : null,
                    source instanceof SnapshotSource s ? s.read() : null);
        }

        java.util.Optional<Integer> snapshotMajor() {
            return java.util.Optional.ofNullable(snapshot).map(SnapshotSource::madeOn);
        }

        Catalog catalogOn(int major, List<String> notices) {
            if (live != null) {
                return live.catalog();
            }
            if (snapshot != null) {
                int made = SnapshotSource.madeOn(snapshot);
                if (made != major) {
                    notices.add(source.describe() + " was made on PostgreSQL " + made + "; it is rebuilt on a PostgreSQL "
                            + major + " scratch server to compare like with like.");
                }
                return ((SnapshotSource) source).onMajor(major).catalogOf(snapshot);
            }
            return source.onMajor(major).load();
        }
    }
}
