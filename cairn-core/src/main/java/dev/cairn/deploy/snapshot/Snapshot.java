package dev.cairn.deploy.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.Objects;

/**
 * One snapshot Cairn made of an environment's database.
 *
 * @param id what {@code cairn snapshot restore ID} takes: the copy's database name (template), the dump's file stem
 *     (pg_dump), the branch id (neon), the id Cairn generated (command)
 * @param provider the {@code snapshot.provider} that made it
 * @param createdAt when it was made; written as ISO-8601 text in JSON
 * @param location where it is, for people: a database name, a file path, a branch name; never a secret
 */
public record Snapshot(String id, String provider, @JsonSerialize(using = ToStringSerializer.class) Instant createdAt,
        String location) {

    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Reads the JSON form back (createdAt as ISO-8601 text). */
    @JsonCreator
    static Snapshot fromJson(@JsonProperty("id") String id, @JsonProperty("provider") String provider,
            @JsonProperty("createdAt") String createdAt, @JsonProperty("location") String location) {
        return new Snapshot(id, provider, Instant.parse(createdAt), location);
    }
}
