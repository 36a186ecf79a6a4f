package dev.cairn.project;

/**
 * The names of the database a use case worked on.
 *
 * @param environment the environment's name, as documents give it
 * @param database    the database described without credentials ({@code postgresql://host:5432/app})
 * @param display     what human output calls it: the environment's name, or the database when a URL
 *                    override replaced the environment's own
 */
public record TargetLabel(String environment, String database, String display) {}
