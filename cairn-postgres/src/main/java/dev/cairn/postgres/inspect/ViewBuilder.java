package dev.cairn.postgres.inspect;

import dev.cairn.catalog.Index;
import dev.cairn.catalog.ObjectRef;
import dev.cairn.catalog.Trigger;
import dev.cairn.catalog.View;
import java.util.ArrayList;
import java.util.List;

/** A view or materialized view as read so far. */
final class ViewBuilder {
    String schema;
    String name;
    boolean materialized;
    String definition;
    List<String> options;
    String comment;
    String owner;
    boolean withNoData;
    boolean readsItself;
    final List<String> columnTypes = new ArrayList<>();
    final List<String> columns = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ObjectRef> dependsOn = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<View.ColumnSetting> columnSettings = new ArrayList<>();
}
