package com.actiontracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerLookupTest {

    private static final List<String> OWNERS =
            List.of("Andy Perlsteiner", "Chris Adams", "Chris Rowe", "Jason Vallery", "Lior Genzel");

    @Test
    void aNameIsFoundWhateverItsCaseOrAccents() {
        assertThat(OwnerLookup.find("jason vallery", OWNERS).owner()).hasValue("Jason Vallery");
        assertThat(OwnerLookup.find("Líor  Genzel", OWNERS).owner()).hasValue("Lior Genzel");
    }

    @Test
    void aSurnameSpeltAnotherWayFindsThatPerson() {
        assertThat(OwnerLookup.find("Andy Pernstiner", OWNERS).owner()).hasValue("Andy Perlsteiner");
        assertThat(OwnerLookup.find("Chris Roe", OWNERS).owner()).hasValue("Chris Rowe");
    }

    @Test
    void aFirstNameAloneFindsItsOnlyOwnerAndListsSeveral() {
        assertThat(OwnerLookup.find("andy", OWNERS).owner()).hasValue("Andy Perlsteiner");
        OwnerLookup.Match chris = OwnerLookup.find("Chris", OWNERS);
        assertThat(chris.owner()).isEmpty();
        assertThat(chris.candidates()).containsExactly("Chris Adams", "Chris Rowe");
    }

    @Test
    void anUnknownNameFindsNobody() {
        OwnerLookup.Match nobody = OwnerLookup.find("Priya Raman", OWNERS);
        assertThat(nobody.owner()).isEmpty();
        assertThat(nobody.candidates()).isEmpty();
        assertThat(OwnerLookup.find("Jason Valley-Smithson", OWNERS).owner()).isEmpty();
    }
}
