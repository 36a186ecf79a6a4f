package dev.cairn.lint;

import dev.cairn.catalog.Catalog;
import dev.cairn.catalog.Column;
import dev.cairn.catalog.Constraint;
import dev.cairn.catalog.Table;
import dev.cairn.dialect.StatementShape.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known around a statement while the {@link Linter} walks a batch: the relations the batch created so far, the
 * before catalog, the column types it knows, whether a lock timeout is in force, whether the script is one transaction,
 * enum values added earlier in that transaction, validated {@code IS NOT NULL} checks, and the statements before this
 * one in the same script. The linter updates it after each statement; rules only read it.
 */
public final class LintScope {
    /** A relation's name without schema resolves to this schema (the default search_path). */
    static final String DEFAULT_SCHEMA = "public";

    private final LintOptions options;
    private final Set<String> created = new HashSet<>();
    private final Map<String, String> columnTypes = new HashMap<>();
    private final Set<String> notNullChecked = new HashSet<>();
    private final Map<String, String> pendingChecks = new HashMap<>();
    // per script
    private boolean transactional;
    private boolean lockTimeoutSet;
    private boolean explicitTransaction;
    private final Map<String, String> enumValues = new HashMap<>();
    private final List<LintStatement> earlier = new ArrayList<>();

    LintScope(LintOptions options) {
        this.options = options;
    }

    public LintOptions options() {
        return options;
    }

    /** The schema before the batch, or null. */
    public Catalog before() {
        return options.before();
    }

    /** The script runs as one transaction (no statement needs to run outside one, no opt-out marker). */
    public boolean transactional() {
        return transactional;
    }

    /** A BEGIN / START TRANSACTION earlier in the script is still open. */
    public boolean inExplicitTransaction() {
        return explicitTransaction;
    }

    /** The runner sets a lock_timeout, or an earlier {@code SET lock_timeout} of this script does. */
    public boolean lockTimeoutInForce() {
        return lockTimeoutSet || !options.lockTimeout().isZero();
    }

    /** The statements before this one in the same script, in order. */
    public List<LintStatement> earlierInScript() {
        return List.copyOf(earlier);
    }

    /** The relation was created earlier in the batch. */
    public boolean isNew(List<String> relation) {
        return !relation.isEmpty() && created.contains(key(relation));
    }

    /** The before catalog's table, if known. */
    public Optional<Table> existingTable(List<String> relation) {
        if (before() == null || relation.isEmpty()) {
            return Optional.empty();
        }
        String name = relation.get(relation.size() - 1);
        String schema = relation.size() > 1 ? relation.get(relation.size() - 2) : DEFAULT_SCHEMA;
        return before().table(schema, name).or(() -> before().table(fold(schema), fold(name)));
    }

    /** A column's type as far as known: set earlier in the batch, else from the before catalog. */
    public Optional<String> columnType(List<String> relation, String column) {
        String batch = columnTypes.get(key(relation) + "." + fold(column));
        if (batch != null) {
            return Optional.of(batch);
        }
        return existingTable(relation).flatMap(t -> t.columns().stream()
                .filter(c -> c.name().equals(column) || c.name().equals(fold(column))).findFirst()).map(Column::type);
    }

    /**
     * A validated {@code CHECK (column IS NOT NULL)} exists on the column: in the before catalog, or added (without NOT
     * VALID, or validated since) earlier in the batch. With it, SET NOT NULL needs no scan (PostgreSQL 12+).
     */
    public boolean hasValidatedNotNullCheck(List<String> relation, String column) {
        if (notNullChecked.contains(key(relation) + "." + fold(column))) {
            return true;
        }
        return existingTable(relation).map(t -> t.constraints().stream()
                .filter(c -> c.type() == Constraint.Type.CHECK && c.validated() && !c.definition().contains("NOT VALID"))
                .anyMatch(c -> column.equalsIgnoreCase(NotNullChecks.column(c.definition()).orElse(""))))
                .orElse(false);
    }

    /** The enum type an earlier statement of this transactional script added {@code value} to, if any. */
    public Optional<String> enumValueAddedEarlier(String value) {
        return Optional.ofNullable(enumValues.get(value));
    }

    /** {@code public.orders} when the schema is written or the before catalog resolves it, else the name as written. */
    public String qualify(List<String> relation) {
        if (relation.isEmpty()) {
            return null;
        }
        if (relation.size() > 1) {
            return String.join(".", relation);
        }
        return existingTable(relation).map(Table::qualifiedName).orElse(relation.get(0));
    }

    // --- updates by the linter ---

    void startScript(boolean transactional) {
        this.transactional = transactional;
        lockTimeoutSet = false;
        explicitTransaction = false;
        enumValues.clear();
        earlier.clear();
    }

    void created(List<String> relation) {
        created.add(key(relation));
    }

    void columnType(List<String> relation, String column, String type) {
        columnTypes.put(key(relation) + "." + fold(column), type);
    }

    void lockTimeout(boolean set) {
        lockTimeoutSet = set;
    }

    void explicitTransaction(boolean open) {
        explicitTransaction = open;
    }

    void enumValueAdded(String value, String type) {
        if (transactional || explicitTransaction) {
            enumValues.put(value, type);
        }
    }

    /** A CHECK (column IS NOT NULL) named {@code name} was added; validated now or later by VALIDATE CONSTRAINT. */
    void notNullCheck(List<String> relation, String name, String column, boolean validated) {
        String col = key(relation) + "." + fold(column);
        if (validated) {
            notNullChecked.add(col);
        } else if (name != null) {
            pendingChecks.put(key(relation) + "#" + fold(name), col);
        }
    }

    /** VALIDATE CONSTRAINT of a NOT VALID {@code IS NOT NULL} check added earlier in the batch or found in before. */
    void validated(List<String> relation, String constraint) {
        String col = pendingChecks.remove(key(relation) + "#" + fold(constraint));
        if (col == null) {
            col = existingTable(relation).flatMap(t -> t.constraints().stream()
                    .filter(c -> c.type() == Constraint.Type.CHECK && c.name().equalsIgnoreCase(fold(constraint)))
                    .findFirst().flatMap(c -> NotNullChecks.column(c.definition())))
                    .map(column -> key(relation) + "." + fold(column)).orElse(null);
        }
        if (col != null) {
            notNullChecked.add(col);
        }
    }

    void done(LintStatement statement) {
        earlier.add(statement);
    }


    static String key(List<String> relation) {
        String name = relation.get(relation.size() - 1);
        String schema = relation.size() > 1 ? relation.get(relation.size() - 2) : DEFAULT_SCHEMA;
        return fold(schema) + "." + fold(name);
    }

    private static String fold(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
