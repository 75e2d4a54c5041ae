package dev.stargate.sweep;

import java.util.ServiceLoader;

/** Makes executors that run samples on Apache Spark; provided by the spark module when it is on the classpath. */
public interface SparkExecutors {
    /** An executor on the Spark master given (local[2], spark://host:7077, yarn, …). */
    SweepExecutor create(String master);

    /** The provider on the classpath, or null when the spark module is not there. */
    static SparkExecutors find() {
        return ServiceLoader.load(SparkExecutors.class).findFirst().orElse(null);
    }
}
