package dev.cairn.deploy.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import dev.cairn.config.DeploySettings.SnapshotSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code provider: neon}: a snapshot is a branch of the environment's branch, named {@code cairn-snap-<env>-<stamp>},
 * made through Neon's API without a compute endpoint (copy-on-write: instant, and free until data diverges). Restore
 * is Neon's branch restore of the environment's branch from the snapshot's head, keeping the state before as a branch
 * named {@code cairn-pre-restore-<env>-<stamp>}; the branch keeps its id and endpoints, so connection strings stay.
 * Snapshots are found by name (Neon moves a restored branch's children to the preserved branch, so the parent
 * changes).
 */
final class NeonSnapshots implements SnapshotProvider {
    static final String PROVIDER = "neon";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NeonApi api;
    private final String branch;
    private final String env;
    private final Clock clock;

    NeonSnapshots(SnapshotSettings.Neon settings, String env, Clock clock) {
        this(settings, env, clock, Duration.ofSeconds(1));
    }

    NeonSnapshots(SnapshotSettings.Neon settings, String env, Clock clock, Duration pollInterval) {
        if (settings.projectId() == null || settings.projectId().isBlank()) {
            throw new CairnException(ExitCode.USAGE, "Snapshot provider neon of environment '" + env + "' needs"
                    + " snapshot.projectId in cairn.yaml (the project's id, from its settings page in the Neon console).");
        }
        this.api = new NeonApi(settings.apiUrl() == null ? SnapshotSettings.Neon.DEFAULT_API : settings.apiUrl(),
                settings.apiKey(), settings.projectId(), pollInterval);
        this.branch = settings.branch();
        this.env = env;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    private String prefix() {
        return "cairn-snap-" + env.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-";
    }

    private List<JsonNode> branches() {
        List<JsonNode> all = new ArrayList<>();
        api.get(api.projectPath() + "/branches").path("branches").forEach(all::add);
        return all;
    }

    /** The id of the environment's branch: snapshot.branch as an id or a name, else the project's default branch. */
    private String primary(List<JsonNode> all) {
        for (JsonNode b : all) {
            boolean match = branch == null || branch.isBlank()
                    ? b.path("default").asBoolean(false) || b.path("primary").asBoolean(false)
                    : branch.equals(b.path("id").asText()) || branch.equals(b.path("name").asText());
            if (match) {
                return b.path("id").asText();
            }
        }
        throw new CairnException(ExitCode.USAGE, "Neon project " + api.projectId() + " has no branch "
                + (branch == null || branch.isBlank() ? "marked default" : "with id or name '" + branch + "'")
                + " (snapshot.branch of environment '" + env + "' in cairn.yaml); its branches are "
                + all.stream().map(b -> b.path("name").asText() + " (" + b.path("id").asText() + ")")
                        .collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public Snapshot create(String label) {
        List<JsonNode> all = branches();
        String parent = primary(all);
        Instant now = clock.instant();
        String base = prefix() + SnapshotProviders.stamp(now);
        String name = base;
        for (int i = 2; nameTaken(all, name); i++) {
            name = base + "-" + i;
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("branch").put("parent_id", parent).put("name", name);
        JsonNode response = api.post(api.projectPath() + "/branches", body);
        String id = response.path("branch").path("id").asText("");
        if (id.isEmpty()) {
            throw new CairnException(ExitCode.DATABASE, "The Neon API created no branch for the snapshot of environment '"
                    + env + "' (its answer had no branch.id). Look at project " + api.projectId() + " in the Neon console.");
        }
        api.await(response, "snapshot branch " + name);
        return new Snapshot(id, PROVIDER, created(response.path("branch"), now), name);
    }

    private static boolean nameTaken(List<JsonNode> all, String name) {
        return all.stream().anyMatch(b -> name.equals(b.path("name").asText()));
    }

    private static Instant created(JsonNode b, Instant fallback) {
        try {
            return b.hasNonNull("created_at") ? Instant.parse(b.get("created_at").asText()) : fallback;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    @Override
    public List<Snapshot> list() {
        List<Snapshot> found = new ArrayList<>();
        for (JsonNode b : branches()) {
            String name = b.path("name").asText();
            if (name.startsWith(prefix()) && name.substring(prefix().length()).matches("\\d{14}(-\\d+)?")) {
                found.add(new Snapshot(b.path("id").asText(), PROVIDER, created(b, Instant.EPOCH), name));
            }
        }
        found.sort(Comparator.comparing(Snapshot::createdAt).thenComparing(Snapshot::id).reversed());
        return found;
    }

    @Override
    public void restore(String id) {
        SnapshotProviders.find(this, id, env);
        List<JsonNode> all = branches();
        String target = primary(all);
        String base = "cairn-pre-restore-" + prefix().substring("cairn-snap-".length()) + SnapshotProviders.stamp(clock.instant());
        String preserve = base;
        for (int i = 2; nameTaken(all, preserve); i++) {
            preserve = base + "-" + i;
        }
        ObjectNode body = JSON.createObjectNode().put("source_branch_id", id).put("preserve_under_name", preserve);
        JsonNode response = api.post(api.projectPath() + "/branches/" + NeonApi.segment(target) + "/restore", body);
        api.await(response, "the restore of branch " + target + " from snapshot " + id);
    }

    @Override
    public void delete(String id) {
        SnapshotProviders.find(this, id, env);
        JsonNode response = api.delete(api.projectPath() + "/branches/" + NeonApi.segment(id));
        api.await(response, "deleting snapshot branch " + id);
    }
}
