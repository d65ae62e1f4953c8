package com.actiontracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.alerts.AlertType;
import com.actiontracker.alerts.Resolution;
import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.FindingKind;
import com.actiontracker.avro.LifecycleStatus;
import com.actiontracker.avro.Origin;
import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.StatementKind;
import com.actiontracker.parse.TaskStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link EnumMapping} maps by name: every domain enum and its Avro twin must have the same constants. */
class EnumPairsTest {

    private static final Map<Class<? extends Enum<?>>, Class<? extends Enum<?>>> PAIRS = Map.of(
            TaskStatus.class, com.actiontracker.avro.TaskStatus.class,
            Priority.class, com.actiontracker.avro.Priority.class,
            ItemOrigin.class, Origin.class,
            Commitment.class, com.actiontracker.avro.Commitment.class,
            StatementKind.class, FindingKind.class,
            Lifecycle.class, LifecycleStatus.class,
            ActionEvent.CommandType.class, CommandType.class,
            AlertType.class, com.actiontracker.avro.AlertType.class,
            Triage.class, com.actiontracker.avro.Triage.class,
            Resolution.class, AlertResolution.class);

    @Test
    void everyDomainEnumHasTheConstantsOfItsAvroTwin() {
        PAIRS.forEach((domain, avro) -> assertThat(names(domain))
                .as("%s and %s", domain.getName(), avro.getName())
                .containsExactlyInAnyOrderElementsOf(names(avro)));
    }

    @Test
    void convertsEachConstantAndNull() {
        assertThat(EnumMapping.convert(Lifecycle.REOPENED, LifecycleStatus.class))
                .isEqualTo(LifecycleStatus.REOPENED);
        assertThat(EnumMapping.convert(null, Triage.class)).isNull();
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
