package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private final FrontMatterReader reader = new FrontMatterReader(ParserSettings.defaults());

    private FrontMatter read(String text) {
        return reader.read(text.split("\n", -1));
    }

    @Test
    void readsQuotedAndUnquotedDatesStrictly() {
        FrontMatter fm = read("---\ndate: '2025-10-30'\nplain: 2025-10-24\nbad: 2025-13-45\nwhen: 2025-10-30T10:00:00Z"
                + "\ntagged: !!timestamp 2025-10-29\n---\nbody");

        assertThat(fm.date("date")).contains(LocalDate.of(2025, 10, 30));
        assertThat(fm.date("plain")).contains(LocalDate.of(2025, 10, 24));
        assertThat(fm.date("bad")).isEmpty();
        assertThat(fm.date("when")).contains(LocalDate.of(2025, 10, 30));
        assertThat(fm.value("tagged")).isInstanceOf(Date.class);
        assertThat(fm.date("tagged")).contains(LocalDate.of(2025, 10, 29));
        assertThat(fm.lineCount()).isEqualTo(7);
        assertThat(fm.warnings()).isEmpty();
    }

    @Test
    void toleratesABrokenTemplateValue() {
        FrontMatter fm = read("---\ntype: \"1-1\"\ncreated: { { DATE } }\ntags: [meeting, \"1-1\"]\n---");

        assertThat(fm.text("type")).contains("1-1");
        assertThat(fm.date("created")).isEmpty();
        assertThat(fm.text("created")).isEmpty();
        assertThat(fm.texts("tags")).containsExactly("meeting", "1-1");
        assertThat(fm.warnings()).isEmpty();
    }

    @Test
    void flattensWikilinksInListsAndNestedPaths() {
        FrontMatter fm = read(
                "---\nentities:\n  people:\n  - '[[Andy Perlsteiner]]'\n" + "participants: [[Jason Vallery]]\n---");

        assertThat(fm.texts("entities.people")).containsExactly("[[Andy Perlsteiner]]");
        assertThat(fm.texts("participants")).containsExactly("Jason Vallery");
        assertThat(fm.texts("entities.missing")).isEmpty();
    }

    @Test
    void keepsTheLastOfDuplicateKeys() {
        FrontMatter fm = read("---\ntitle: one\ntitle: two\n---");

        assertThat(fm.text("title")).contains("two");
        assertThat(fm.warnings()).isEmpty();
    }

    @Test
    void turnsASyntaxErrorIntoAWarning() {
        FrontMatter fm = read("---\ntitle: [unclosed\nother: : :\n---\n# Body");

        assertThat(fm.values()).isEmpty();
        assertThat(fm.lineCount()).isEqualTo(4);
        assertThat(fm.warnings()).singleElement().asString().startsWith("front matter could not be read");
    }

    @Test
    void aBrokenLineCostsOnlyItselfTheKeysOfTheOtherLinesAreKept() {
        FrontMatter fm = read(
                "---\ntype: transcript\ndate: '2025-10-14'\nparticipants:\n- 'Mr. Chris d'Entremont (West Nova, CPC)'\n---");

        assertThat(fm.text("date")).contains("2025-10-14");
        assertThat(fm.text("type")).contains("transcript");
        assertThat(fm.values()).doesNotContainKey("participants");
        assertThat(fm.warnings())
                .singleElement()
                .asString()
                .startsWith("front matter could not be read")
                .contains("kept what single lines say: type, date");
    }

    @Test
    void stopsAnAliasBomb() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name)
                    .append(": &")
                    .append(name)
                    .append(" [")
                    .append(("*" + previous + ",").repeat(9))
                    .append("*")
                    .append(previous)
                    .append("]\n");
            previous = name;
        }
        FrontMatter fm = read(yaml.append("---").toString());

        assertThat(fm.values()).isEmpty();
        assertThat(fm.warnings()).singleElement().asString().contains("aliases");
    }

    @Test
    void refusesTooDeepNesting() {
        FrontMatter fm = read("---\nx: " + "[".repeat(100) + "]".repeat(100) + "\n---");

        assertThat(fm.values()).isEmpty();
        assertThat(fm.warnings()).singleElement().asString().contains("Nesting Depth");
    }

    @Test
    void refusesTooLargeFrontMatterWithoutLoadingIt() {
        FrontMatterReader small =
                new FrontMatterReader(ParserSettings.fromProperties(Map.of(ParserSettings.KEY_YAML_MAX_BYTES, "20")));

        FrontMatter fm = small.read("---\ntitle: a title longer than twenty bytes\n---".split("\n"));

        assertThat(fm.values()).isEmpty();
        assertThat(fm.lineCount()).isEqualTo(3);
        assertThat(fm.warnings()).singleElement().asString().contains(ParserSettings.KEY_YAML_MAX_BYTES);
    }

    @Test
    void refusesArbitraryTypes() {
        FrontMatter fm = read("---\nfile: !!java.io.File /etc/passwd\n---");

        assertThat(fm.values()).isEmpty();
        assertThat(fm.warnings()).hasSize(1);
    }

    @Test
    void warnsWhenTheBlockIsNotAMapping() {
        assertThat(read("---\n- a\n- b\n---").warnings())
                .singleElement()
                .asString()
                .contains("not a mapping");
    }

    @Test
    void needsAnOpeningAndAClosingFence() {
        assertThat(read("# Title\n---\nx: 1\n---")).isEqualTo(FrontMatter.NONE);
        assertThat(read("---\nx: 1\nno closing fence")).isEqualTo(FrontMatter.NONE);
        assertThat(read("---\n---\n").lineCount()).isEqualTo(2);
        assertThat(read("---\nx: 1\n...\n").text("x")).contains("1");
    }
}
