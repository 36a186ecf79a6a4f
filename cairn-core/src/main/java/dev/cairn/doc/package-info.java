/**
 * The stable JSON documents of Cairn's commands, as records serialised by Jackson ({@link dev.cairn.doc.Documents}).
 * Their field names, order, nulls and absent fields are a public contract (docs/commands.md): the CLI's
 * {@code --json}, a build plugin and the studio all print these. Each document is built from the value a
 * use case returns; nothing here computes anything.
 */
package dev.cairn.doc;
