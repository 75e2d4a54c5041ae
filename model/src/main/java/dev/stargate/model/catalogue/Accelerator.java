package dev.stargate.model.catalogue;

import dev.stargate.model.input.In;
import java.util.List;

/** An accelerator type as deployed: chip figures, its system's power per accelerator, price and reliability. */
public record Accelerator(
        @In(doc = "Catalogue name of the accelerator, used to refer to it from scenarios", key = true)
        String name,
        @In(doc = "Human-readable name")
        String displayName,
        @In(doc = "Vendor (NVIDIA, AMD, Google…)")
        String vendor,
        @In(doc = "First year of volume availability", min = 2015, max = 2040)
        int availableYear,
        @In(doc = "Thermal design power of one accelerator (board or module)", unit = "W", min = 1, max = 10000, required = false)
        Double tdpW,
        @In(doc = "IT power per accelerator at full load, including its share of host CPUs, memory, NICs, fans, in-rack switches, inter-rack network and storage", unit = "W", min = 1, max = 20000)
        double systemPowerW,
        @In(doc = "IT power of an idle accelerator's system as a fraction of its full-load power", min = 0, max = 1)
        double idlePowerFraction,
        @In(doc = "Dense BF16 peak throughput per accelerator", unit = "TFLOP/s", min = 0, minExclusive = true, max = 1e6)
        double bf16DenseTflops,
        @In(doc = "Dense FP8 peak throughput per accelerator; absent when the chip has no FP8 (BF16 rate applies)", unit = "TFLOP/s", min = 0, minExclusive = true, max = 1e6, required = false)
        Double fp8DenseTflops,
        @In(doc = "Dense FP4 peak throughput per accelerator; absent when the chip has no FP4 (FP8 rate applies)", unit = "TFLOP/s", min = 0, minExclusive = true, max = 1e6, required = false)
        Double fp4DenseTflops,
        @In(doc = "High-bandwidth memory per accelerator", unit = "GB", min = 0, max = 10000)
        double hbmGb,
        @In(doc = "High-bandwidth memory bandwidth per accelerator", unit = "TB/s", min = 0, max = 1000)
        double hbmTbPerS,
        @In(doc = "Accelerators in one scale-up (NVLink / ICI) domain", min = 1, max = 100000)
        int scaleUpDomain,
        @In(doc = "Accelerators per rack as deployed", min = 1, max = 10000)
        int acceleratorsPerRack,
        @In(doc = "IT power of one full rack at full load", unit = "kW", min = 0, minExclusive = true, max = 2000)
        double rackPowerKw,
        @In(doc = "Purchase price per accelerator as deployed (for rack-scale systems: rack price divided by accelerators)", unit = "USD", min = 0, max = 1e7)
        double unitPriceUsd,
        @In(doc = "Years over which the accelerator's price is depreciated", unit = "years", min = 1, max = 20)
        double lifetimeYears,
        @In(doc = "Failures that interrupt the work on an accelerator, per accelerator-day", unit = "1/accelerator-day", min = 0, max = 1)
        double failureRatePerDay,
        @In(doc = "Confidence grade of the figures: A primary, B reputable press, C secondary or assumption", defaultValue = "C")
        String confidence,
        @In(doc = "Where the figures come from", required = false)
        List<String> source,
        @In(doc = "Assumptions and derivations, each marked as such", required = false)
        List<String> notes) {

    /** Dense peak FLOP/s per accelerator at a precision; falls back to the next wider precision the chip has. */
    public double peakFlopPerSecond(Precision precision) {
        double tflops = switch (precision) {
            case FP4 -> fp4DenseTflops != null ? fp4DenseTflops : fp8DenseTflops != null ? fp8DenseTflops : bf16DenseTflops;
            case FP8 -> fp8DenseTflops != null ? fp8DenseTflops : bf16DenseTflops;
            case BF16 -> bf16DenseTflops;
        };
        return tflops * 1e12;
    }
}
