package com.actiontracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameGroupTest {

    @Test
    void spellingVariantsOfOneSurnameAreOnePersonSpelledTheWayMostNotesSpellIt() {
        NameGroup andy = NameGroup.empty("andy")
                .with("000.md", List.of("Andy Perlsteiner", "Andy Pernstiner", "Andy Pernstiner"))
                .with("002.md", List.of("Andy Perlsteiner", "Andy Perlsteiner", "Andy"));

        assertThat(andy.resolutions())
                .containsOnlyKeys("andy", "andy perlsteiner", "andy pernstiner")
                .allSatisfy((key, r) -> assertThat(r.canonical()).isEqualTo("Andy Perlsteiner"));
    }

    @Test
    void aFirstNameAloneMeansTheOnlyPersonWithThatFirstNameAndStaysItselfWhenThereIsNone() {
        assertThat(NameGroup.empty("jeff")
                        .with("a.md", List.of("Jeff"))
                        .with("b.md", List.of("Jeff Denworth"))
                        .resolutions()
                        .get("jeff")
                        .canonical())
                .isEqualTo("Jeff Denworth");
        assertThat(NameGroup.empty("lior")
                        .with("a.md", List.of("Lior"))
                        .resolutions()
                        .get("lior")
                        .canonical())
                .isEqualTo("Lior");
    }

    @Test
    void aFirstNameSharedByTwoPeopleIsAmbiguousAndNamesThem() {
        NameGroup chris = NameGroup.empty("chris")
                .with("a.md", List.of("Chris Rowe", "Chris"))
                .with("b.md", List.of("Chris Adams"));

        NameGroup.Resolution resolution = chris.resolutions().get("chris");

        assertThat(resolution.canonical()).isNull();
        assertThat(resolution.candidates()).containsExactly("Chris Adams", "Chris Rowe");
        assertThat(chris.resolutions().get("chris rowe").canonical()).isEqualTo("Chris Rowe");
    }

    @Test
    void surnamesFarApartAreDifferentPeopleAndCaseOrAccentsDoNotMatter() {
        NameGroup group = NameGroup.empty("ana").with("a.md", List.of("Ana Lopez", "ana lópez", "Ana Smith"));

        assertThat(group.resolutions()).containsOnlyKeys("ana lopez", "ana smith");
        assertThat(group.resolutions().get("ana lopez").canonical()).isEqualTo("Ana Lopez");
        assertThat(group.resolutions().get("ana smith").canonical()).isEqualTo("Ana Smith");
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderNotesArriveIn() {
        NameGroup one = NameGroup.empty("andy")
                .with("b.md", List.of("Andy Pernstiner"))
                .with("a.md", List.of("Andy Perlsteiner"));
        NameGroup two = NameGroup.empty("andy")
                .with("a.md", List.of("Andy Perlsteiner"))
                .with("b.md", List.of("Andy Pernstiner"));

        assertThat(one.resolutions()).isEqualTo(two.resolutions());
    }

    @Test
    void aNoteWithoutNamesLeavesTheGroup() {
        NameGroup group = NameGroup.empty("lior").with("a.md", List.of("Lior")).with("a.md", List.of());

        assertThat(group.isEmpty()).isTrue();
        assertThat(group.resolutions()).isEmpty();
    }
}
