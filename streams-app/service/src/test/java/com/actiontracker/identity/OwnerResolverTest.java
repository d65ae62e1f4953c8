package com.actiontracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerResolverTest {

    private final OwnerResolver resolver =
            new OwnerResolver("Jason Vallery", Map.of("Andy P.", "Andy Perlsteiner", "Chris", "Chris Rowe"));

    @Test
    void myselfAndMeAreTheVaultOwner() {
        assertThat(resolver.resolve("Myself", null)).isEqualTo(new OwnerResolver.Owner("Jason Vallery", null));
        assertThat(resolver.resolve("me", null).name()).isEqualTo("Jason Vallery");
    }

    @Test
    void withoutAVaultOwnerMyselfStaysAsWrittenWithAWarning() {
        OwnerResolver.Owner owner = new OwnerResolver("").resolve("Myself", null);

        assertThat(owner.name()).isEqualTo("Myself");
        assertThat(owner.warning()).contains("tracker.vault.owner");
    }

    @Test
    void theAliasFileWinsOverThePeopleTable() {
        NameGroup.Resolution ambiguous = new NameGroup.Resolution("Chris", null, List.of("Chris Adams", "Chris Rowe"));

        assertThat(resolver.resolve("chris", ambiguous)).isEqualTo(new OwnerResolver.Owner("Chris Rowe", null));
        assertThat(resolver.resolve("Andy P.", null).name()).isEqualTo("Andy Perlsteiner");
    }

    @Test
    void anAmbiguousNameStaysAsWrittenAndSaysWhy() {
        OwnerResolver plain = new OwnerResolver("Jason Vallery");
        NameGroup.Resolution ambiguous = new NameGroup.Resolution("Chris", null, List.of("Chris Adams", "Chris Rowe"));

        assertThat(plain.resolve("Chris", ambiguous))
                .isEqualTo(new OwnerResolver.Owner("Chris", "@Chris is ambiguous: Chris Adams or Chris Rowe"));
    }

    @Test
    void theTableGivesTheCanonicalSpelling() {
        assertThat(resolver.resolve("Andy", new NameGroup.Resolution("Andy", "Andy Perlsteiner", List.of()))
                        .name())
                .isEqualTo("Andy Perlsteiner");
        assertThat(resolver.resolve(null, null)).isEqualTo(new OwnerResolver.Owner(null, null));
    }
}
