package dev.cairn.diff.kind;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.DefinedObject;
import dev.cairn.catalog.DefinedObject.Setting;
import dev.cairn.diff.DiffContext;
import dev.cairn.diff.Keys;
import dev.cairn.diff.KindDiff;
import dev.cairn.diff.Warning;
import java.util.List;

/**
 * Options holding secrets (a user mapping's or server's {@code password}, anything named like a secret, token or
 * key) are never read: the inspector compares them as set or not and sets them to a placeholder. Whenever a plan sets
 * one (a new object, an object created again, an option newly set), this warns, naming the object and the option, so
 * the user replaces the placeholder in the migration before it runs. Runs after {@link DefinedDiff}.
 */
final class SecretOptions implements KindDiff<DefinedObject> {
    /** The suffix the inspector gives a secret option's setting name. */
    static final String SECRET = " (secret)";

    @Override
    public List<DefinedObject> objects(Catalog catalog) {
        return catalog.defined().stream().filter(o -> o.settings().stream().anyMatch(SecretOptions::secret)).toList();
    }

    @Override
    public String key(DefinedObject o) {
        return Keys.defined(o);
    }

    @Override
    public void added(DiffContext ctx, DefinedObject o) {
        o.settings().stream().filter(SecretOptions::secret).forEach(s -> warn(ctx, o, s));
    }

    @Override
    public void changed(DiffContext ctx, DefinedObject from, DefinedObject to) {
        unchanged(ctx, from, to);
    }

    @Override
    public void unchanged(DiffContext ctx, DefinedObject from, DefinedObject to) {
        boolean recreated = ctx.isRecreated(key(to));
        to.settings().stream().filter(SecretOptions::secret).filter(s -> recreated || from.setting(s.name()) == null)
                .forEach(s -> warn(ctx, to, s));
    }

    @Override
    public void removed(DiffContext ctx, DefinedObject o) {}

    private static boolean secret(Setting s) {
        return s.name().endsWith(SECRET);
    }

    private static void warn(DiffContext ctx, DefinedObject o, Setting s) {
        String option = s.name().substring("option ".length(), s.name().length() - SECRET.length());
        ctx.warn(new Warning(Warning.Kind.UNSUPPORTED, o.describe(), "option " + option + " holds a secret, which Cairn "
                + "never reads or writes: the plan sets it to the placeholder '<secret: replace before running>'; replace "
                + "it in the migration (or set it afterwards with ALTER " + o.address() + " OPTIONS (SET " + option
                + " '…')) before running it"));
    }
}
