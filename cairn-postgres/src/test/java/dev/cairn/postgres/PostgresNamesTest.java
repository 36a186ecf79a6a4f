package dev.cairn.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The NOT NULL names PostgreSQL 18 chooses (the expected names were read from a PostgreSQL 18.1 server). */
class PostgresNamesTest {
    private static final String LONG_TABLE = "a_table_with_a_rather_long_name_for_testing_the_truncation_rule";

    @Test
    void defaultNameIsTableColumnLabelShortenedTo63Bytes() {
        assertThat(PostgresNames.defaultNotNullName("t", "id")).isEqualTo("t_id_not_null");
        assertThat(PostgresNames.defaultNotNullName(LONG_TABLE, "a_column_with_a_long_name_that_shares_its_beginning_one"))
                .isEqualTo("a_table_with_a_rather_long__a_column_with_a_long_name__not_null");
    }

    @Test
    void generatedNamesOfTheTableAreRecognised() {
        assertThat(PostgresNames.isGeneratedNotNullName("t_id_not_null", "t")).isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("t_id_not_null1", "t")).as("number added on a collision").isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("t_old_column_not_null", "t")).as("column renamed since").isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("my_t_id_not_null", "my_t")).isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("a_table_with_a_rather_long_a_column_with_a_long_name__not_null1", LONG_TABLE))
                .as("shortened with a number").isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("a_table_with_a_rather_long__a_column_with_a_long_name__not_null", LONG_TABLE))
                .isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("tä_çolumn_ü_not_null", "tä")).as("multibyte").isTrue();
    }

    @Test
    void otherNamesAreTheSchemasOwn() {
        assertThat(PostgresNames.isGeneratedNotNullName("id_required", "t")).isFalse();
        assertThat(PostgresNames.isGeneratedNotNullName("id_not_null", "t")).as("no table part").isFalse();
        assertThat(PostgresNames.isGeneratedNotNullName("t_not_null", "t")).as("no column part").isFalse();
        assertThat(PostgresNames.isGeneratedNotNullName("t_id_not_null", "t2")).as("another table's").isFalse();
        assertThat(PostgresNames.isGeneratedNotNullName("t_id_not_nullx", "t")).isFalse();
        assertThat(PostgresNames.isGeneratedNotNullName("a_table_with_a_rather_long_name_for_testing_the_truncation_r_x_not_null", LONG_TABLE))
                .as("longer than PostgreSQL makes it").isFalse();
    }

    @Test
    void underAnyTableName() {
        assertThat(PostgresNames.isGeneratedNotNullName("t_id_not_null", null)).isTrue();
        assertThat(PostgresNames.isGeneratedNotNullName("id_not_null", null)).isFalse();
        assertThat(PostgresNames.isGeneratedNotNullName("id_required", null)).isFalse();
    }
}
