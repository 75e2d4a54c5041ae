package dev.stargate.model.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of an input: documentation, unit, valid range, plausible range and default.
 * It drives YAML binding ({@link Binder}), validation, the JSON Schema
 * ({@code dev.stargate.model.schema.SchemaGenerator}) and the generated docs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface In {
    /** One sentence: what this input means. */
    String doc();

    /** Unit of the value, e.g. "MW", "USD/MWh", "1/accelerator-day"; empty for dimensionless. */
    String unit() default "";

    /** Smallest valid value (numbers; inclusive unless {@link #minExclusive()}). */
    double min() default Double.NEGATIVE_INFINITY;

    boolean minExclusive() default false;

    /** Largest valid value (numbers; inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** Non-zero values below this are valid but implausible: a warning names a likely unit mistake. */
    double typicalMin() default Double.NEGATIVE_INFINITY;

    /** Non-zero values above this are valid but implausible: a warning names a likely unit mistake. */
    double typicalMax() default Double.POSITIVE_INFINITY;

    /**
     * Default as YAML text ("0.4", "first_fit", "{}" for a nested record of defaults, "[]" for an
     * empty list). Empty: no default.
     */
    String defaultValue() default "";

    /** Without a default: must the input be given? Optional inputs without default are null. */
    boolean required() default true;

    /** For a record bound from a map keyed by name: this component receives the key. */
    boolean key() default false;
}
