package com.actiontracker.query.bench;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.query.OwnerTrend;
import com.actiontracker.tracking.ActionEvent.Observation;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.SourceStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one owner's page chart ({@link OwnerTrend}, eight weeks a point a day) as the ledger grows: milliseconds
 * per chart over {@code actions} tracked actions of {@code owners} owners, a third done, the rest due across the
 * weeks drawn.
 *
 * <pre>
 * ./mvnw -q -pl streams-app -am -Pbench package -DskipTests
 * java -jar streams-app/target/benchmarks.jar OwnerTrendBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class OwnerTrendBenchmark {

    private static final LocalDate MEETING = LocalDate.of(2025, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 12, 1);

    @Param({"1000", "10000", "50000"})
    public int actions;

    @Param("50")
    public int owners;

    private List<ActionState> ledger;

    @Setup
    public void track() {
        ledger = new ArrayList<>(actions);
        for (int i = 0; i < actions; i++) {
            TaskStatus status = i % 3 == 0 ? TaskStatus.DONE : TaskStatus.OPEN;
            LocalDate due = MEETING.plusDays(i % 70);
            ledger.add(ActionState.start(new Observation(
                            "a-" + i,
                            new SourceStatement(
                                    "meetings/" + (i / 10) + ".md",
                                    10 + i % 10,
                                    "sha-" + (i / 10),
                                    "Action " + i,
                                    "Owner " + i % owners,
                                    status,
                                    due,
                                    status == TaskStatus.DONE ? due.minusDays(1) : null,
                                    null,
                                    Priority.MEDIUM,
                                    List.of(),
                                    ItemOrigin.TASK,
                                    1.0,
                                    null,
                                    false,
                                    MEETING,
                                    Instant.parse("2025-10-01T09:00:00Z")),
                            false))
                    .withOwner("Owner " + i % owners, null));
        }
    }

    @Benchmark
    public List<OwnerTrend.Point> oneOwnersChart() {
        return OwnerTrend.of(ledger, "Owner 7", LAST, OwnerTrend.DAYS);
    }
}
