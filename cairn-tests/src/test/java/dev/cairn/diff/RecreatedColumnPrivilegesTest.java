package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * A column dropped and added again (a plain column made generated) loses its column grants with it: they are granted
 * again after it is added. Back (DROP EXPRESSION keeps the column), nothing is granted again.
 */
@DatabaseTest
class RecreatedColumnPrivilegesTest {
    private static final DiffOptions PRIVILEGES = DiffOptions.defaults().withPrivileges(true);
    private static final String ROLES = RoundTripMoreTest.ROLES;

    @Test
    void columnGrantsAreGrantedAgain() {
        RoundTrip.Result r = RoundTrip.check(ROLES + """
                CREATE TABLE item (id integer, price integer, total integer);
                GRANT SELECT (total), UPDATE (price) ON item TO cairn_rt_reader;
                """, ROLES + """
                CREATE TABLE item (id integer, price integer, total integer GENERATED ALWAYS AS (price * 2) STORED);
                GRANT SELECT (total), UPDATE (price) ON item TO cairn_rt_reader;
                """, PRIVILEGES);
        assertThat(r.forward().toSql()).contains("DROP COLUMN total").contains("GRANT SELECT (total)")
                .doesNotContain("UPDATE (price)");
        assertThat(r.backward().toSql()).contains("DROP EXPRESSION").doesNotContain("GRANT");
    }
}
