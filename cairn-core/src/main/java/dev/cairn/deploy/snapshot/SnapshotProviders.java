package dev.cairn.deploy.snapshot;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.events.RunEvents;
import dev.cairn.project.Project;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Opens the snapshot provider an environment's {@code snapshot:} settings name. */
public final class SnapshotProviders {
    /** The stamp in snapshot names: sortable, UTC, no characters a database or file name could mind. */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private SnapshotProviders() {}

    /**
     * The provider for {@code target}'s environment, emitting {@code snapshot.created}, {@code snapshot.restored} and
     * {@code snapshot.deleted} (id, provider, durationMs) to {@code events} (nullable: none).
     */
    public static SnapshotProvider open(Project.Target target, SnapshotSettings settings, RunEvents events) {
        Objects.requireNonNull(settings, "settings");
        String env = target.environment().name();
        SnapshotProvider provider;
        if (settings instanceof SnapshotSettings.Template) {
            provider = new TemplateSnapshots(target.db(), env, Clock.systemUTC());
        } else if (settings instanceof SnapshotSettings.PgDump p) {
            provider = new PgDumpSnapshots(target.db(), env, target.project().dir().resolve(p.directory()), p.pgDump(),
                    p.pgRestore(), Clock.systemUTC());
        } else if (settings instanceof SnapshotSettings.Neon n) {
            provider = new NeonSnapshots(n, env, Clock.systemUTC());
        } else {
            provider = new CommandSnapshots((SnapshotSettings.Command) settings, target.db(), env,
                    target.project().dir(), Clock.systemUTC());
        }
        return events == null ? provider : new EventedSnapshots(provider, events);
    }

    static String stamp(Instant at) {
        return STAMP.format(at);
    }

    /** The error for an id that is not one of this environment's snapshots, listing those that are. */
    static CairnException unknown(String id, String provider, String env, List<Snapshot> known) {
        String listed = known.isEmpty() ? "it has none yet (cairn snapshot create makes one)"
                : "its snapshots are " + known.stream().map(Snapshot::id).collect(Collectors.joining(", "));
        return new CairnException(ExitCode.USAGE, "No snapshot '" + id + "' of environment '" + env + "' (provider "
                + provider + "): " + listed + ". Run cairn snapshot list --env " + env + " to see them with their dates.");
    }

    /**
     * The snapshot {@code id} of the provider's environment {@code env}.
     *
     * @throws CairnException (USAGE) for an id that is not one of them, listing those that are
     */
    public static Snapshot find(SnapshotProvider p, String id, String env) {
        List<Snapshot> all = p.list();
        return all.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> unknown(id, p.provider(), env, all));
    }

    /** Emits an event for each change a provider makes, with how long it took. */
    private record EventedSnapshots(SnapshotProvider inner, RunEvents events) implements SnapshotProvider {
        @Override
        public String provider() {
            return inner.provider();
        }

        @Override
        public Snapshot create(String label) {
            long start = System.nanoTime();
            Snapshot s = inner.create(label);
            events.emit("snapshot.created", "id", s.id(), "provider", s.provider(), "location", s.location(),
                    "durationMs", (System.nanoTime() - start) / 1_000_000);
            return s;
        }

        @Override
        public List<Snapshot> list() {
            return inner.list();
        }

        @Override
        public boolean canDelete() {
            return inner.canDelete();
        }

        @Override
        public void restore(String id) {
            long start = System.nanoTime();
            inner.restore(id);
            events.emit("snapshot.restored", "id", id, "provider", inner.provider(),
                    "durationMs", (System.nanoTime() - start) / 1_000_000);
        }

        @Override
        public void delete(String id) {
            long start = System.nanoTime();
            inner.delete(id);
            events.emit("snapshot.deleted", "id", id, "provider", inner.provider(),
                    "durationMs", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
