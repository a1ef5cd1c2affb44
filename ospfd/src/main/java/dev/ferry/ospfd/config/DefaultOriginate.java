package dev.ferry.ospfd.config;

/**
 * `default-information originate [always] [metric N] [metric-type T] [route-map NAME]`.
 *
 * @param always originate even without a default route in the RIB
 * @param how metric, type and route-map of the originated default
 */
public record DefaultOriginate(boolean always, Redistribution how) {
}
