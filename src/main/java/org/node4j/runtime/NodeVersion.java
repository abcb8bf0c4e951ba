package org.node4j.runtime;

/** The Node release whose API node4j implements, and node4j's own version. */
public final class NodeVersion {
    private NodeVersion() {}

    public static final String NODE = "v24.21.0";
    public static final String NODE4J = "0.1.0";
}
