package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [[Andy Perlsteiner]]            | Andy Perlsteiner
            '[[Andy Perlsteiner]]'          | Andy Perlsteiner
            "[[Andy Perlsteiner|Andy]]"     | Andy Perlsteiner
            "  Jason   Vallery "            | Jason Vallery
            """)
    void cleansWikilinksQuotesAndAliases(String written, String clean) {
        assertThat(PersonNames.clean(written)).isEqualTo(clean);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Jason Vallery", "Ms. Ross", "Ryan McGinty", "Mary-Jane O'Neil", "Jean Luc Picard", "Zoë Müller"
            })
    void recognisesPeople(String name) {
        assertThat(PersonNames.looksLikePerson(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "OVA",
                "Microsoft",
                "Cloud control plane",
                "5.5 Features",
                "OpenAI VAST POC",
                "Google Cloud Storage Team",
                "CoreWeave",
                "AWS re:Invent",
                "Q4 Plan"
            })
    void doesNotTakeOrganisationsProductsOrTopicsForPeople(String name) {
        assertThat(PersonNames.looksLikePerson(name)).isFalse();
    }

    @Test
    void mergesSpellingsOfOnePerson() {
        List<String> names = new ArrayList<>();
        for (String name : List.of(
                "Lior",
                "Andy Perlsteiner",
                "Lior Genzel",
                "andy perlsteiner",
                "Andy Pernstiner",
                "Andy Warhol",
                "Jo Li",
                "Jo Lu")) {
            PersonNames.addDistinct(names, name);
        }

        assertThat(names).containsExactly("Lior Genzel", "Andy Perlsteiner", "Andy Warhol", "Jo Li", "Jo Lu");
    }

    @Test
    void aSurnameSpeltOneLetterDifferentlyIsTheSamePersonAsTheLedgerSays() {
        // The ledger (identity.NameGroup) makes "Chris Rowe" and "Chris Roe" one owner: they are one participant too.
        List<String> names = new ArrayList<>();
        List.of("Chris Rowe", "Chris Roe", "Jo Li", "Jo Lu").forEach(name -> PersonNames.addDistinct(names, name));

        assertThat(names).containsExactly("Chris Rowe", "Jo Li", "Jo Lu");
        assertThat(PersonNames.closeSurnames("rowe", "roe")).isTrue();
        assertThat(PersonNames.closeSurnames("li", "lu"))
                .as("one letter of two")
                .isFalse();
        assertThat(PersonNames.closeSurnames("perlsteiner", "pernstiner")).isTrue();
        assertThat(PersonNames.closeSurnames("warhol", "perlsteiner")).isFalse();
    }
}
