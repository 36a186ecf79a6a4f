package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** cairn ci report: Markdown for a pull request, to $GITHUB_STEP_SUMMARY or stdout, and JUnit XML. */
@Tag("db")
class CiReportCommandTest {
    @TempDir
    Path tmp;
    Path repo;
    Path project;

    @BeforeEach
    void setUp() throws Exception {
        repo = tmp.resolve("repo");
        project = repo.resolve("db");
        GitRepo.init(repo);
        GitRepo.shopWithSnapshot(project);
        GitRepo.commitAll(repo, "shop");
        GitRepo.git(repo, "checkout", "-q", "-b", "feature");
        Files.writeString(project.resolve("migrations/V6__wishlist.sql"),
                "CREATE TABLE wishlist (id bigint PRIMARY KEY, note text DEFAULT '<b>&</b>');\n");
        assertThat(CliRun.inProcess("--dir", project.toString(), "sum").exitCode()).isZero();
        GitRepo.commitAll(repo, "wishlist");
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    @Test
    void withAReachableDatabasePendingIsWhatItLacksAndDriftIsReported() throws Exception {
        try (dev.cairn.db.ScratchDatabase db = dev.cairn.db.DevDatabases.createDatabase()) {
            String url = db.jdbcUrl();
            assertThat(CliRun.inProcess("--dir", project.toString(), "--url", url, "migrate", "--target", "5").exitCode()).isZero();
            CliRun clean = CliRun.inProcess("--dir", project.toString(), "--url", url, "ci", "report");
            assertThat(clean.exitCode()).as(clean.all()).isZero();
            assertThat(clean.out()).contains("1 migration(s) not yet applied to").contains("V6__wishlist.sql")
                    .contains("no drift");

            try (var c = db.connect(); var st = c.createStatement()) {
                st.execute("ALTER TABLE users ADD COLUMN nickname text");
            }
            Path junit = tmp.resolve("drift.xml");
            CliRun drifted = CliRun.inProcess("--dir", project.toString(), "--url", url, "ci", "report", "--junit", junit.toString());
            assertThat(drifted.exitCode()).isEqualTo(1);
            assertThat(drifted.out()).contains("Drift").contains("public.users.nickname")
                    .contains("DROP COLUMN nickname");
            assertThat(xml(junit).getElementsByTagName("failure").getLength()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void appendsToTheStepSummaryWithPendingSqlFoldedAndWritesJUnit() throws Exception {
        Path summary = tmp.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Path junit = tmp.resolve("out/cairn-report.xml");
        CliRun r = CliRun.inProcess(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "--dir", project.toString(), "ci",
                "report", "--junit", junit.toString());
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Appended the report to $GITHUB_STEP_SUMMARY");
        String md = Files.readString(summary);
        assertThat(md).startsWith("earlier step\n");
        assertThat(md).contains("Offline checks").contains("Migrations match cairn.sum")
                .contains("1 migration(s) added since the merge base with main");
        assertThat(md).contains("<details><summary>ℹ️ V6__wishlist.sql").contains("```sql\nCREATE TABLE wishlist")
                .contains("</details>");
        assertThat(md).doesNotContain("V5__index_orders_by_user.sql").contains(" ms");

        Document doc = xml(junit);
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).as("three checks and the lint case").isEqualTo("4");
        assertThat(suites.getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    }

    @Test
    void problemsBecomeFailuresAndExitOne() throws Exception {
        Path v2 = project.resolve("migrations/V2__create_products.sql");
        Files.writeString(v2, Files.readString(v2) + "\n-- edited by hand\n");
        Path junit = tmp.resolve("report.xml");
        CliRun r = CliRun.inProcess("--dir", project.toString(), "ci", "report", "--base", "main", "--junit", junit.toString());
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("## ❌ Cairn schema report").contains("sum-edited")
                .contains("added since main");
        Document doc = xml(junit);
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element testcase = (Element) failures.item(0).getParentNode();
        assertThat(testcase.getAttribute("name")).isEqualTo("Migrations match cairn.sum");
        assertThat(failures.item(0).getTextContent()).contains("V2__create_products.sql changed since cairn.sum");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void jsonDocumentHasTheSections() throws Exception {
        CliRun r = CliRun.inProcess("--dir", project.toString(), "ci", "report", "--json");
        assertThat(r.exitCode()).as(r.all()).isZero();
        var doc = r.json();
        assertThat(doc.get("ok").asBoolean()).isTrue();
        assertThat(doc.get("sections").get(0).get("id").asText()).isEqualTo("check");
        assertThat(doc.get("sections").get(1).get("id").asText()).isEqualTo("pending");
        assertThat(doc.get("sections").get(1).get("items").get(0).get("details").asText())
                .contains("CREATE TABLE wishlist");
        assertThat(doc.get("markdown").asText()).contains("<details>");
        assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotEmpty();
    }
}
