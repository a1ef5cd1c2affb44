package dev.ferry.staticd.northbound;

import dev.ferry.lib.cli.CliError;

/** The text FRR's northbound prints when a change fails validation. */
final class NorthboundErrors {
    private NorthboundErrors() {
    }

    static CliError validation(String description) {
        return new CliError("% Configuration failed.\n\nError type: validation\nError description: " + description);
    }
}
