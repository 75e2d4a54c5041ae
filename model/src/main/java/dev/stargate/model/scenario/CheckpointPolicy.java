package dev.stargate.model.scenario;

/** How a training job chooses its checkpoint interval. */
public enum CheckpointPolicy {
    /** Every {@code intervalMinutes}. */
    FIXED,
    /** Young/Daly optimum √(2 δ M) from the write time δ and the job's mean time between failures M. */
    YOUNG_DALY
}
