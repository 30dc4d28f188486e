package org.crosscheck.render;

import static org.crosscheck.render.HtmlText.count;
import static org.crosscheck.render.HtmlText.elements;
import static org.crosscheck.render.HtmlText.section;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.query.Column;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a browser sees it: headless Chromium parses the page offline and dumps its DOM, and draws it.
 * Skipped when /usr/bin/chromium is absent (Debian's chromium package provides it).
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;
    static CorpusModel model;
    static Path page;

    @BeforeAll
    static void write() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "/usr/bin/chromium is absent: browser test skipped (apt-get install chromium)");
        ReportFixture f = ReportFixture.get();
        model = f.model();
        page = tmp.resolve("report.html");
        Files.writeString(page, f.report, StandardCharsets.UTF_8);
    }

    /**
     * Runs Chromium headless with a fresh profile and no network services; returns its standard output. Its output
     * goes to a file, so a browser that hangs (it has, on a machine loaded far beyond its cores) is stopped after
     * {@code 120 s} with its child processes and tried once more, instead of holding the build forever.
     */
    static String chromium(String... args) throws IOException, InterruptedException {
        AssertionError hung = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return chromiumOnce(args);
            } catch (AssertionError e) {
                if (!e.getMessage().startsWith("chromium did not finish")) {
                    throw e;
                }
                hung = e;
            }
        }
        throw hung;
    }

    private static String chromiumOnce(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile-");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(tmp, "chromium-", ".err");
        Path out = Files.createTempFile(tmp, "chromium-", ".out");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + read(err));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void domHasTheSectionsOneGridRowPerGroupAndArticleMarkupAsText() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());
        for (String id : List.of("sources", "coverage", "quotes", "conflicts", "texts")) {
            assertTrue(dom.contains("<section id=\"" + id + "\">"), "section " + id);
        }
        String grid = elements(section(dom, "coverage"), "table", "<table class=\"grid\"").getFirst();
        String body = elements(grid, "tbody", "<tbody>").getFirst();
        assertEquals(model.claimGroups().size(), count(body, "<tr\\b"), "one grid row per claim group");
        assertEquals(model.claimGroups().size(), count(body, "<tr id=\"g-"));
        // the browser built exactly one script element (the page's own) and no image or bold element
        assertEquals(1, count(dom, "(?i)<script\\b"));
        assertEquals(0, count(dom, "(?i)<img\\b"));
        assertEquals(0, count(dom, "(?i)<b\\b"));
        assertEquals(0, count(HtmlText.tagsWithoutValues(dom), "(?i)<[^>]*\\son\\w+\\s*="));
        // … and kept the injected markup as text of the article
        String texts = section(dom, "texts");
        assertTrue(texts.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(texts.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(HtmlText.text(texts).contains("<script>alert(3)</script>"));
        // the claims are marked in the texts, one mark per claim
        assertEquals(model.claims().size(), count(texts, "<mark class=\"claim (shared|only)\" id=\"c-"));
    }

    @Test
    void gridHeaderStaysInViewWhenScrolledIntoTheGrid() throws Exception {
        // a copy of the page that scrolls to the middle of the grid and records where the header cells are
        String probe = "<script>var rows = document.querySelectorAll('#grid tbody tr');"
                + "var row = rows[Math.floor(rows.length / 2)];"
                + "window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY);"
                + "var th = document.querySelector('#grid thead th');"
                + "document.body.setAttribute('data-probe', window.scrollY + ' ' + th.getBoundingClientRect().top);"
                + "</script></body>";
        Path copy = tmp.resolve("probe.html");
        Files.writeString(copy, Files.readString(page).replace("</body>", probe), StandardCharsets.UTF_8);
        String dom = chromium("--window-size=1280,900", "--dump-dom", copy.toUri().toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-probe=\"(\\d+) (-?[\\d.]+)\"").matcher(dom);
        assertTrue(m.find(), "probe ran");
        assertTrue(Integer.parseInt(m.group(1)) > 1000, "scrolled well into the page: " + m.group(1));
        assertEquals(0.0, Double.parseDouble(m.group(2)), 1.0, "header row sticks to the top of the window");
    }

    @Test
    void screenshotIsDrawn() throws Exception {
        Path png = tmp.resolve("x.png");
        chromium("--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString());
        assertTrue(Files.isRegularFile(png), "screenshot written");
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        assertTrue(bytes.length > 50_000, "a drawn page, not a blank one: " + bytes.length + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());
        // the top of the page is not blank: some pixels in the header area are dark (the title)
        int dark = 0;
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 1280; x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "the title is drawn: " + dark + " dark pixels");
        Path keep = Path.of("target", "html-report-seeds.png");
        Files.createDirectories(keep.getParent());
        Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aLinkIntoAClosedTextOpensIt() throws Exception {
        // above OPEN_TEXTS sources each text is a closed section; following a link to a claim opens its text
        int n = HtmlReport.OPEN_TEXTS + 3;
        try (CorpusModel many = HtmlReportShapesTest.open(HtmlReportShapesTest.manySources(n), tmp.resolve("many-index"))) {
            Path big = tmp.resolve("many.html");
            Files.writeString(big, HtmlReport.corpus(many, "Many"), StandardCharsets.UTF_8);
            String closed = chromium("--dump-dom", big.toUri().toString());
            assertEquals(n, count(section(closed, "texts"), "<details\\b"));
            assertEquals(0, count(closed, "<details open"));
            String dom = chromium("--dump-dom", big.toUri() + "#c-s07c5");
            String texts = section(dom, "texts");
            assertEquals(1, count(texts, "<details open"), "only the linked text opens");
            String open = texts.substring(texts.indexOf("<details open"));
            open = open.substring(0, open.indexOf("</details>"));
            assertTrue(open.contains("id=\"c-s07c5\""), "the opened text holds the claim");
        }
    }

    @Test
    void resultPageKeepsMarkupInCellsAsText() throws Exception {
        Table t = new Table(List.of(new Column("text", Column.Type.TEXT), new Column("n", Column.Type.NUMBER)),
                List.of(new Row(List.of("<script>alert(5)</script>", 3), new Provenance("rule <x>", List.of()))));
        Path result = tmp.resolve("result.html");
        Files.writeString(result, new HtmlRenderer().render(t, "search \"<img src=y>\""), StandardCharsets.UTF_8);
        String dom = chromium("--dump-dom", result.toUri().toString());
        assertEquals(1, count(dom, "(?i)<script\\b"));
        assertEquals(0, count(dom, "(?i)<img\\b"));
        assertTrue(dom.contains("&lt;script&gt;alert(5)&lt;/script&gt;"));
        assertEquals(1, count(elements(dom, "tbody", "<tbody>").getFirst(), "<tr\\b"));
    }
}
