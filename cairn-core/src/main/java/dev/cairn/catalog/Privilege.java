package dev.cairn.catalog;

/**
 * One granted privilege on an object (only read when configuration includes privileges).
 *
 * <p>The owner's own entries ({@code ofOwner}) are its difference from the owner's default privileges on the server
 * the catalog was read on, so that an object keeping its defaults has none and the rows mean the same on every major
 * (the default set grows: MAINTAIN on tables from PostgreSQL 17): with {@code grantable} false a default privilege the
 * owner lacks (it was revoked), with {@code grantable} true one it holds with grant option; {@code ALL} when that holds
 * for every default privilege. {@code grantee} is then the owner's name, but those rows are compared regardless of it
 * (PostgreSQL hands them to the new owner when the owner changes).
 *
 * <p>Default privileges ({@link ObjectRef#KIND_DEFAULT_PRIVILEGES}) for the whole database replace the built-in
 * defaults, so they too are read as a difference: {@code ofOwner} rows are built-in defaults the grantee lacks (never
 * grantable; {@code ALL} when it keeps none), the others what is granted beyond them. Those for a schema only add.
 */
public record Privilege(ObjectRef object, String grantee, String privilege, boolean grantable, boolean ofOwner) {

    /**
     * Prefix of a {@link #privilege()} in a revoke that takes away only the grant option ({@code REVOKE GRANT OPTION
     * FOR ALL ON …}); its reverse grants the privilege with grant option.
     */
    public static final String GRANT_OPTION_FOR = "GRANT OPTION FOR ";

    /** An entry of a grantee other than the owner. */
    public Privilege(ObjectRef object, String grantee, String privilege, boolean grantable) {
        this(object, grantee, privilege, grantable, false);
    }
}
