package dev.cairn.postgres.render;

import static dev.cairn.postgres.render.Fixtures.one;
import static dev.cairn.postgres.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Column;
import dev.cairn.catalog.CompositeType;
import dev.cairn.catalog.DomainType;
import dev.cairn.catalog.EnumType;
import dev.cairn.catalog.Extension;
import dev.cairn.catalog.Schema;
import dev.cairn.diff.Change.AddEnumValue;
import dev.cairn.diff.Change.AlterComposite;
import dev.cairn.diff.Change.AlterDomain;
import dev.cairn.diff.Change.ColumnUse;
import dev.cairn.diff.Change.CreateEnum;
import dev.cairn.diff.Change.CreateExtension;
import dev.cairn.diff.Change.CreateSchema;
import dev.cairn.diff.Change.DropEnum;
import dev.cairn.diff.Change.RebuildEnum;
import dev.cairn.plan.LockLevel;
import dev.cairn.plan.Plan;
import dev.cairn.plan.PlannedStatement;
import dev.cairn.plan.Risk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas, extensions, enums, domains and composite types. */
class TypeRenderTest {
    static final EnumType MOOD = new EnumType("public", "Mood", List.of("sad", "ok", "happy"), null, null);

    @Test
    void schemaAndExtensionCreateAndReverse() {
        PlannedStatement s = one(new CreateSchema(new Schema("Sales", null, null)));
        assertThat(s.sql()).isEqualTo("CREATE SCHEMA \"Sales\"");
        assertThat(s.reverse()).isEqualTo("DROP SCHEMA \"Sales\"");
        PlannedStatement e = one(new CreateExtension(new Extension("pg_trgm", "ext", "1.6", null)));
        assertThat(e.sql()).isEqualTo("CREATE EXTENSION pg_trgm SCHEMA ext");
        assertThat(one(new CreateExtension(new Extension("pg_trgm", "ext", "1.5", null, null, false))).sql())
                .isEqualTo("CREATE EXTENSION pg_trgm SCHEMA ext VERSION '1.5'");
        assertThat(e.reverse()).isEqualTo("DROP EXTENSION pg_trgm");
    }

    @Test
    void enumCreateAndDropReverseEachOther() {
        PlannedStatement create = one(new CreateEnum(MOOD));
        PlannedStatement drop = one(new DropEnum(MOOD));
        assertThat(create.sql()).isEqualTo("CREATE TYPE public.\"Mood\" AS ENUM ('sad', 'ok', 'happy')");
        assertThat(create.reverse()).isEqualTo(drop.sql());
        assertThat(drop.reverse()).isEqualTo(create.sql());
    }

    @Test
    void newEnumValueIsUsableAfterCommitAndHasNoReverse() {
        PlannedStatement s = one(new AddEnumValue(MOOD, "it's fine", null, "ok"));
        assertThat(s.sql()).isEqualTo("ALTER TYPE public.\"Mood\" ADD VALUE 'it''s fine' AFTER 'ok'");
        assertThat(s.facts().usableAfterCommit()).isTrue();
        assertThat(s.commentLine()).isEqualTo("-- Add value 'it's fine' to enum public.Mood after 'ok' [USABLE AFTER COMMIT]");
        assertThat(s.reverse()).isNull();
    }

    @Test
    void enumRebuildConvertsColumnsAroundTheirDefaultsAndLosesRemovedValues() {
        EnumType to = new EnumType("public", "Mood", List.of("happy", "sad"), null, null);
        Column feeling = new Column("feeling", "\"Mood\"", null, false, "'sad'::\"Mood\"", null, null, null);
        Plan plan = render(new RebuildEnum(MOOD, to, List.of(new ColumnUse("public", "people", feeling, false)), List.of("ok")));
        assertThat(plan.statements()).extracting(PlannedStatement::sql).containsExactly(
                "ALTER TYPE public.\"Mood\" RENAME TO \"Mood__old\"",
                "CREATE TYPE public.\"Mood\" AS ENUM ('happy', 'sad')",
                "ALTER TABLE public.people ALTER COLUMN feeling DROP DEFAULT",
                "ALTER TABLE public.people ALTER COLUMN feeling TYPE public.\"Mood\" USING feeling::text::public.\"Mood\"",
                "ALTER TABLE public.people ALTER COLUMN feeling SET DEFAULT 'sad'::\"Mood\"",
                "DROP TYPE public.\"Mood__old\"");
        PlannedStatement convert = plan.statements().get(3);
        assertThat(convert.risks()).containsExactly(Risk.DATA_LOSS, Risk.TABLE_REWRITE, Risk.ACCESS_EXCLUSIVE_LOCK);
        assertThat(convert.facts().lock()).isEqualTo(LockLevel.ACCESS_EXCLUSIVE);
        assertThat(convert.facts().lockedRelation()).isEqualTo("public.people");
        assertThat(plan.statements().get(5).facts().dataLoss()).as("the columns already report the loss").isFalse();
        assertThat(plan.summary().toString()).isEqualTo("type: 1 altered");
    }

    @Test
    void domainChangesReverseOneByOne() {
        DomainType from = new DomainType("public", "email", "text", null, false, null,
                List.of(new DomainType.Check("has_at", "CHECK (VALUE ~ '@'::text)")), null, null);
        DomainType to = new DomainType("public", "email", "text", null, true, "'x@y'::text",
                List.of(new DomainType.Check("has_at", "CHECK (VALUE ~ '@.'::text) NOT VALID")), null, null);
        Plan plan = render(new AlterDomain(from, to));
        assertThat(plan.statements()).extracting(PlannedStatement::sql, PlannedStatement::reverse).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ALTER DOMAIN public.email DROP CONSTRAINT has_at",
                        "ALTER DOMAIN public.email ADD CONSTRAINT has_at CHECK (VALUE ~ '@'::text)"),
                org.assertj.core.groups.Tuple.tuple("ALTER DOMAIN public.email SET DEFAULT 'x@y'::text", "ALTER DOMAIN public.email DROP DEFAULT"),
                org.assertj.core.groups.Tuple.tuple("ALTER DOMAIN public.email SET NOT NULL", "ALTER DOMAIN public.email DROP NOT NULL"),
                org.assertj.core.groups.Tuple.tuple("ALTER DOMAIN public.email ADD CONSTRAINT has_at CHECK (VALUE ~ '@.'::text) NOT VALID",
                        "ALTER DOMAIN public.email DROP CONSTRAINT has_at"));
        assertThat(plan.statements().get(2).facts().scansTable()).isTrue();
        assertThat(plan.statements().get(3).facts().scansTable()).as("NOT VALID").isFalse();
    }

    @Test
    void compositeAttributesAddedReverseToADrop() {
        CompositeType from = new CompositeType("public", "addr", List.of(new CompositeType.Attribute("street", "text", null)), null, null);
        CompositeType to = new CompositeType("public", "addr", List.of(new CompositeType.Attribute("street", "text", null),
                new CompositeType.Attribute("Zip", "text", "C")), null, null);
        PlannedStatement s = one(new AlterComposite(from, to));
        assertThat(s.sql()).isEqualTo("ALTER TYPE public.addr ADD ATTRIBUTE \"Zip\" text COLLATE \"C\"");
        assertThat(s.reverse()).isEqualTo("ALTER TYPE public.addr DROP ATTRIBUTE \"Zip\"");
        assertThat(one(new AlterComposite(to, from)).reverse()).as("a dropped attribute's values are gone").isNull();
    }
}
