/**
 * The migration commands as calls a CLI, a build plugin or an application makes alike: each opens the
 * selected target, does its work and returns a value. Apart from {@code dev.cairn.migrate} because they
 * take a {@link dev.cairn.project.Project}, which itself builds on that package (one package would be a cycle).
 */
package dev.cairn.migrate.usecase;
