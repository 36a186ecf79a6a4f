package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DefinedKind;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DefinedObject.Setting;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Routine;
import dev.cairn.catalog.Schema;
import dev.cairn.drift.CatalogComparison;
import dev.cairn.drift.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic differ of {@link DefinedObject}s on hand-made catalogs: ordering around what they use, recreation when
 * their definition or something they use changes, settings altered in place, and drift reporting them.
 */
class DefinedDiffTest {
    private static final Schema PUBLIC = new Schema("public", null, null);

    private static Routine f(String returnType) {
        return new Routine("public", "f", "json", Routine.Kind.FUNCTION, "sql", returnType, "v", false,
                "CREATE OR REPLACE FUNCTION public.f(json) RETURNS " + returnType + " AS 'SELECT 1' LANGUAGE sql", null, null,
                List.of());
    }

    private static DefinedObject cast(String context) {
        return new DefinedObject(DefinedKind.CAST, null, "json AS integer", "CAST (json AS integer)",
                List.of("CREATE CAST (json AS integer) WITH FUNCTION public.f(json)" + context), List.of(), null, null,
                List.of(new ObjectRef(ObjectRef.KIND_ROUTINE, "public", "f(json)")));
    }

    private static DefinedObject config(Setting... mappings) {
        return new DefinedObject(DefinedKind.TEXT_SEARCH_CONFIGURATION, "public", "cfg", "TEXT SEARCH CONFIGURATION public.cfg",
                List.of("CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = pg_catalog.\"default\")"), List.of(mappings),
                null, null, List.of());
    }

    private static Setting mapping(String token, String dicts) {
        String cfg = "ALTER TEXT SEARCH CONFIGURATION public.cfg ";
        return new Setting("mapping for " + token, dicts, cfg + "ALTER MAPPING FOR " + token + " WITH " + dicts,
                cfg + "DROP MAPPING FOR " + token, false);
    }

    private static Catalog catalog(List<Routine> routines, List<DefinedObject> defined) {
        return new Catalog(List.of(PUBLIC), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), routines, List.of(), defined);
    }

    private static List<Class<?>> kinds(ChangeSet cs) {
        return cs.changes().stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void aCastIsDroppedBeforeItsFunctionAndCreatedAfterIt() {
        Catalog with = catalog(List.of(f("integer")), List.of(cast("")));
        Catalog without = catalog(List.of(), List.of());
        assertThat(kinds(Differ.diff(with, without))).containsExactly(Change.DropDefined.class, Change.DropRoutine.class);
        assertThat(kinds(Differ.diff(without, with))).containsExactly(Change.CreateRoutine.class, Change.CreateDefined.class);
    }

    @Test
    void aCastIsRecreatedAroundItsRecreatedFunctionAndWhenItsDefinitionChanges() {
        ChangeSet around = Differ.diff(catalog(List.of(f("integer")), List.of(cast(""))),
                catalog(List.of(f("bigint")), List.of(cast(""))));
        assertThat(kinds(around)).containsExactly(Change.DropDefined.class, Change.DropRoutine.class,
                Change.CreateRoutine.class, Change.CreateDefined.class);
        ChangeSet redefined = Differ.diff(catalog(List.of(f("integer")), List.of(cast(""))),
                catalog(List.of(f("integer")), List.of(cast(" AS IMPLICIT"))));
        assertThat(kinds(redefined)).containsExactly(Change.DropDefined.class, Change.CreateDefined.class);
    }

    @Test
    void settingsChangeInPlace() {
        ChangeSet cs = Differ.diff(catalog(List.of(), List.of(config(mapping("word", "pg_catalog.simple"), mapping("url", "pg_catalog.simple")))),
                catalog(List.of(), List.of(config(mapping("word", "pg_catalog.english_stem"), mapping("int", "pg_catalog.simple")))));
        assertThat(cs.changes()).singleElement().isInstanceOfSatisfying(Change.SetDefinedSettings.class, s -> {
            assertThat(s.set()).extracting(Setting::name).containsExactly("mapping for int", "mapping for word");
            assertThat(s.unset()).extracting(Setting::name).containsExactly("mapping for url");
        });
        assertThat(Differ.diff(catalog(List.of(), List.of(config())), catalog(List.of(), List.of(config()))).isEmpty()).isTrue();
    }

    @Test
    void driftReportsDefinedObjectsAndTheirSettings() {
        Catalog expected = catalog(List.of(f("integer")), List.of(cast(""), config(mapping("word", "pg_catalog.simple"))));
        Catalog actual = catalog(List.of(f("integer")), List.of(config(mapping("word", "pg_catalog.english_stem"))));
        List<Difference> d = CatalogComparison.compare(expected, actual);
        assertThat(d).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Difference.Kind.MISSING);
            assertThat(x.objectType()).isEqualTo("cast");
            assertThat(x.object()).isEqualTo("json AS integer");
        });
        assertThat(d).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Difference.Kind.CHANGED);
            assertThat(x.attribute()).isEqualTo("mapping for word");
            assertThat(x.actual()).isEqualTo("pg_catalog.english_stem");
        });
    }
}
