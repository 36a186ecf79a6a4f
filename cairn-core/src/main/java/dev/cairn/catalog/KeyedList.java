package dev.cairn.catalog;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also finds its elements by key in constant time. It is an ordinary
 * {@link List} to everything else (equality, JSON), so catalogs stay plain records while lookups such
 * as {@link Catalog#table} do not scan thousands of tables for every foreign key.
 */
final class KeyedList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;
    private final Map<String, T> byKey;

    KeyedList(List<T> items, Function<T, String> key) {
        this.items = List.copyOf(items);
        this.byKey = new HashMap<>(items.size() * 2);
        for (T item : this.items) {
            byKey.putIfAbsent(key.apply(item), item);
        }
    }

    T byKey(String key) {
        return byKey.get(key);
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
