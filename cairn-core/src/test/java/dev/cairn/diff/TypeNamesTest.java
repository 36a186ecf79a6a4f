package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {
    @Test
    void binaryCoercibleChangesDoNotRewrite() {
        assertThat(TypeNames.binaryCoercible("character varying(10)", "character varying(20)")).isTrue();
        assertThat(TypeNames.binaryCoercible("character varying(20)", "character varying(10)")).isFalse();
        assertThat(TypeNames.binaryCoercible("character varying(10)", "text")).isTrue();
        assertThat(TypeNames.binaryCoercible("character varying(10)", "character varying")).isTrue();
        assertThat(TypeNames.binaryCoercible("text", "character varying")).isTrue();
        assertThat(TypeNames.binaryCoercible("text", "character varying(5)")).isFalse();
        assertThat(TypeNames.binaryCoercible("numeric(10,2)", "numeric(12,2)")).isTrue();
        assertThat(TypeNames.binaryCoercible("numeric(10,2)", "numeric(12,3)")).isFalse();
        assertThat(TypeNames.binaryCoercible("numeric(10,2)", "numeric")).isTrue();
        assertThat(TypeNames.binaryCoercible("integer", "bigint")).isFalse();
        assertThat(TypeNames.binaryCoercible("cidr", "inet")).isTrue();
        assertThat(TypeNames.binaryCoercible("timestamp(3) without time zone", "timestamp without time zone")).isTrue();
        assertThat(TypeNames.binaryCoercible("character varying(10)[]", "text[]")).isTrue();
    }

    @Test
    void assignmentCastsNeedNoUsing() {
        assertThat(TypeNames.assignable("integer", "bigint")).isTrue();
        assertThat(TypeNames.assignable("bigint", "integer")).isTrue();
        assertThat(TypeNames.assignable("integer", "text")).isTrue();
        assertThat(TypeNames.assignable("public.mood", "text")).isTrue();
        assertThat(TypeNames.assignable("text", "integer")).isFalse();
        assertThat(TypeNames.assignable("text", "public.mood")).isFalse();
        assertThat(TypeNames.assignable("date", "timestamp with time zone")).isTrue();
        assertThat(TypeNames.assignable("integer[]", "bigint[]")).isTrue();
        assertThat(TypeNames.assignable("integer", "integer[]")).isFalse();
        assertThat(TypeNames.assignable("json", "jsonb")).isFalse();
    }

    @Test
    void conversionsWithoutADirectCastGoAnotherWay() {
        assertThat(TypeNames.conversion("integer", "bigint")).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("text", "uuid")).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("integer", "boolean")).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("json", "jsonb")).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("public.mood", "public.other")).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("integer", "integer[]")).isEqualTo(TypeNames.Conversion.ARRAY_WRAP);
        assertThat(TypeNames.conversion("text[]", "text")).isEqualTo(TypeNames.Conversion.FIRST_ELEMENT);
        assertThat(TypeNames.conversion("numeric(10,2)", "boolean")).isEqualTo(TypeNames.Conversion.THROUGH_INTEGER);
        assertThat(TypeNames.conversion("boolean", "bigint")).isEqualTo(TypeNames.Conversion.THROUGH_INTEGER);
        assertThat(TypeNames.conversion("uuid", "integer")).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
        assertThat(TypeNames.conversion("date", "integer")).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
        assertThat(TypeNames.conversion("uuid[]", "integer[]")).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
        assertThat(TypeNames.conversion("integer", "bigint[]")).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
        assertThat(TypeNames.conversion("public.mood", "text[]")).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
        assertThat(TypeNames.conversion("text", "integer[]")).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("public.mood", "integer", true, false)).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
        assertThat(TypeNames.conversion("text", "public.mood", false, true)).isEqualTo(TypeNames.Conversion.DIRECT);
        assertThat(TypeNames.conversion("public.mood", "public.feeling", true, true)).isEqualTo(TypeNames.Conversion.THROUGH_TEXT);
    }

    @Test
    void partsUnquote() {
        assertThat(TypeNames.parts("\"My Schema\".\"Mo\"\"od\"")).containsExactly("My Schema", "Mo\"od");
        assertThat(TypeNames.parts("public.t")).containsExactly("public", "t");
        assertThat(TypeNames.element("public.e[][]")).isEqualTo("public.e");
        assertThat(TypeNames.base("character varying(20)[]")).isEqualTo("character varying");
    }
}
