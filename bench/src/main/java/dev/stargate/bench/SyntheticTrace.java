package dev.stargate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a seeded random training-job trace for benchmarks:
 * {@code SyntheticTrace JOBS FILE [SITE,SITE…] [YEAR]} — sizes 8 to 4,096 accelerators (powers of
 * two), durations 1-120 h, arrivals uniform over the year, priorities 0-3.
 */
public final class SyntheticTrace {
    private SyntheticTrace() {}

    public static void main(String[] args) throws IOException {
        int jobs = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        List<String> sites = List.of((args.length > 2 ? args[2] : "abilene,shackelford,milam,wisconsin").split(","));
        int year = args.length > 3 ? Integer.parseInt(args[3]) : 2028;
        SplittableRandom r = new SplittableRandom(1);
        LocalDateTime start = LocalDateTime.of(year, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name,arrival,accelerators,durationH,site,priority\n");
            for (int i = 0; i < jobs; i++) {
                LocalDateTime arrival = start.plusHours(r.nextInt(360 * 24));
                int accelerators = 8 << r.nextInt(10);
                double hours = Math.round((1 + r.nextDouble() * 119) * 10) / 10.0;
                out.write("job" + i + "," + arrival + "," + accelerators + "," + hours + "," + sites.get(r.nextInt(sites.size()))
                        + "," + r.nextInt(4) + "\n");
            }
        }
    }
}
