package dev.stargate.model.scenario;

import dev.stargate.model.catalogue.Precision;
import dev.stargate.model.input.In;
import java.time.LocalDateTime;
import java.util.List;

/** A gang-scheduled training job: it runs only when all its accelerators are allocated and healthy. */
public record TrainingJob(
        @In(doc = "Unique name of the job")
        String name,
        @In(doc = "Accelerators the job runs on (excluding hot spares)", min = 1, max = 1e8, typicalMax = 2e6)
        int acceleratorCount,
        @In(doc = "Accelerator type the job needs (catalogue name); absent: any", required = false)
        String accelerator,
        @In(doc = "Work to do, in floating-point operations at the job's precision; give this or durationH", unit = "FLOP", min = 0, minExclusive = true, max = 1e32, typicalMin = 1e18, required = false)
        Double workFlop,
        @In(doc = "Productive run time to completion; give this or workFlop", unit = "h", min = 0, minExclusive = true, max = 1e6, required = false)
        Double durationH,
        @In(doc = "Arithmetic precision, selecting the accelerator's peak rate", defaultValue = "bf16")
        Precision precision,
        @In(doc = "Model FLOP utilisation: achieved ÷ peak FLOP/s", min = 0, minExclusive = true, max = 1, typicalMin = 0.05, typicalMax = 0.75, defaultValue = "0.4")
        double mfu,
        @In(doc = "Earliest time (UTC) the job may start, YYYY-MM-DD or YYYY-MM-DDTHH:MM (absent: the horizon start)", required = false)
        LocalDateTime earliestStart,
        @In(doc = "Priority; higher is placed first", min = -1000, max = 1000, defaultValue = "0")
        int priority,
        @In(doc = "Sites the job may run at (data residency); absent: any", required = false)
        List<String> allowedSites,
        @In(doc = "Countries the job may run in (ISO codes); absent: any", required = false)
        List<String> allowedCountries,
        @In(doc = "Checkpointing", defaultValue = "{}")
        Checkpointing checkpoint,
        @In(doc = "Healthy spare accelerators held with the job; a failure is absorbed by a spare after a restart", min = 0, max = 1e7, defaultValue = "0")
        int hotSpares) {
}
