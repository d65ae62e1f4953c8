package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.actiontracker.runtime.EmbeddedPipeline;
import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.tracking.Triage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium loads the page the app serves over the seed notes, and the test reads what a person sees:
 * the text that is displayed, not the HTML. Needs Debian's chromium and chromium-driver, which .ci/run installs.
 */
class WebPageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String OPEN_TASK = "Book the lab for the planning review";

    private static EmbeddedPipeline pipeline;
    private static Path notes;
    private static ChromeDriver browser;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        // The seeds, and one note with work still open today (every seed task is done by now).
        notes = Files.createDirectories(data.resolve("notes"));
        try (var seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, notes.resolve(seed.getFileName()));
            }
        }
        Files.writeString(
                notes.resolve("zz-planning.md"),
                "---\ndate: " + LocalDate.now() + "\n---\n# Planning\n\n- [ ] " + OPEN_TASK
                        + " @Lior Genzel 📅 2099-01-15\n");
        pipeline = EmbeddedPipeline.start(
                new TrackerConfig(Map.of(
                        TrackerConfig.INPUT_DIR,
                        notes.toString(),
                        TrackerConfig.DATA_DIR,
                        data.toString(),
                        TrackerConfig.VAULT_OWNER,
                        "Jason Vallery",
                        TrackerConfig.HTTP_PORT,
                        "0")),
                EmbeddedPipeline.Options.serving(0));
        pipeline.awaitProcessed(Duration.ofSeconds(120));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,2000",
                        "--user-data-dir=" + Files.createTempDirectory(data, "chromium"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void onAPastDayThePageShowsEachOwnerWithCountsAndTheOverdueItemsInRed() {
        browser.get(pipeline.url().orElseThrow() + "?asOf=2025-11-03");

        assertThat(browser.getTitle()).isEqualTo("Action Tracker — 2025-11-03");
        List<List<String>> owners = rows(browser.findElement(By.id("owners")));
        assertThat(owners)
                .extracting(r -> r.get(0))
                .containsExactly("Andy Perlsteiner", "Jason Vallery", "Jeff Denworth", "Lior Genzel", "Tomer Hagey");
        assertThat(owners)
                .filteredOn(r -> r.get(0).equals("Lior Genzel"))
                .singleElement()
                .satisfies(r -> assertThat(r.get(2)).as("overdue count").isEqualTo("6"));

        WebElement overdue = browser.findElement(By.id("overdue"));
        assertThat(overdue.findElement(By.tagName("h2")).getText()).isEqualTo("Overdue (8)");
        WebElement josh = overdue.findElements(By.cssSelector("tr.item")).stream()
                .filter(row -> row.getText().contains("Meet with Josh to obtain OVA and setup guidance"))
                .findFirst()
                .orElseThrow();
        List<String> cells = josh.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cells.get(0)).isEqualTo("Jason Vallery");
        assertThat(cells.get(2)).isEqualTo("2025-10-31");
        assertThat(cells.get(3)).isEqualTo("3 days overdue");
        assertThat(josh.findElements(By.tagName("td")).get(3).getCssValue("color"))
                .as("overdue rows are red")
                .isEqualTo("rgba(176, 0, 32, 1)");
    }

    @Test
    void todayNothingIsOverdueDecisionsAndRisksAreListedAndEachItemLinksToItsNoteLine() {
        browser.get(pipeline.url().orElseThrow());

        assertThat(browser.findElement(By.cssSelector("#overdue h2")).getText()).isEqualTo("Overdue (0)");
        // Written decisions of the seeds, and those the transcript model finds in the raw transcript (seed 003).
        int decisions = pipeline.report(LocalDate.now()).decisions().size();
        assertThat(decisions).isGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.cssSelector("#decisions h2")).getText())
                .isEqualTo("Decisions (" + decisions + ")");
        assertThat(browser.findElement(By.id("risks")).getText()).contains("Severe PM resource and process gaps");

        WebElement source = browser.findElement(By.cssSelector("#decisions a.source"));
        String label = source.getText();
        source.click();
        String line = label.substring(label.lastIndexOf(':') + 1);
        WebElement target = browser.findElement(By.id("L" + line));
        assertThat(browser.getCurrentUrl()).endsWith("#L" + line);
        assertThat(target.getText()).startsWith(line);
        assertThat(target.getText().substring(line.length()).strip())
                .as("the decision's line, written or said")
                .isNotEmpty();
    }

    @Test
    void theDismissButtonOfAnActionAwaitingTriageTakesItOffThePage() {
        browser.get(pipeline.url().orElseThrow());
        List<WebElement> awaiting = browser.findElements(By.cssSelector("#triage tr.inferred"));
        assertThat(awaiting)
                .as("the seed transcripts leave actions awaiting triage")
                .isNotEmpty();
        String id = awaiting.get(0).getAttribute("data-action");
        String heading = browser.findElement(By.cssSelector("#triage h2")).getText();

        awaiting.get(0).findElement(By.cssSelector("button[value=dismiss]")).click();

        // The click only starts the form's post: the page it answers with arrives after.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.getCurrentUrl())
                        .as("the post answers with the page again")
                        .endsWith("/#triage"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.cssSelector("#triage tr.inferred[data-action='" + id + "']")))
                    .isEmpty();
        });
        assertThat(browser.findElement(By.cssSelector("#triage h2")).getText()).isNotEqualTo(heading);
        assertThat(pipeline.app().stores().action(id))
                .hasValueSatisfying(a -> assertThat(a.triage()).isEqualTo(Triage.DISMISSED));
    }

    @Test
    void theDoneButtonMovesAnOpenActionToDoneAndReopenBringsItBack() {
        browser.get(pipeline.url().orElseThrow());
        WebElement row = openRow().orElseThrow(() -> new AssertionError("no open row of " + OPEN_TASK));
        String id = row.getAttribute("data-action");

        row.findElement(By.cssSelector("button[value=done]")).click();

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.getCurrentUrl())
                        .as("the post answers with the page again, at the owner's section")
                        .endsWith("/#owner-lior-genzel"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(openRow()).as("no longer open").isEmpty();
            assertThat(browser.findElements(By.cssSelector("#closed tr.closed[data-action='" + id + "']")))
                    .as("listed as done")
                    .hasSize(1);
        });

        browser.findElement(By.cssSelector("#closed summary")).click();
        WebElement closed = browser.findElement(By.cssSelector("#closed tr.closed[data-action='" + id + "']"));
        assertThat(closed.findElements(By.tagName("td")).get(2).getText()).isEqualTo("done " + LocalDate.now());
        closed.findElement(By.cssSelector("button[value=reopen]")).click();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(openRow()).as("open again").isPresent();
        });
    }

    @Test
    void filteringByOwnerAndPriorityShowsOnlyTheirsCountsWhatItShowsAndCanBeBookmarked() {
        browser.get(pipeline.url().orElseThrow() + "?asOf=2025-11-03");
        WebElement form = browser.findElement(By.id("filter"));
        form.findElement(By.name("owner")).sendKeys("lior");
        form.findElement(By.cssSelector("select[name=priority] option[value=high]"))
                .click();

        form.findElement(By.cssSelector("button[type=submit]")).click();

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.getCurrentUrl())
                        .contains("owner=lior")
                        .contains("priority=high")
                        .contains("asOf=2025-11-03"));
        List<List<String>> owners = rows(browser.findElement(By.id("owners")));
        List<List<String>> overdue = rows(browser.findElement(By.id("overdue")));
        assertThat(overdue).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("Lior Genzel");
            assertThat(row.get(4)).isEqualTo("⏫ high");
        });
        assertThat(owners).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("Lior Genzel");
            assertThat(row.get(2)).as("overdue count").isEqualTo(Integer.toString(overdue.size()));
        });
        assertThat(rows(browser.findElement(By.id("by-owner"))))
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("Lior Genzel"));

        WebElement chart = browser.findElement(By.cssSelector("#trend svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.findElement(By.cssSelector("polyline.overdue"))
                        .getAttribute("points")
                        .split(" "))
                .as("one point a day for eight weeks")
                .hasSize(OwnerTrend.DAYS);
        assertThat(browser.findElements(By.cssSelector("#calendar li"))).hasSize(LedgerPage.CALENDAR_DAYS);

        String bookmarked = browser.getCurrentUrl();
        browser.get(pipeline.url().orElseThrow());
        browser.get(bookmarked);
        assertThat(rows(browser.findElement(By.id("overdue")))).isEqualTo(overdue);
        browser.findElement(By.id("clear-filter")).click();
        assertThat(rows(browser.findElement(By.id("owners")))).hasSizeGreaterThan(1);
    }

    @Test
    void theLivePageShowsANewNotesActionWithoutReloadingAndAnOpenSectionStaysOpen() throws Exception {
        String task = "Draft the live page's release note";
        browser.get(pipeline.url().orElseThrow());
        browser.findElement(By.cssSelector("#closed summary")).click();
        // A reload would lose this: it tells an update in place from a reload.
        browser.executeScript("window.sameDocument = 'yes'");
        assertThat(browser.findElement(By.id("by-owner")).getText()).doesNotContain(task);

        Files.writeString(
                notes.resolve("zz-release.md"),
                "---\ndate: " + LocalDate.now() + "\n---\n# Release\n\n- [ ] " + task + " @Lior Genzel\n");

        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .ignoreException(StaleElementReferenceException.class)
                .untilAsserted(
                        () -> assertThat(browser.findElement(By.id("by-owner")).getText())
                                .contains(task));
        assertThat(browser.executeScript("return window.sameDocument"))
                .as("updated in place, not reloaded")
                .isEqualTo("yes");
        assertThat(browser.findElement(By.id("closed-list")).getAttribute("open"))
                .as("the section the person opened")
                .isNotNull();
        assertThat(browser.findElement(By.id("live-status")).getText()).startsWith("Updated ");
    }

    @Test
    void onAPhoneNothingIsCutOffAndNoDateWraps() {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(420, 900));
            for (String page : List.of("", "?asOf=2025-11-03")) {
                browser.get(pipeline.url().orElseThrow() + page);
                Number innerWidth = (Number) browser.executeScript("return window.innerWidth");
                assertThat(innerWidth.intValue())
                        .as("the window is phone-sized")
                        .isLessThanOrEqualTo(420);
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow.intValue())
                        .as(page + ": no horizontal scroll")
                        .isZero();
                List<WebElement> dates = browser.findElements(By.cssSelector("td.date"));
                assertThat(dates).as(page).isNotEmpty();
                for (WebElement date : dates) {
                    if (date.getText().isBlank()) {
                        continue;
                    }
                    Number lines = (Number) browser.executeScript(
                            "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                                    + " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size",
                            date);
                    assertThat(lines.intValue())
                            .as(page + ": " + date.getText() + " on one line")
                            .isEqualTo(1);
                }
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static Optional<WebElement> openRow() {
        return browser.findElements(By.cssSelector("#by-owner tr.item")).stream()
                .filter(r -> r.getText().contains(OPEN_TASK))
                .findFirst();
    }

    private static List<List<String>> rows(WebElement section) {
        return section.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }
}
