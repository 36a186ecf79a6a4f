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
        LiveDatabaseSource.Live liveFrom = from instanceof LiveDatabaseSource l ? l.loadLive() : null;
        LiveDatabaseSource.Live liveTo = to instanceof LiveDatabaseSource l ? l.loadLive() : null;
        int major;
        if (liveFrom != null && liveTo != null && liveFrom.major() != liveTo.major()) {
            notices.add(from.describe() + " runs PostgreSQL " + liveFrom.major() + " and " + to.describe() + " runs "
                    + liveTo.major() + ": text the server prints (view queries, defaults, routine bodies) may differ"
                    + " between majors even where the schemas are the same.");
        }
        if (liveFrom != null || liveTo != null) {
            major = liveFrom != null ? liveFrom.major() : liveTo.major();
        } else if (configured != DevDatabases.DEFAULT_MAJOR) {
            major = configured;
        } else {
            major = snapshotMajor(from, snapshotMajor(to, DevDatabases.defaultMajor()));
        }
        Catalog a = liveFrom != null ? liveFrom.catalog() : load(from, major, notices);
        Catalog b = liveTo != null ? liveTo.catalog() : load(to, major, notices);
        return new SameMajor(a, b, major, List.copyOf(notices));
    }

    private static int snapshotMajor(CatalogSource source, int otherwise) {
        return source instanceof SnapshotSource s ? SnapshotSource.madeOn(s.read()) : otherwise;
    }

    private static Catalog load(CatalogSource source, int major, List<String> notices) {
        if (source instanceof SnapshotSource s) {
            SnapshotCodec.Snapshot snapshot = s.read();
            int made = SnapshotSource.madeOn(snapshot);
            if (made != major) {
                notices.add(source.describe() + " was made on PostgreSQL " + made + "; it is rebuilt on a PostgreSQL "
                        + major + " scratch server to compare like with like.");
            }
        }
        return source.onMajor(major).load();
    }
}
