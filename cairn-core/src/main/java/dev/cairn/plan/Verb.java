package dev.cairn.plan;

/** What a change does to its object, as a plan summary counts it. */
public enum Verb {
    CREATE, ALTER, DROP
}
