package dev.cairn.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresTypesTest {
    @Test
    void binaryCoercibleChangesDoNotRewrite() {
        assertThat(PostgresTypes.binaryCoercible("character varying(10)", "character varying(20)")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("character varying(20)", "character varying(10)")).isFalse();
        assertThat(PostgresTypes.binaryCoercible("character varying(10)", "text")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("character varying(10)", "character varying")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("text", "character varying")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("text", "character varying(5)")).isFalse();
        assertThat(PostgresTypes.binaryCoercible("numeric(10,2)", "numeric(12,2)")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("numeric(10,2)", "numeric(12,3)")).isFalse();
        assertThat(PostgresTypes.binaryCoercible("numeric(10,2)", "numeric")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("integer", "bigint")).isFalse();
        assertThat(PostgresTypes.binaryCoercible("cidr", "inet")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("timestamp(3) without time zone", "timestamp without time zone")).isTrue();
        assertThat(PostgresTypes.binaryCoercible("character varying(10)[]", "text[]")).isTrue();
    }

    @Test
    void assignmentCastsNeedNoUsing() {
        assertThat(PostgresTypes.assignable("integer", "bigint")).isTrue();
        assertThat(PostgresTypes.assignable("bigint", "integer")).isTrue();
        assertThat(PostgresTypes.assignable("integer", "text")).isTrue();
        assertThat(PostgresTypes.assignable("public.mood", "text")).isTrue();
        assertThat(PostgresTypes.assignable("text", "integer")).isFalse();
        assertThat(PostgresTypes.assignable("text", "public.mood")).isFalse();
        assertThat(PostgresTypes.assignable("date", "timestamp with time zone")).isTrue();
        assertThat(PostgresTypes.assignable("integer[]", "bigint[]")).isTrue();
        assertThat(PostgresTypes.assignable("integer", "integer[]")).isFalse();
        assertThat(PostgresTypes.assignable("json", "jsonb")).isFalse();
    }

    @Test
    void conversionsWithoutADirectCastGoAnotherWay() {
        assertThat(PostgresTypes.conversion("integer", "bigint")).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("text", "uuid")).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("integer", "boolean")).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("json", "jsonb")).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("public.mood", "public.other")).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("integer", "integer[]")).isEqualTo(PostgresTypes.Conversion.ARRAY_WRAP);
        assertThat(PostgresTypes.conversion("text[]", "text")).isEqualTo(PostgresTypes.Conversion.FIRST_ELEMENT);
        assertThat(PostgresTypes.conversion("numeric(10,2)", "boolean")).isEqualTo(PostgresTypes.Conversion.THROUGH_INTEGER);
        assertThat(PostgresTypes.conversion("boolean", "bigint")).isEqualTo(PostgresTypes.Conversion.THROUGH_INTEGER);
        assertThat(PostgresTypes.conversion("uuid", "integer")).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
        assertThat(PostgresTypes.conversion("date", "integer")).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
        assertThat(PostgresTypes.conversion("uuid[]", "integer[]")).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
        assertThat(PostgresTypes.conversion("integer", "bigint[]")).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
        assertThat(PostgresTypes.conversion("public.mood", "text[]")).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
        assertThat(PostgresTypes.conversion("text", "integer[]")).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("public.mood", "integer", true, false)).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
        assertThat(PostgresTypes.conversion("text", "public.mood", false, true)).isEqualTo(PostgresTypes.Conversion.DIRECT);
        assertThat(PostgresTypes.conversion("public.mood", "public.feeling", true, true)).isEqualTo(PostgresTypes.Conversion.THROUGH_TEXT);
    }

    @Test
    void partsUnquote() {
        assertThat(PostgresTypes.parts("\"My Schema\".\"Mo\"\"od\"")).containsExactly("My Schema", "Mo\"od");
        assertThat(PostgresTypes.parts("public.t")).containsExactly("public", "t");
        assertThat(PostgresTypes.element("public.e[][]")).isEqualTo("public.e");
        assertThat(PostgresTypes.base("character varying(20)[]")).isEqualTo("character varying");
    }
}
