package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.time.LocalDate;

/** A build phase: a number of accelerators of one type that come online on a date. */
public record Phase(
        @In(doc = "Name of the phase")
        String name,
        @In(doc = "Date the accelerators come online")
        LocalDate onlineDate,
        @In(doc = "Accelerator type (catalogue name)")
        String accelerator,
        @In(doc = "Accelerators brought online", min = 1, max = 1e8, typicalMax = 5e6)
        int acceleratorCount) {
}
