package dev.cairn.diff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.DatabaseTest;
import dev.cairn.testing.Gen;
import dev.cairn.testing.Seeded;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real-world schemas shipped in library jars ({@link RealSchema}): created from nothing, dropped to
 * nothing, and carried to a randomly mutated version of themselves, by the differ, round trip.
 */
@DatabaseTest
class RealSchemasTest {

    @ParameterizedTest
    @EnumSource(RealSchema.class)
    void loads(RealSchema schema) {
        String sql = schema.sql();
        assertThat(sql).containsIgnoringCase("CREATE TABLE");
        SqlLoader.checkLoads(sql, schema.toString());
    }

    @ParameterizedTest
    @EnumSource(RealSchema.class)
    void emptyToSchemaAndBack(RealSchema schema) {
        Assumptions.assumeTrue(DifferOracle.available(), "the differ's round-trip helper is not on this branch yet");
        DifferOracle.check("", schema.sql());
    }

    @ParameterizedTest
    @EnumSource(RealSchema.class)
    void schemaToEmptyAndBack(RealSchema schema) {
        Assumptions.assumeTrue(DifferOracle.available(), "the differ's round-trip helper is not on this branch yet");
        DifferOracle.check(schema.sql(), "");
    }

    /** A real schema and the mutations to carry it to. */
    record Case(RealSchema schema, List<SchemaMutator.Mutation> mutations) {}

    /**
     * Schema → schema with up to 6 random mutations. Without the differ this still checks that the
     * mutation generator produces SQL that loads (every mutated side is loaded by construction).
     */
    // Seed pinned for reproducible CI while the differ has known bugs (an unpinned run found the
    // drop order bug now in diff-cases/dependencies/drop_referenced_key_and_referencing_table);
    // explore with -Dcairn.seed=N (and -Dcairn.tries=N).
    @Test
    void schemaToMutatedSchema() {
        Gen<RealSchema> schemas = Gen.of(RealSchema.values());
        Gen<List<SchemaMutator.Mutation>> mutations = SchemaMutator.mutations(6);
        Seeded.forAll("real schema to a mutation of itself", -5_079_812_344_795_352_748L, 24,
                r -> new Case(schemas.next(r), mutations.next(r)), c -> {
                    String base = c.schema().sql();
                    SchemaMutator.Mutated mutated = SchemaMutator.mutate(base, c.schema().toString(), c.mutations());
                    SqlLoader.checkLoads(mutated.sql(), c.schema() + " mutated");
                    if (DifferOracle.available()) {
                        DifferOracle.checkIgnoringColumnOrder(base, mutated.sql());
                    }
                });
    }
}
