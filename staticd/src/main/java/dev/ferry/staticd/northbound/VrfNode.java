package dev.ferry.staticd.northbound;

/**
 * What a staticd session edits inside `vrf NAME`: just the name. The VRF's routes are created with the
 * first route, not by entering the node (FRR lists VRFs in the order of their first route).
 */
public record VrfNode(String name) {
}
