package dev.cairn.migrate;

/** Placeholder until the splitter lands. */
final class SqlContent {
    private SqlContent() {}

    static boolean isEmpty(String content) {
        return content.isBlank();
    }
}
