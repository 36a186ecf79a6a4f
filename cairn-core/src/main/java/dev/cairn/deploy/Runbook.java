package dev.cairn.deploy;

import dev.cairn.config.DeploySettings;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationScript;
import dev.cairn.migrate.RevertPlan;
import dev.cairn.migrate.Version;
import dev.cairn.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An environment's runbook: the ways back from a bad schema change, in order of preference, each with when to
 * use it and the exact commands — fix forward, revert migrations, restore the snapshot (or branch), point-in-time
 * recovery, restore a dump. A value: {@link #render()} prints it (Markdown), and {@code cairn deploy} does so when
 * the environment's rollback policy is {@code runbook} or an automatic rollback failed.
 *
 * @param projectDir      the project folder, as {@code --dir} takes it
 * @param environment     the environment's name
 * @param deploy          the environment's deploy settings (snapshot provider, rollback policy)
 * @param currentVersion  the newest applied version now (null: none)
 * @param previousVersion the version before the deploy (null: none, the database was empty)
 * @param latestSnapshot  the id of the snapshot taken before the deploy, when known (null otherwise)
 * @param missingReverts  migrations applied after {@code previousVersion} (up to {@code currentVersion}) without a
 *                        revert migration, newest first: reverting needs them written first
 */
public record Runbook(String projectDir, String environment, DeploySettings deploy, String currentVersion,
        String previousVersion, String latestSnapshot, List<RevertPlan.Missing> missingReverts) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+-]+");

    public Runbook {
        deploy = deploy == null ? DeploySettings.NONE : deploy;
        missingReverts = List.copyOf(missingReverts);
    }

    /**
     * The runbook of {@code environment}: the reverts needed between {@code previous} and {@code current} are looked
     * up in the project's migrations directory (no database is read).
     */
    public static Runbook of(Project project, String environment, DeploySettings deploy, String current, String previous,
            String latestSnapshot) {
        return new Runbook(project.dir().toString(), environment, deploy, current, previous, latestSnapshot,
                missingReverts(project.migrations(), current, previous));
    }

    /** The versioned migrations after {@code previous} up to {@code current} without a U file, newest first. */
    static List<RevertPlan.Missing> missingReverts(MigrationDirectory dir, String current, String previous) {
        if (current == null) {
            return List.of();
        }
        Version to = previous == null ? Version.parse("0") : Version.parse(previous);
        Version from = Version.parse(current);
        List<RevertPlan.Missing> missing = new ArrayList<>();
        List<MigrationScript> versioned = dir.versioned();
        for (int i = versioned.size() - 1; i >= 0; i--) { // newest first
            MigrationScript v = versioned.get(i);
            if (v.version().compareTo(to) > 0 && v.version().compareTo(from) <= 0 && dir.revertOf(v.version()).isEmpty()) {
                String name = v.name();
                int slash = name.lastIndexOf('/');
                missing.add(new RevertPlan.Missing(v.versionText(), name, name.substring(0, slash + 1) + "U"
                        + name.substring(slash + 2)));
            }
        }
        return missing;
    }

    /** The runbook as Markdown, commands in indented blocks ready to copy. */
    public String render() {
        String cairn = "cairn --dir " + quote(projectDir) + " --env " + quote(environment);
        String target = previousVersion == null ? "0" : previousVersion;
        StringBuilder out = new StringBuilder();
        out.append("# Runbook: getting environment '").append(environment).append("' back\n\n");
        out.append("Schema version now: ").append(currentVersion == null ? "none" : currentVersion)
                .append("; before the deploy: ").append(previousVersion == null ? "none (empty)" : previousVersion)
                .append(". Try these in order: the first that fits loses the least.\n\n");

        out.append("## 1. Fix forward (preferred)\n\n");
        out.append("When: the change is nearly right, or the application already wrote data in the new shape that must be\n"
                + "kept. A new migration corrects the schema; nothing is undone. Edit schema/*.sql, then:\n\n");
        out.append("    cairn --dir ").append(quote(projectDir)).append(" generate --name fix_<what>\n");
        out.append("    ").append(cairn).append(" deploy\n\n");

        out.append("## 2. Revert migrations to version ").append(target)
                .append(previousVersion == null ? " (every migration)" : "").append("\n\n");
        if (currentVersion == null || currentVersion.equals(previousVersion)) {
            out.append("Nothing to revert: the database is at the version it had before the deploy.\n\n");
        } else if (missingReverts.isEmpty()) {
            out.append("When: the deploy must be undone and the reverted migrations' data may go (a revert drops what its\n"
                    + "migration created). Each revert migration (U file) runs in its own transaction, newest first;\n"
                    + "the history keeps the original rows and adds one 'revert' row each. Check, then run:\n\n");
            out.append("    ").append(cairn).append(" rollback --to ").append(target).append(" --dry-run\n");
            out.append("    ").append(cairn).append(" rollback --to ").append(target).append("\n\n");
        } else {
            out.append("Not available yet: ").append(String.join(", ", missingReverts.stream()
                    .map(m -> m.migration() + " has no revert (" + m.expected() + ")").toList()))
                    .append(".\nWrite the missing U file(s) with the SQL that undoes each migration and run `cairn sum`;"
                            + " then this works:\n\n");
            out.append("    ").append(cairn).append(" rollback --to ").append(target).append("\n\n");
            out.append("Otherwise use one of the restores below.\n\n");
        }

        out.append("## 3. Restore the snapshot taken before the deploy\n\n");
        SnapshotSettings snapshot = deploy.snapshot();
        if (snapshot == null) {
            out.append("Not configured: this environment takes no snapshot before migrating (add a `snapshot:` section\n"
                    + "to its settings in cairn.yaml, see docs/deploy.md).\n\n");
        } else {
            out.append("When: the schema and its data must be exactly as before the deploy, and losing what was written\n"
                    + "since is acceptable (a restore discards it). Provider: ").append(snapshot.provider()).append(".\n\n");
            out.append("    ").append(cairn).append(" snapshot restore ")
                    .append(latestSnapshot == null ? "<SNAPSHOT-ID>" : quote(latestSnapshot)).append("\n\n");
            if (latestSnapshot == null) {
                out.append("The id is the one the deploy printed when it took the snapshot.\n\n");
            }
        }

        out.append("## 4. Point-in-time recovery\n\n");
        out.append("When: no snapshot is usable and the revert cannot run, or data was damaged: the database goes back to\n"
                + "a moment just before the deploy (everything written after it is lost).\n\n");
        if (snapshot instanceof SnapshotSettings.Neon neon) {
            out.append("Neon: restore the branch to a timestamp just before the deploy with the Neon CLI (also installed as\n"
                    + "`neon`); the state before the restore stays as a branch:\n\n");
            out.append("    neonctl branches restore ").append(quote(neon.branch())).append(" ^self@<TIMESTAMP>")
                    .append(" --preserve-under-name ").append(quote(neon.branch() + "_before_restore"))
                    .append(" --project-id ").append(quote(neon.projectId())).append("\n\n");
        } else {
            out.append("PostgreSQL with WAL archiving: restore the newest base backup taken before the deploy into an empty\n"
                    + "data directory, then in postgresql.conf set\n\n"
                    + "    restore_command = 'cp /path/to/archive/%f %p'\n"
                    + "    recovery_target_time = '<TIMESTAMP just before the deploy>'\n"
                    + "    recovery_target_action = 'promote'\n\n"
                    + "create recovery.signal in the data directory and start the server. A managed service offers the\n"
                    + "same as \"restore to a point in time\" (RDS, Cloud SQL, Azure; Neon: branch restore to a timestamp).\n\n");
        }

        out.append("## 5. Restore a dump\n\n");
        out.append("When: nothing above applies and a logical dump from before the deploy exists (pg_dump -Fc). It\n"
                + "replaces the objects in the dump; data written since is lost. With the database URL in DATABASE_URL:\n\n");
        out.append("    pg_restore --clean --if-exists --no-owner -d \"$DATABASE_URL\" <DUMP-FILE>\n\n");
        if (snapshot instanceof SnapshotSettings.PgDump dumps) {
            out.append("This environment's pg_dump snapshots are in ").append(dumps.directory()).append(".\n\n");
        }
        out.append("After any of these, check the result:\n\n");
        out.append("    ").append(cairn).append(" status\n");
        out.append("    ").append(cairn).append(" drift\n");
        return out.toString();
    }

    /** A shell word: as it is when plain, else in single quotes. */
    static String quote(String s) {
        return PLAIN.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
