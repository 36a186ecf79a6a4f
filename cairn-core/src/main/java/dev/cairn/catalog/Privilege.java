package dev.cairn.catalog;

/** One granted privilege on an object (only read when configuration includes privileges). */
public record Privilege(ObjectRef object, String grantee, String privilege, boolean grantable) {}
