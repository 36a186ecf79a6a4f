package dev.cairn.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How {@code cairn deploy} carries a change into one environment (its {@code approval}, {@code snapshot},
 * {@code app}, {@code canary} and {@code rollback} keys in cairn.yaml), variables expanded. A stage whose
 * settings are null is skipped and recorded as such.
 *
 * @param approvalRequired {@code approval: required}: a person confirms before anything changes
 * @param snapshot nullable: no snapshot before migrating
 * @param app nullable: no application deploy (and no application rollback)
 * @param canary nullable: no canary stages
 * @param rollback what happens to the database when a stage fails
 */
public record DeploySettings(boolean approvalRequired, SnapshotSettings snapshot, AppSettings app, CanarySettings canary,
        RollbackPolicy rollback) {

    /** An environment without deploy settings: no approval, snapshot, application or canary; the runbook on failure. */
    public static final DeploySettings NONE = new DeploySettings(false, null, null, null, RollbackPolicy.RUNBOOK);

    public DeploySettings {
        rollback = rollback == null ? RollbackPolicy.RUNBOOK : rollback;
    }

    /** {@code rollback:} what to do with the database after a failed stage (the application is always rolled back). */
    public enum RollbackPolicy {
        /** Run the revert migrations ({@code U} files) of what this deploy applied, newest first. */
        REVERT("revert"),
        /** Restore the snapshot taken before migrating. */
        SNAPSHOT("snapshot"),
        /** Change nothing; print this environment's runbook with the exact commands. */
        RUNBOOK("runbook");

        private final String key;

        RollbackPolicy(String key) {
            this.key = key;
        }

        /** As written in cairn.yaml. */
        public String key() {
            return key;
        }
    }

    /**
     * {@code app:} the application's own deploy and rollback, user commands run by the shell in the project
     * directory. Placeholders: {@code {env}}, {@code {version}} (the schema version deployed), {@code {commit}},
     * and for rollback {@code {previousVersion}}.
     *
     * @param rollback nullable: nothing to run to roll the application back
     * @param timeout zero: no limit
     */
    public record AppSettings(String deploy, String rollback, Duration timeout) {}

    /**
     * {@code canary:} traffic shifted in stages; after each stage's command the health check must pass before the
     * next stage starts.
     *
     * @param stages percentages, increasing, each 1–100
     * @param command run once per stage with {@code {percent}} (and the app placeholders)
     */
    public record CanarySettings(List<Integer> stages, String command, HealthCheck health) {
        public CanarySettings {
            stages = List.copyOf(stages);
        }
    }

    /**
     * {@code canary.health:} an HTTP GET repeated {@code checks} times, {@code interval} apart; a check fails on a
     * connection error, a timeout, another status or a body without {@code body}; the stage fails when
     * {@code failureThreshold} checks have failed.
     *
     * @param body nullable: any body
     */
    public record HealthCheck(URI url, int status, String body, Duration interval, int checks, int failureThreshold,
            Duration timeout) {}

    /** {@code snapshot:} where the snapshot before migrating goes, by provider. */
    public sealed interface SnapshotSettings {
        /** The name in cairn.yaml's {@code provider:}. */
        String provider();

        /** How many snapshots Cairn keeps for the environment; older ones it made are deleted after a deploy. 0: all. */
        int keep();

        /** {@code template}: CREATE DATABASE … TEMPLATE on the same server. */
        record Template(int keep) implements SnapshotSettings {
            @Override
            public String provider() {
                return "template";
            }
        }

        /**
         * {@code pg_dump}: custom-format dumps in {@code directory}.
         *
         * @param pgDump nullable: the pg_dump for the server's major on PATH or in the usual install folders
         * @param pgRestore nullable: likewise
         */
        record PgDump(Path directory, String pgDump, String pgRestore, int keep) implements SnapshotSettings {
            @Override
            public String provider() {
                return "pg_dump";
            }
        }

        /**
         * {@code neon}: a branch of the primary, through Neon's HTTP API.
         *
         * @param apiUrl the API base, default {@code https://console.neon.tech/api/v2}
         * @param branch the primary branch's id ({@code br-…}) or name
         */
        record Neon(URI apiUrl, Secret apiKey, String projectId, String branch, int keep) implements SnapshotSettings {
            public static final URI DEFAULT_API = URI.create("https://console.neon.tech/api/v2");

            @Override
            public String provider() {
                return "neon";
            }
        }

        /**
         * {@code command}: user commands run by the shell with {@code {id}}, {@code {env}}, {@code {database}},
         * {@code {host}}, {@code {port}}, {@code {user}} (never a password: it is in {@code PGPASSWORD}).
         *
         * @param delete nullable: snapshots cannot be deleted by Cairn
         */
        record Command(String create, String restore, String delete, int keep) implements SnapshotSettings {
            @Override
            public String provider() {
                return "command";
            }
        }
    }
}
